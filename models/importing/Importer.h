// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <importing/ImportOptions.h>
#include <importing/ImportResult.h>

#include <QCoreApplication>
#include <QStringList>

class Database;
class RecordSource;

// Imports one file into the database as one transaction: either every
// valid record is written (and, without keepGoing, there is no invalid
// one), or the database is left exactly as it was. Records the import
// (file name, SHA-256, format, time, counts). The first real import removes
// the bundled sample.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    // Imports into `db`, which must outlive the importer.
    explicit Importer(Database &db);

    ImportResult importFile(const QString &path, const ImportOptions &options = {});

    // Files named on the command line or dropped on the window: folders are
    // searched recursively for .json, .ndjson, .csv and .ods files.
    // *problems gets one message for each path that is missing, is not a
    // regular file (a FIFO would block for ever) or is a folder that
    // cannot be read.
    static QStringList expandPaths(const QStringList &paths, QStringList *problems);

private:
    bool run(RecordSource &source, const QString &path, const QString &sha256, const ImportOptions &options,
             ImportResult *result);
    // The file's earlier import that this one would repeat exactly, if any.
    bool alreadyImported(const QString &sha256, const ImportOptions &options, ImportResult *result) const;

    Database &m_db;
};
