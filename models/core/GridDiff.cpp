// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <core/GridDiff.h>

#include <QCoreApplication>

Change GridDiff::classify(const GridCell &previous, const GridCell &current)
{
    const bool before = previous.rating.isGrade();
    const bool after = current.rating.isGrade();
    if (before && after) {
        // Lower rank is better: Outstanding 1 .. Inadequate 4.
        const int delta = previous.rating.sortRank() - current.rating.sortRank();
        return delta > 0 ? Change::Improved : delta < 0 ? Change::Declined : Change::Unchanged;
    }
    if (after)
        return previous.isEmpty() ? Change::New : Change::NotComparable;
    // A cell that left CQC's view (a superseded or dropped service) is no
    // longer rated, whatever it said before.
    if (current.isEmpty() && !previous.isEmpty())
        return Change::NoLongerRated;
    return Change::NotComparable;
}

QVector<DiffEntry> GridDiff::compare(const RatingGrid &previous, const RatingGrid &current)
{
    // Rows in the current grid's order, then any row only the previous had.
    QVector<GridRow> rows = current.rows();
    for (const GridRow &row : previous.rows())
        if (current.rowOf(row.key()) < 0)
            rows.append(row);
    QList<KeyQuestion> columns = current.columns();
    for (KeyQuestion kq : previous.columns())
        if (!columns.contains(kq))
            columns.append(kq);

    QVector<DiffEntry> out;
    for (const GridRow &row : rows) {
        const int before = previous.rowOf(row.key());
        const int after = current.rowOf(row.key());
        for (KeyQuestion kq : columns) {
            DiffEntry e;
            e.row = row;
            e.keyQuestion = kq;
            e.previous = previous.cell(before, kq);
            e.current = current.cell(after, kq);
            if (e.previous.isEmpty() && e.current.isEmpty())
                continue;
            e.change = classify(e.previous, e.current);
            out.append(e);
        }
    }
    return out;
}

DiffSummary GridDiff::summarise(const QVector<DiffEntry> &entries)
{
    DiffSummary s;
    for (const DiffEntry &e : entries) {
        switch (e.change) {
        case Change::Improved: ++s.improved; break;
        case Change::Declined: ++s.declined; break;
        case Change::Unchanged: ++s.unchanged; break;
        case Change::New: ++s.added; break;
        case Change::NoLongerRated: ++s.noLongerRated; break;
        case Change::NotComparable: ++s.notComparable; break;
        }
    }
    return s;
}

// Marked for lupdate: the exported word and, translated, the window's.
static const char *changeWord(Change change)
{
    switch (change) {
    case Change::Improved: return QT_TRANSLATE_NOOP("GridDiff", "improved");
    case Change::Declined: return QT_TRANSLATE_NOOP("GridDiff", "declined");
    case Change::Unchanged: return QT_TRANSLATE_NOOP("GridDiff", "unchanged");
    case Change::New: return QT_TRANSLATE_NOOP("GridDiff", "new");
    case Change::NoLongerRated: return QT_TRANSLATE_NOOP("GridDiff", "no longer rated");
    case Change::NotComparable: return QT_TRANSLATE_NOOP("GridDiff", "not comparable");
    }
    return "";
}

QString GridDiff::changeName(Change change)
{
    return QString::fromLatin1(changeWord(change));
}

QString GridDiff::changeLabel(Change change)
{
    return QCoreApplication::translate("GridDiff", changeWord(change));
}
