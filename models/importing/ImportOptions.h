// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <importing/ImportFormat.h>

#include <QDate>
#include <QString>

#include <functional>

// How one file is imported: what becomes of bad records, its format and
// date, and the callbacks for progress and for a database that is busy.
struct ImportOptions
{
    bool keepGoing = false;                      // import the valid records, list the rest
    ImportFormat format = ImportFormat::Unknown; // Unknown: detect from the content
    QDate snapshotDate;                          // --snapshot-date: the date of every current view in the file
    // Called now and then with records read and a 0..1 fraction of the
    // file; returning false cancels the import (which then rolls back).
    std::function<bool(qint64 records, double fraction)> progress;
    // Called every few seconds while another process holds the database's
    // write lock, with a message to show; returning false gives up. Unset:
    // wait until the other import ends.
    std::function<bool(const QString &message)> waiting;
};
