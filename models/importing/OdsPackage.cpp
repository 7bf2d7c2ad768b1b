// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <importing/OdsPackage.h>

#include <importing/InflateGuard.h>

#include <QDir>
#include <QFile>

#include <quazip.h>
#include <quazipfile.h>

static constexpr char odsMimetype[] = "application/vnd.oasis.opendocument.spreadsheet";

OdsPackage::OdsPackage(const QString &path)
    : m_path(path), m_zip(std::make_unique<QuaZip>(path)), m_content(std::make_unique<QuaZipFile>(m_zip.get()))
{}

OdsPackage::~OdsPackage() = default;

bool OdsPackage::fail(const QString &message)
{
    m_error = message;
    return false;
}

QString OdsPackage::damaged(const QString &reason) const
{
    return QStringLiteral("%1: damaged spreadsheet: %2").arg(QDir::toNativeSeparators(m_path), reason);
}

QString OdsPackage::refused(const QString &what) const
{
    return QStringLiteral("%1: refused: %2 (a real CQC file is far below this limit)")
        .arg(QDir::toNativeSeparators(m_path), what);
}

QString OdsPackage::notASpreadsheet(const QString &why) const
{
    return QStringLiteral("%1: not an OpenDocument spreadsheet (%2)").arg(QDir::toNativeSeparators(m_path), why);
}

bool OdsPackage::open()
{
    // Peek at the signature ourselves: QuaZip reports a junk file and a
    // truncated archive alike, and the user needs to know which it is.
    QByteArray magic;
    {
        QFile f(m_path);
        if (!f.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("%1: cannot open: %2").arg(QDir::toNativeSeparators(m_path), f.errorString()));
        magic = f.read(4);
    }
    if (!m_zip->open(QuaZip::mdUnzip)) {
        if (magic == QByteArrayLiteral("PK\x03\x04"))
            return fail(damaged(QStringLiteral("the zip archive is truncated or corrupt")));
        return fail(notASpreadsheet(QStringLiteral("not a zip archive")));
    }

    // Some writers leave out the mimetype entry; content.xml then decides.
    const bool hasMimetype = m_zip->setCurrentFile(QStringLiteral("mimetype"), QuaZip::csSensitive);
    if (hasMimetype) {
        QuaZipFile entry(m_zip.get());
        if (!entry.open(QIODevice::ReadOnly))
            return fail(
                damaged(QStringLiteral("cannot read the mimetype entry (zip error %1)").arg(entry.getZipError())));
        const QByteArray mimetype = entry.read(256).trimmed();
        if (mimetype != odsMimetype)
            return fail(notASpreadsheet(QStringLiteral("its type is %1").arg(QString::fromUtf8(mimetype.left(80)))));
    }

    if (!m_zip->setCurrentFile(QStringLiteral("content.xml"), QuaZip::csSensitive)) {
        if (hasMimetype)
            return fail(damaged(QStringLiteral("content.xml is missing")));
        return fail(notASpreadsheet(QStringLiteral("no content.xml in the zip archive")));
    }
    if (!m_content->open(QIODevice::ReadOnly))
        return fail(damaged(QStringLiteral("cannot read content.xml (zip error %1)").arg(m_content->getZipError())));
    m_contentSize = m_content->usize();
    m_guard = std::make_unique<InflateGuard>(m_content.get(), m_content->csize());
    m_guard->open();
    return true;
}

QIODevice *OdsPackage::content() const
{
    return m_guard.get();
}

QString OdsPackage::refusal() const
{
    return m_guard ? m_guard->reason() : QString();
}

QString OdsPackage::inflateError() const
{
    if (m_content->isOpen() && m_content->getZipError() != UNZ_OK)
        return QStringLiteral("content.xml cannot be decompressed (zip error %1)").arg(m_content->getZipError());
    return {};
}

bool OdsPackage::close()
{
    m_content->close();
    if (m_content->getZipError() != UNZ_OK)
        return fail(
            damaged(QStringLiteral("content.xml fails its checksum (zip error %1)").arg(m_content->getZipError())));
    return true;
}

double OdsPackage::progress() const
{
    if (!m_content->isOpen() || m_contentSize <= 0)
        return 0.0;
    const qint64 pos = m_content->pos();
    if (pos <= 0)
        return 0.0;
    return qMin(1.0, double(pos) / double(m_contentSize));
}
