// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <memory>

class OdsInflater;
struct OdsChunk;
class QuaZip;

// The zip side of an .ods file: the archive, its mimetype entry, and
// content.xml, inflated by an OdsInflater on its own thread a chunk ahead of
// the XML scanner, so that only a few chunks of the (possibly
// gigabyte-sized) XML are in memory at a time. It also words the messages of
// a refused file, so that the reader's and the package's read alike.
class OdsPackage
{
public:
    explicit OdsPackage(const QString &path);
    ~OdsPackage();

    // Opens the archive and content.xml; false (with errorString()) if the
    // file is not a readable .ods.
    bool open();
    // The next chunk of content.xml as it inflates, after open(); null at its
    // end, or where inflating stopped (see refusal() and inflateError()).
    std::unique_ptr<OdsChunk> nextChunk();
    // Gives a chunk back for reuse.
    void recycle(std::unique_ptr<OdsChunk> chunk);
    // When the XML scanner stops early, the cause may lie below it: a limit
    // the inflation exceeded (refusal()), or a decompression failure, which
    // reaches the scanner only as an early end (inflateError()). Empty when
    // neither.
    QString refusal() const;
    QString inflateError() const;
    // Once content.xml is read whole: false (with errorString()) when it
    // fails its CRC, which catches damage that still decompresses to
    // well-formed XML.
    bool close();
    // The unpacked size of content.xml as the archive records it.
    qint64 contentSize() const { return m_contentSize; }
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
    std::unique_ptr<QuaZip> m_zip;
    // Reads the file on its own; destroyed (stopped and joined) first.
    std::unique_ptr<OdsInflater> m_inflater;
    qint64 m_contentSize = 0;
    QString m_error;
};
