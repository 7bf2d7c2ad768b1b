#pragma once

#include <core/Records.h>
#include <core/Subject.h>

#include <QHash>
#include <QVector>

// One row of a rating grid: the subject's own ratings, a location's, or a
// core service's at either level.
struct GridRow
{
    enum class Level { Provider, Location };
    Level level = Level::Provider;
    QString locationId;     // empty on provider-level rows
    QString locationName;
    QString service;        // empty on the row of a provider's or location's own ratings

    // Identifies a row across grids of different dates.
    static QString keyOf(const QString &locationId, const QString &service)
    {
        return locationId + QLatin1Char('\x1f') + service;
    }
    QString key() const { return keyOf(locationId, service); }
    bool isServiceRow() const { return !service.isEmpty(); }
};

// What one cell shows as of a date, and why.
struct GridCell
{
    Rating rating;              // empty when nothing was published on or before the date
    QDate date;
    QString reportLinkId;
    QString inheritedFrom;
    qint64 observationId = 0;   // 0 for an undated statement of a current view
    int score = -1;             // CQC's percentage score, -1: none
    QString assessmentStatus;
    // Valid when the cell is as CQC's current view of this date listed it;
    // invalid when it comes from report history alone.
    QDate snapshotDate;
    // A report-only non-grade published after the grade shown ("Inspected
    // but not rated"): kept for the history, never shown in place of it.
    Rating laterNonGrade;
    QDate laterNonGradeDate;

    bool isEmpty() const { return rating.isEmpty(); }
    bool isInherited() const { return !inheritedFrom.isEmpty(); }
};

struct SubjectRatings;

// The grid of a subject as it stood on a date (DESIGN.md section 2). For
// each of its organisations (the provider itself, each location) it starts
// from the latest snapshot of CQC's current view taken on or before the
// date: those cells exactly, non-grades included, and no others. Over it lie
// the observations published after that snapshot and by the date. With no
// snapshot by then, each cell is its latest observation by the date. Either
// way a non-grade that only a report carries never replaces a grade; one
// that a current view listed does. On one date the observation added last
// wins. This is the one rule every view and export reads ratings through.
class RatingGrid
{
public:
    RatingGrid() = default;
    // `locations`: the subject's known locations, shown even when unrated.
    static RatingGrid build(const Subject &subject, const QVector<LocationRecord> &locations,
                            const QVector<ObservationRecord> &observations,
                            const QVector<SnapshotRecord> &snapshots, const QDate &asOf);
    // Report history alone, as if no current view had been imported.
    static RatingGrid build(const Subject &subject, const QVector<LocationRecord> &locations,
                            const QVector<ObservationRecord> &observations, const QDate &asOf)
    {
        return build(subject, locations, observations, {}, asOf);
    }
    static RatingGrid build(const SubjectRatings &ratings, const QDate &asOf);

    const Subject &subject() const { return m_subject; }
    QDate asOf() const { return m_asOf; }
    const QVector<GridRow> &rows() const { return m_rows; }
    int rowOf(const QString &rowKey) const { return m_rowIndex.value(rowKey, -1); }
    GridCell cell(int row, KeyQuestion kq) const;
    // Safe..Overall always; Use of resources and Combined when any row has them.
    const QList<KeyQuestion> &columns() const { return m_columns; }

    // The subject's own report dates (observations on the subject itself,
    // its own row or its services), oldest first; for a provider with no
    // rating of its own, the dates of everything under it.
    static QVector<QDate> reportDates(const Subject &subject, const QVector<ObservationRecord> &observations);

private:
    static QString cellKey(const QString &rowKey, KeyQuestion kq);
    Subject m_subject;
    QDate m_asOf;
    QVector<GridRow> m_rows;
    QHash<QString, int> m_rowIndex;
    QHash<QString, GridCell> m_cells;
    QList<KeyQuestion> m_columns;
};
