// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <exporting/CsvOptions.h>
#include <exporting/ExportResult.h>

#include <QCoreApplication>

#include <functional>

class ExportTable;

// Writes an ExportTable to a file through QSaveFile (an existing file is
// replaced only when everything was written) or to stdout for an empty path.
class CsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvExporter)

public:
    // `progress` is called every few thousand rows with 0..1 (or -1);
    // returning false cancels and leaves any existing file as it was.
    // `databasePath` is the database the table reads: the output may never
    // be it or one of its files (replacing it would destroy the database).
    static ExportResult write(ExportTable &table, const QString &path, const QString &databasePath,
                              const CsvOptions &options,
                              const std::function<bool(qint64 rows, double fraction)> &progress = {});
};
