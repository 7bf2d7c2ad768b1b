// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <importing/ImportIssue.h>
#include <importing/RecordFacts.h>

#include <QString>

// A streaming reader of one import file, record by record. One subclass
// per format; the Importer drives it and writes what it returns.
class RecordSource
{
public:
    virtual ~RecordSource() = default;

    enum class Next { Record, Issue, End, Error };
    // Opens the file and reads what precedes the records (a header row);
    // false with errorString() if the file cannot be read as this format.
    virtual bool open() = 0;
    // Record: *facts holds one valid record. Issue: the record is bad and
    // *issue says why; reading can go on. End: no more records. Error: the
    // file itself is broken (errorString()); reading cannot go on.
    virtual Next next(RecordFacts *facts, ImportIssue *issue) = 0;
    virtual double progress() const = 0;
    virtual QString errorString() const = 0;
};
