// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/GridCell.h>
#include <core/GridRow.h>
#include <core/KeyQuestion.h>
#include <core/LocationRecord.h>
#include <core/ObservationRecord.h>
#include <core/SnapshotRecord.h>
#include <core/Subject.h>

#include <QHash>
#include <QVector>

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
                            const QVector<ObservationRecord> &observations, const QVector<SnapshotRecord> &snapshots,
                            const QDate &asOf);
    // Report history alone, as if no current view had been imported.
    static RatingGrid build(const Subject &subject, const QVector<LocationRecord> &locations,
                            const QVector<ObservationRecord> &observations, const QDate &asOf)
    {
        return build(subject, locations, observations, {}, asOf);
    }
    static RatingGrid build(const SubjectRatings &ratings, const QDate &asOf);

    // True when the grids as of `a` and of `b` certainly show the same
    // ratings and dates, from the inputs alone (no grid built): nothing
    // published between the dates, and each organisation's current view at
    // `b` lists exactly the cells of its view at `a`. False may be "not sure".
    // Most trusts of a monthly file are unchanged: the England view's "what
    // changed" builds and compares grids only for the others.
    static bool sameBetween(const SubjectRatings &ratings, QDate a, QDate b);
    // The date of the newest input (snapshot or observation) on or before
    // `asOf`: the grids as of two dates with the same inputs date are the
    // same grid. Invalid when nothing is that old; `asOf` invalid: the newest.
    static QDate inputsDate(const SubjectRatings &ratings, const QDate &asOf);

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
