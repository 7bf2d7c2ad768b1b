// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

// Limits that no real CQC file comes near (the national .ods: 26 MB packed,
// about 820 MB of content.xml, 28 columns, 330,000 rows, cells of a few
// hundred characters), so that a hostile or damaged file cannot take
// unbounded memory, time or disk: each is refused with one line instead.
namespace OdsLimits {

constexpr qint64 maxCellCharacters = 32767;  // what spreadsheets allow in a cell
constexpr qint64 maxRowCharacters = 1 << 20; // all the cells of one row together
constexpr qint64 maxColumns = 16384;         // a spreadsheet's widest sheet
constexpr qint64 maxRows = 1048576;          // a spreadsheet's longest sheet
constexpr qint64 maxRowRepeat = 1000;        // copies of one non-empty row in a row
constexpr qint64 maxCellRepeat = 1000;       // copies of one non-empty cell in a row
constexpr qint64 maxUnpackedRatio = 200;     // CQC's file unpacks about 33 times
constexpr qint64 ratioFloor = 64 << 20;      // small files may pack tighter
constexpr qint64 maxUnpackedBytes = qint64(4) << 30;
// Text, or a tag, runs from one '<' to the next: no run of a real file is
// longer than a cell. The XML scanner holds a whole token in memory, so
// this bounds its memory too.
constexpr qint64 maxMarkupRun = 1 << 20;

} // namespace OdsLimits
