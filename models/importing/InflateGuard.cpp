// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <importing/InflateGuard.h>

#include <importing/OdsLimits.h>

#include <cstring>

using namespace OdsLimits;

static QString megabytes(qint64 bytes)
{
    return QString::number(bytes >> 20);
}

qint64 InflateGuard::readData(char *data, qint64 maxSize)
{
    if (!m_reason.isEmpty())
        return -1;
    const qint64 got = m_source->read(data, maxSize);
    if (got <= 0)
        return got;
    m_total += got;
    if (m_total > maxUnpackedBytes)
        return refuse(QStringLiteral("content.xml unpacks to more than %1 MB").arg(megabytes(maxUnpackedBytes)));
    if (m_total > ratioFloor && m_total > maxUnpackedRatio * qMax<qint64>(m_packedSize, 1))
        return refuse(QStringLiteral("content.xml unpacks to more than %1 times its packed size of %2 bytes")
                          .arg(maxUnpackedRatio)
                          .arg(m_packedSize));
    const char *p = data;
    const char *const end = data + got;
    while (p < end) {
        const char *lt = static_cast<const char *>(memchr(p, '<', size_t(end - p)));
        if (!lt) {
            m_run += end - p;
            break;
        }
        m_run = 0;
        p = lt + 1;
    }
    if (m_run > maxMarkupRun)
        return refuse(QStringLiteral("content.xml holds more than %1 MB of text or markup without a tag")
                          .arg(megabytes(maxMarkupRun)));
    return got;
}

qint64 InflateGuard::refuse(const QString &reason)
{
    m_reason = reason;
    return -1;
}
