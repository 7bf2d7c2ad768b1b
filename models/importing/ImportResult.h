// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <importing/ImportFormat.h>
#include <importing/ImportIssue.h>

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

// What importing one file did, or why it failed.
struct ImportResult
{
    QString file;
    ImportFormat format = ImportFormat::Unknown;
    bool ok = false;
    bool cancelled = false;
    bool badInput = false; // the file was at fault (exit status 2), not the machine
    QString error;         // one line naming file, record and field
    qint64 records = 0;
    qint64 newObservations = 0;
    qint64 providers = 0;
    qint64 locations = 0;
    qint64 skipped = 0;
    qint64 snapshots = 0; // organisations whose current view was recorded or changed
    QDate snapshotDate;   // the file's date for its current views
    bool removedSample = false;
    QDateTime alreadyImportedAt; // valid: the same file was imported then, and nothing was read or changed
    QVector<ImportIssue> issues; // every skipped record (--keep-going)
    QString summaryLine() const;
};
