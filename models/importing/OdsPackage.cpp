// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <importing/OdsPackage.h>

#include <importing/OdsInflater.h>

#include <QDir>
#include <QFile>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>
#include <unzip.h>

static constexpr char odsMimetype[] = "application/vnd.oasis.opendocument.spreadsheet";

OdsPackage::OdsPackage(const QString &path)
    : m_path(path), m_zip(std::make_unique<QuaZip>(path))
{}

OdsPackage::~OdsPackage()
{
    m_inflater.reset(); // before the archive, though it reads the file on its own
}

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
    // Opened raw only to learn where the compressed data starts: the
    // inflater reads and inflates it itself, with zlib, on its own thread.
    QuaZipFileInfo64 info;
    if (!m_zip->getCurrentFileInfo(&info))
        return fail(damaged(QStringLiteral("cannot read content.xml (zip error %1)").arg(m_zip->getZipError())));
    if (info.isEncrypted())
        return fail(damaged(QStringLiteral("cannot read content.xml (it is encrypted)")));
    if (info.method != 0 && info.method != Z_DEFLATED)
        return fail(damaged(QStringLiteral("cannot read content.xml (compression method %1)").arg(info.method)));
    OdsInflater::Entry entry;
    {
        QuaZipFile raw(m_zip.get());
        int method = 0, level = 0;
        if (!raw.open(QIODevice::ReadOnly, &method, &level, true))
            return fail(damaged(QStringLiteral("cannot read content.xml (zip error %1)").arg(raw.getZipError())));
        entry.offset = qint64(unzGetCurrentFileZStreamPos64(m_zip->getUnzFile()));
        raw.close();
    }
    entry.path = m_path;
    entry.packedSize = qint64(info.compressedSize);
    entry.unpackedSize = qint64(info.uncompressedSize);
    entry.crc = info.crc;
    entry.method = info.method;
    m_contentSize = entry.unpackedSize;
    m_inflater = std::make_unique<OdsInflater>(entry);
    m_inflater->start();
    return true;
}

std::unique_ptr<OdsChunk> OdsPackage::nextChunk()
{
    return m_inflater ? m_inflater->next() : nullptr;
}

void OdsPackage::recycle(std::unique_ptr<OdsChunk> chunk)
{
    if (m_inflater)
        m_inflater->recycle(std::move(chunk));
}

QString OdsPackage::refusal() const
{
    if (m_inflater && m_inflater->status() == OdsInflater::Status::Refused)
        return m_inflater->reason();
    return {};
}

QString OdsPackage::inflateError() const
{
    if (m_inflater && m_inflater->status() == OdsInflater::Status::Damaged)
        return m_inflater->reason();
    return {};
}

bool OdsPackage::close()
{
    if (!m_inflater)
        return true;
    switch (m_inflater->status()) {
    case OdsInflater::Status::ChecksumFailed:
    case OdsInflater::Status::Damaged: return fail(damaged(m_inflater->reason()));
    // Whatever was cut off after the document may still have mattered.
    case OdsInflater::Status::Refused: return fail(refused(m_inflater->reason()));
    default: return true;
    }
}
