// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <memory>

class InflateGuard;
class QIODevice;
class QuaZip;
class QuaZipFile;

// The zip side of an .ods file: the archive, its mimetype entry, and
// content.xml, inflated through an InflateGuard as the XML parser pulls it,
// so that only a buffer's worth of the (possibly gigabyte-sized) XML is in
// memory at a time. It also words the messages of a refused file, so that
// the reader's and the package's read alike.
class OdsPackage
{
public:
    explicit OdsPackage(const QString &path);
    ~OdsPackage();

    // Opens the archive and content.xml; false (with errorString()) if the
    // file is not a readable .ods.
    bool open();
    // content.xml as it inflates, after open().
    QIODevice *content() const;
    // When the XML parser stops early, the cause may lie below it: a limit
    // the inflation exceeded (refusal()), or a decompression failure, which
    // reaches the parser only as a short read (inflateError()). Empty when
    // neither.
    QString refusal() const;
    QString inflateError() const;
    // Closes content.xml once it is read whole, which verifies its CRC and
    // so catches damage that still decompresses to well-formed XML; false
    // (with errorString()) when it fails.
    bool close();
    // Fraction of content.xml inflated, 0..1.
    double progress() const;
    QString errorString() const { return m_error; }

    // "FILE: damaged spreadsheet: REASON"
    QString damaged(const QString &reason) const;
    // "FILE: refused: WHAT (a real CQC file is far below this limit)"
    QString refused(const QString &what) const;
    // "FILE: not an OpenDocument spreadsheet (WHY)"
    QString notASpreadsheet(const QString &why) const;

private:
    bool fail(const QString &message);

    QString m_path;
    // Declared in this order so that they are destroyed in reverse: the
    // guard reads the zip entry, which refers to the archive.
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_content;
    std::unique_ptr<InflateGuard> m_guard;
    qint64 m_contentSize = 0;
    QString m_error;
};
