// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <importing/RecordSource.h>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

// Reads an opened source on a thread of its own, a few batches of records
// ahead of the importer, so that parsing the file and writing to the
// database use both cores: a national CSV spends a fifth of its import
// parsing. The records come out in the file's order, exactly as the source
// gives them; the queue is bounded, so memory stays a few batches.
// Destroying it mid-file (a cancelled or failed import) stops the reading.
// The records the importer is done with go back to the reading thread, which
// frees them: freeing a record's strings on the importer's thread, the busier
// one, cost it 7% of a national import.
class ReadAheadSource : public RecordSource
{
public:
    // `source` is open and outlives this; reading starts at once.
    explicit ReadAheadSource(RecordSource &source);
    ~ReadAheadSource() override;

    bool open() override { return true; }
    Next next(RecordFacts *facts, ImportIssue *issue) override;
    double progress() const override;
    QString errorString() const override;

private:
    struct Item
    {
        Next next = Next::End;
        RecordFacts facts;
        ImportIssue issue;
    };
    using Batch = std::vector<Item>;
    static constexpr size_t batchSize = 256;
    static constexpr size_t batchesAhead = 4;

    void read();

    RecordSource &m_source;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_ready; // guarded by m_mutex, as are the four below
    std::vector<Batch> m_spent; // read by the importer, to be freed by the reader
    bool m_stop = false;
    double m_progress = 0;
    QString m_error;
    // The importer's side only.
    Batch m_current;
    size_t m_position = 0;
    bool m_ended = false;
    Next m_last = Next::End;
    std::thread m_reader;
};
