// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/Timeline.h>

#include <QAbstractTableModel>

// The inspection timeline as a table, for the printed report: one row per
// report date of the subject, newest first, and one column per key question
// (Overall first, as the timeline's picture), each cell the rating that
// report published for the subject itself. Tiles come from the same roles
// as the grid's, so RatingDelegate draws them alike.
class TimelineTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit TimelineTableModel(QObject *parent = nullptr);

    // The reports published by `asOf` (invalid: all of them).
    void setTimeline(const Timeline &timeline, const QDate &asOf = {});
    // The key question of a column, false for the date column.
    bool keyQuestionAt(int column, KeyQuestion *out) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<TimelineColumn> m_rows; // newest first
    QList<KeyQuestion> m_keyQuestions = Timeline::keyQuestions();
};
