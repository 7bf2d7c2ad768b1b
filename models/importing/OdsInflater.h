// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

// One piece of inflated content.xml. The bytes start at `begin`, leaving
// room in front so that the XML scanner can put the unfinished token of the
// previous chunk there without copying the chunk.
struct OdsChunk
{
    std::vector<char> storage;
    size_t begin = 0;
    size_t size = 0;
    qint64 newlines = 0; // in [begin, begin + size), for the line of an error
    char *data() { return storage.data() + begin; }
};

// Inflates content.xml on a thread of its own, so that inflating and
// parsing use both cores: the raw deflate stream is read from the file with
// zlib directly, its CRC checked, and the OdsLimits on the unpacked size and
// on runs without a tag applied before a chunk is handed on. At most a few
// chunks wait in the queue, so memory stays bounded. Destroying the inflater
// stops and joins the thread wherever it is.
class OdsInflater
{
public:
    struct Entry
    {
        QString path;
        qint64 offset = 0; // of the compressed data in the file
        qint64 packedSize = 0;
        qint64 unpackedSize = 0;
        quint32 crc = 0;
        int method = 0; // 0 stored, 8 deflated
    };
    enum class Status { Running, Finished, Refused, Damaged, ChecksumFailed };

    explicit OdsInflater(const Entry &entry);
    ~OdsInflater();
    OdsInflater(const OdsInflater &) = delete;
    OdsInflater &operator=(const OdsInflater &) = delete;

    void start();
    // The next chunk, waiting for it if need be; null when there are no more
    // (status() then says whether the stream ended well).
    std::unique_ptr<OdsChunk> next();
    // Gives a chunk back for reuse.
    void recycle(std::unique_ptr<OdsChunk> chunk);
    // After next() returned null: why.
    Status status() const;
    QString reason() const; // for Refused and Damaged
    int zipError() const;   // for Damaged and ChecksumFailed

    // Tests read with tiny chunks so that every token falls across a chunk
    // boundary somewhere; 0 restores the default.
    static void setChunkSizeForTesting(size_t bytes);

private:
    void run();
    bool push(std::unique_ptr<OdsChunk> chunk);
    std::unique_ptr<OdsChunk> freeChunk();
    void finish(Status status, const QString &reason = {}, int zipError = 0);
    bool guard(const OdsChunk &chunk);

    Entry m_entry;
    size_t m_chunkSize;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<OdsChunk>> m_ready;
    std::vector<std::unique_ptr<OdsChunk>> m_free;
    bool m_stop = false;
    Status m_status = Status::Running;
    QString m_reason;
    int m_zipError = 0;
    // Only the inflating thread touches these.
    qint64 m_total = 0;
    qint64 m_run = 0;
    std::thread m_thread;
};
