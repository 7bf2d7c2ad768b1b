// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QIODevice>
#include <QString>

// content.xml as inflated from the zip, guarded by the OdsLimits on its
// unpacked size and on runs without a tag: reading fails (and reason() says
// why) before a bomb can exhaust memory or time.
class InflateGuard : public QIODevice
{
public:
    InflateGuard(QIODevice *source, qint64 packedSize) : m_source(source), m_packedSize(packedSize) {}

    bool open() { return QIODevice::open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }
    QString reason() const { return m_reason; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 refuse(const QString &reason);

    QIODevice *m_source;
    qint64 m_packedSize;
    qint64 m_total = 0;
    qint64 m_run = 0;
    QString m_reason;
};
