// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/Change.h>
#include <core/DiffEntry.h>
#include <core/DiffSummary.h>
#include <core/RatingGrid.h>

#include <QString>
#include <QVector>

// Compares two grids of the same subject cell by cell (DESIGN.md section 2).
// Cells empty on both sides are left out.
class GridDiff
{
public:
    static QVector<DiffEntry> compare(const RatingGrid &previous, const RatingGrid &current);
    static Change classify(const GridCell &previous, const GridCell &current);
    static DiffSummary summarise(const QVector<DiffEntry> &entries);
    // The exported word: "improved", "declined", "unchanged", "new",
    // "no longer rated", "not comparable".
    static QString changeName(Change change);
    // The same word translated, for the screen only.
    static QString changeLabel(Change change);
};
