// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/GridDiff.h>
#include <core/SubjectRatings.h>

#include <QAbstractTableModel>

// Previous against current, one row per cell that has a value on either
// date. The columns are those of `trustratings export diff`.
class DiffModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        LevelColumn,
        LocationIdColumn,
        LocationColumn,
        ServiceColumn,
        KeyQuestionColumn,
        PreviousColumn,
        PreviousDateColumn,
        CurrentColumn,
        CurrentDateColumn,
        ChangeColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit DiffModel(QObject *parent = nullptr);

    // Compares the grid as of `from` with the grid as of `to`. Invalid dates
    // take the defaults: the subject's latest report date and the one before.
    void setSubject(const SubjectRatings &ratings, const QDate &from = {}, const QDate &to = {});
    void clear();
    QDate fromDate() const { return m_from; }
    QDate toDate() const { return m_to; }
    const QVector<DiffEntry> &entries() const { return m_entries; }
    DiffSummary summary() const { return GridDiff::summarise(m_entries); }
    // The summary line under the diff ("3 improved, 1 declined, 20 unchanged"),
    // or why there is nothing to compare. `asOf`: the grid's date (invalid:
    // today); `anyReports`: whether the subject has any report at all.
    QString summaryText(const QDate &asOf, bool anyReports) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Where a change sorts (Roles::SortRole of the Change column): declines
    // first, then improvements, other changes, and unchanged last.
    static int changeRank(Change change);

    // A diff entry's value in one of these columns, and the columns'
    // headings: shared with the England view's "What changed", whose rows
    // are diff entries with their trust in front.
    static QVariant entryData(const DiffEntry &entry, Column column, int role);
    static QVariant columnHeading(Column column, int role);

    // Default pair for a list of report dates, oldest first.
    static void defaultDates(const QVector<QDate> &reportDates, QDate *from, QDate *to);
    // The same among the reports published by `asOf` (invalid: all of them).
    static void defaultDates(const QVector<QDate> &reportDates, const QDate &asOf, QDate *from, QDate *to);

private:
    QVector<DiffEntry> m_entries;
    QString m_subjectName;
    QDate m_from, m_to;
};
