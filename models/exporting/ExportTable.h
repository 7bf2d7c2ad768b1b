// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <exporting/ExportCell.h>

#include <QStringList>
#include <QVector>

// A table to export, read row by row so that a million rows never sit in
// memory at once. The window's tables and the command line's tables are
// both ExportTables, so they write the same bytes.
class ExportTable
{
public:
    virtual ~ExportTable() = default;
    virtual QStringList headers() const = 0;
    // Fills *row with the next row; false at the end (or on error).
    virtual bool nextRow(QVector<ExportCell> *row) = 0;
    // 0..1, or a negative number when unknown.
    virtual double progress() const { return -1; }
    virtual QString errorString() const { return {}; }
};
