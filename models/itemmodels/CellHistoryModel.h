// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/RatingGrid.h>
#include <core/SubjectRatings.h>

#include <QAbstractTableModel>

// Every observation of one grid cell (one row, one key question), newest
// first, with a mark on the one the grid shows as of a date. It reads the
// SubjectRatings the window already holds; it never queries the database.
class CellHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        RatingColumn,
        ScoreColumn,
        ShownColumn,
        InheritedColumn,
        ReportColumn,
        QualityStatementsColumn,
        ImportColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit CellHistoryModel(QObject *parent = nullptr);

    // Lists the observations of `row` x `kq` in `ratings`. `asOf` is the date
    // the grid is drawn for (invalid: today); it only moves the mark, the
    // list always holds the cell's whole history.
    void setCell(const SubjectRatings &ratings, const GridRow &row, KeyQuestion kq, const QDate &asOf = {});
    void clear();

    // "Queen Elizabeth Hospital, Critical care, Well-led"; empty when cleared.
    QString title() const;
    QDate asOf() const { return m_asOf; }
    // The row the grid shows as of asOf(), or -1 when nothing was published by then.
    int shownRow() const { return m_shownRow; }
    // Why the marked row is the one shown ("current: listed in CQC's view
    // of 1 September 2026"); empty when nothing is marked.
    QString currentReason() const;
    const ObservationRecord &observation(int row) const { return m_observations.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString placeName() const;
    QString sentence(const ObservationRecord &o, bool shown) const;
    QString toolTip(const ObservationRecord &o, bool shown) const;
    QString whyShown() const;
    static QString statementsText(const ObservationRecord &o, const QString &separator);

    QString m_subjectName;
    GridRow m_row;
    KeyQuestion m_keyQuestion = KeyQuestion::Overall;
    QDate m_asOf;
    bool m_hasCell = false;
    QVector<ObservationRecord> m_observations; // newest first
    int m_shownRow = -1;
    GridCell m_shown;            // what the grid shows, and why (its current view's date)
    QDate m_viewDate;            // the latest current view of the cell's organisation by asOf
    bool m_hasLaterView = false; // a current view of it exists, but after asOf
};
