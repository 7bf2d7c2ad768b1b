#pragma once

#include <core/RatingGrid.h>

// How one cell moved between two dates.
enum class Change { Improved, Declined, Unchanged, New, NoLongerRated, NotComparable };

struct DiffEntry
{
    GridRow row;
    KeyQuestion keyQuestion = KeyQuestion::Overall;
    GridCell previous;
    GridCell current;
    Change change = Change::Unchanged;
};

struct DiffSummary
{
    int improved = 0, declined = 0, unchanged = 0, added = 0, noLongerRated = 0, notComparable = 0;
    int changed() const { return improved + declined + added + noLongerRated; }
};

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
