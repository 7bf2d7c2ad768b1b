// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <importing/OdsInflater.h>

#include <importing/OdsLimits.h>
#include <importing/OdsXmlChars.h>

#include <QFile>

#include <algorithm>
#include <atomic>
#include <cstring>

#include <unzip.h>
#include <zlib.h>

using namespace OdsLimits;

namespace {

constexpr size_t defaultChunkSize = 1 << 20;
// Room in front of a chunk for the scanner's unfinished token: tags and
// cells are far shorter, so the chunk itself is almost never copied.
constexpr size_t headroom = 64 << 10;
constexpr size_t queueDepth = 3; // chunks inflated ahead of the scanner
constexpr qint64 readSize = 256 << 10;

std::atomic<size_t> testChunkSize{0};

QString megabytes(qint64 bytes)
{
    return QString::number(bytes >> 20);
}

} // namespace

void OdsInflater::setChunkSizeForTesting(size_t bytes)
{
    testChunkSize = bytes;
}

OdsInflater::OdsInflater(const Entry &entry)
    : m_entry(entry), m_chunkSize(testChunkSize ? testChunkSize.load() : defaultChunkSize)
{}

OdsInflater::~OdsInflater()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void OdsInflater::start()
{
    m_thread = std::thread([this] { run(); });
}

std::unique_ptr<OdsChunk> OdsInflater::next()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_ready.empty() || m_status != Status::Running; });
    if (m_ready.empty())
        return nullptr;
    std::unique_ptr<OdsChunk> chunk = std::move(m_ready.front());
    m_ready.pop_front();
    lock.unlock();
    m_changed.notify_all();
    return chunk;
}

void OdsInflater::recycle(std::unique_ptr<OdsChunk> chunk)
{
    if (!chunk || chunk->storage.size() != headroom + m_chunkSize)
        return; // a merged buffer of the scanner's: let it go
    std::lock_guard lock(m_mutex);
    if (m_free.size() < queueDepth + 2)
        m_free.push_back(std::move(chunk));
}

OdsInflater::Status OdsInflater::status() const
{
    std::lock_guard lock(m_mutex);
    return m_status;
}

QString OdsInflater::reason() const
{
    std::lock_guard lock(m_mutex);
    return m_reason;
}

int OdsInflater::zipError() const
{
    std::lock_guard lock(m_mutex);
    return m_zipError;
}

std::unique_ptr<OdsChunk> OdsInflater::freeChunk()
{
    std::unique_ptr<OdsChunk> chunk;
    {
        std::lock_guard lock(m_mutex);
        if (!m_free.empty()) {
            chunk = std::move(m_free.back());
            m_free.pop_back();
        }
    }
    if (!chunk) {
        chunk = std::make_unique<OdsChunk>();
        chunk->storage.resize(headroom + m_chunkSize);
    }
    chunk->begin = headroom;
    chunk->size = 0;
    chunk->newlines = 0;
    return chunk;
}

bool OdsInflater::push(std::unique_ptr<OdsChunk> chunk)
{
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stop || m_ready.size() < queueDepth; });
        if (m_stop)
            return false;
        m_ready.push_back(std::move(chunk));
    }
    m_changed.notify_all();
    return true;
}

void OdsInflater::finish(Status status, const QString &reason, int zipError)
{
    {
        std::lock_guard lock(m_mutex);
        m_status = status;
        m_reason = reason;
        m_zipError = zipError;
    }
    m_changed.notify_all();
}

// The OdsLimits on what content.xml unpacks to; false (and finished) when
// the chunk exceeds one, which is then not handed on.
bool OdsInflater::guard(const OdsChunk &chunk)
{
    m_total += qint64(chunk.size);
    if (m_total > maxUnpackedBytes) {
        finish(Status::Refused, QStringLiteral("content.xml unpacks to more than %1 MB").arg(megabytes(maxUnpackedBytes)));
        return false;
    }
    if (m_total > ratioFloor && m_total > maxUnpackedRatio * qMax<qint64>(m_entry.packedSize, 1)) {
        finish(Status::Refused, QStringLiteral("content.xml unpacks to more than %1 times its packed size of %2 bytes")
                                        .arg(maxUnpackedRatio)
                                        .arg(m_entry.packedSize));
        return false;
    }
    const char *p = chunk.storage.data() + chunk.begin;
    const char *const end = p + chunk.size;
    // The run since the last '<': only its end matters, so search backwards.
    const char *last = end;
    while (last > p && last[-1] != '<')
        --last;
    if (last == p)
        m_run += end - p; // no '<' in the chunk
    else
        m_run = end - last;
    if (m_run > maxMarkupRun) {
        finish(Status::Refused, QStringLiteral("content.xml holds more than %1 MB of text or markup without a tag")
                                        .arg(megabytes(maxMarkupRun)));
        return false;
    }
    return true;
}

void OdsInflater::run()
{
    QFile file(m_entry.path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(m_entry.offset)) {
        finish(Status::Damaged, QStringLiteral("content.xml cannot be read (%1)").arg(file.errorString()));
        return;
    }
    const bool deflated = m_entry.method == Z_DEFLATED;
    z_stream zs{};
    if (deflated && inflateInit2(&zs, -MAX_WBITS) != Z_OK) {
        finish(Status::Damaged, QStringLiteral("content.xml cannot be decompressed (zip error %1)").arg(Z_MEM_ERROR),
               Z_MEM_ERROR);
        return;
    }
    struct End
    {
        z_stream *zs;
        bool on;
        ~End()
        {
            if (on)
                inflateEnd(zs);
        }
    } end{&zs, deflated};

    std::vector<char> input(static_cast<size_t>(readSize));
    size_t inputAt = 0, inputLeft = 0;
    qint64 packedLeft = m_entry.packedSize;
    uLong crc = crc32(0L, Z_NULL, 0);
    bool ended = false;
    const auto damaged = [this](int error) {
        finish(Status::Damaged, QStringLiteral("content.xml cannot be decompressed (zip error %1)").arg(error), error);
    };
    while (!ended) {
        std::unique_ptr<OdsChunk> chunk = freeChunk();
        char *const out = chunk->data();
        while (chunk->size < m_chunkSize && !ended) {
            if (inputLeft == 0 && packedLeft > 0) {
                const qint64 got = file.read(input.data(), qMin(readSize, packedLeft));
                if (got <= 0) {
                    damaged(Z_BUF_ERROR); // the archive ends inside content.xml
                    return;
                }
                packedLeft -= got;
                inputAt = 0;
                inputLeft = size_t(got);
            }
            if (!deflated) {
                const size_t n = std::min(inputLeft, m_chunkSize - chunk->size);
                memcpy(out + chunk->size, input.data() + inputAt, n);
                chunk->size += n;
                inputAt += n;
                inputLeft -= n;
                ended = inputLeft == 0 && packedLeft == 0;
                continue;
            }
            zs.next_in = reinterpret_cast<Bytef *>(input.data() + inputAt);
            zs.avail_in = uInt(inputLeft);
            zs.next_out = reinterpret_cast<Bytef *>(out + chunk->size);
            zs.avail_out = uInt(m_chunkSize - chunk->size);
            const int ret = inflate(&zs, Z_NO_FLUSH);
            inputAt += inputLeft - zs.avail_in;
            inputLeft = zs.avail_in;
            chunk->size = m_chunkSize - zs.avail_out;
            if (ret == Z_STREAM_END) {
                ended = true;
            } else if (ret == Z_BUF_ERROR && inputLeft == 0 && packedLeft == 0) {
                damaged(Z_BUF_ERROR); // the deflate stream stops short
                return;
            } else if (ret != Z_OK && ret != Z_BUF_ERROR) {
                damaged(ret == Z_NEED_DICT ? Z_DATA_ERROR : ret);
                return;
            }
        }
        crc = crc32_z(crc, reinterpret_cast<const Bytef *>(out), chunk->size);
        chunk->newlines = OdsXmlChars::countNewlines(out, out + chunk->size);
        if (!guard(*chunk))
            return;
        if (!push(std::move(chunk)))
            return; // the reader is gone
    }
    if (crc != m_entry.crc) {
        finish(Status::ChecksumFailed, QStringLiteral("content.xml fails its checksum (zip error %1)").arg(UNZ_CRCERROR),
               UNZ_CRCERROR);
        return;
    }
    finish(Status::Finished);
}
