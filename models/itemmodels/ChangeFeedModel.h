// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/ChangeFeedEntry.h>
#include <core/ChangeFeedSummary.h>

#include <QAbstractTableModel>
#include <QDate>
#include <QVector>

// "What changed": every changed cell across a population between two
// snapshot dates, the columns of `trustratings export changes`.
class ChangeFeedModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ProviderIdColumn,
        ProviderColumn,
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

    explicit ChangeFeedModel(QObject *parent = nullptr);

    void setChanges(QVector<ChangeFeedEntry> changes, const QDate &from, const QDate &to);
    const ChangeFeedEntry &entry(int row) const { return m_changes.at(row); }
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    const ChangeFeedSummary &summary() const { return m_summary; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    // Previous and Current cells carry GradeRole, DateRole and
    // InheritedRole, so RatingDelegate draws them as tiles. Every column:
    // Roles::ChangeRole (int(Change)), Roles::KeyQuestionRole,
    // Roles::LevelRole (int(PopulationLevel)), Roles::SubjectIdRole (the
    // provider ID, which "open" shows), Roles::GridRowRole. SortRole sorts
    // grades by CQC's order and dates as dates.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<ChangeFeedEntry> m_changes;
    ChangeFeedSummary m_summary;
    QDate m_from, m_to;
};
