// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <importing/ReadAheadSource.h>

ReadAheadSource::ReadAheadSource(RecordSource &source) : m_source(source), m_reader([this] { read(); }) {}

ReadAheadSource::~ReadAheadSource()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_reader.join();
}

void ReadAheadSource::read()
{
    for (bool last = false; !last;) {
        Batch batch;
        batch.reserve(batchSize);
        while (batch.size() < batchSize && !last) {
            Item item;
            item.next = m_source.next(&item.facts, &item.issue);
            last = item.next == Next::End || item.next == Next::Error;
            batch.push_back(std::move(item));
        }
        // Read outside the lock; published with the batch they describe.
        const double progress = m_source.progress();
        const QString error = batch.back().next == Next::Error ? m_source.errorString() : QString();
        std::vector<Batch> spent;
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stop || m_ready.size() < batchesAhead; });
        if (m_stop)
            return;
        m_ready.push_back(std::move(batch));
        m_progress = progress;
        if (!error.isEmpty())
            m_error = error;
        spent.swap(m_spent);
        lock.unlock();
        m_changed.notify_all();
        // `spent` is freed here, on this thread, outside the lock.
    }
}

RecordSource::Next ReadAheadSource::next(RecordFacts *facts, ImportIssue *issue)
{
    if (m_ended)
        return m_last;
    if (m_position == m_current.size()) {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty(); });
        if (!m_current.empty())
            m_spent.push_back(std::move(m_current));
        m_current = std::move(m_ready.front());
        m_ready.pop_front();
        m_position = 0;
        lock.unlock();
        m_changed.notify_all();
    }
    Item &item = m_current[m_position++];
    // The caller's previous record takes the item's place, freed with its batch.
    std::swap(*facts, item.facts);
    *issue = std::move(item.issue);
    if (item.next == Next::End || item.next == Next::Error) {
        m_ended = true;
        m_last = item.next;
    }
    return item.next;
}

double ReadAheadSource::progress() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_progress;
}

QString ReadAheadSource::errorString() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_error;
}
