#pragma once

#include "Records.h"
#include "Subject.h"

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
    qint64 observationId = 0;
    // A non-grade published after the grade shown ("Inspected but not
    // rated"): kept for the history, never shown in place of the grade.
    Rating laterNonGrade;
    QDate laterNonGradeDate;

    bool isEmpty() const { return rating.isEmpty(); }
    bool isInherited() const { return !inheritedFrom.isEmpty(); }
};

// The grid of a subject as it stood on a date (DESIGN.md section 2): each
// cell holds the latest observation published on or before that date; a
// grade always wins over a later non-grade. On one date, the observation
// added last wins.
class RatingGrid
{
public:
    RatingGrid() = default;
    // `locations`: the subject's known locations, shown even when unrated.
    static RatingGrid build(const Subject &subject, const QVector<LocationRecord> &locations,
                            const QVector<ObservationRecord> &observations, const QDate &asOf);

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
