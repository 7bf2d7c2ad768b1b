// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

// What OdsReader.cpp (sheets and rows) and OdsReaderCells.cpp (a cell's
// text) share: the reader's state and a few helpers over the scanner.

#include <importing/OdsLimits.h>
#include <importing/OdsPackage.h>
#include <importing/OdsParagraphText.h>
#include <importing/OdsReader.h>
#include <importing/OdsXmlScanner.h>

#include <QStringDecoder>

#include <string>
#include <string_view>

namespace OdsReaderXml {

using Ns = OdsXmlScanner::Ns;

template<size_t N>
inline bool is(const OdsXmlScanner &xml, Ns ns, const char (&name)[N])
{
    return xml.nameIs(name) && xml.ns() == ns;
}

inline bool skipsAsNotText(const OdsXmlScanner &xml)
{
    // Comments and images anchored to the cell are not its value (ODF 1.2
    // part 1, 6.1.1).
    return is(xml, OdsXmlScanner::Office, "annotation") || xml.ns() == OdsXmlScanner::Draw
            || xml.ns() == OdsXmlScanner::Dr3d;
}

// A count as QString::toLongLong reads it: surrounding white space allowed.
inline qint64 number(const std::string &value, bool *ok)
{
    return QByteArray::fromRawData(value.data(), qsizetype(value.size())).trimmed().toLongLong(ok);
}

inline qint64 repeatCount(const OdsXmlScanner &xml, std::string_view name)
{
    bool found = false;
    const std::string_view raw = xml.attribute(OdsXmlScanner::Table, name, &found);
    if (!found)
        return 1;
    // The usual case, digits only, without a string.
    qint64 n = 0;
    bool digits = !raw.empty() && raw.size() < 18;
    for (char c : raw) {
        if (c < '0' || c > '9') {
            digits = false;
            break;
        }
        n = n * 10 + (c - '0');
    }
    if (!digits) {
        bool ok = false;
        n = number(xml.attributeValue(OdsXmlScanner::Table, name), &ok);
        if (!ok)
            return 1;
    }
    return n > 0 ? n : 1;
}

inline QString toQString(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}


} // namespace OdsReaderXml

struct OdsReader::Private
{
    explicit Private(const QString &path) : package(path) {}

    bool fail(const QString &message);
    bool failXml();
    bool failDamaged(const QString &reason);
    bool failLimit(const QString &what);
    bool failCellTooLong()
    {
        return failLimit(QStringLiteral("sheet %1, row %2: a cell holds more than %3 characters")
                             .arg(sheetName)
                             .arg(rowBeingRead())
                             .arg(OdsLimits::maxCellCharacters));
    }
    qint64 rowBeingRead() const { return rowNumber + pendingEmptyRows + 1; }
    bool readToken();
    void finishDocument();
    bool skipRestOfSheet();
    bool readRowElement(QStringList *cells, qint64 *repeat);
    bool readCell(QString *value);
    bool readParagraph(OdsParagraphText *text);
    bool emitQueuedRow(QStringList *cells);

    // Declared in this order so that they are destroyed in reverse: the
    // reader pulls from the package's content.xml.
    OdsPackage package;
    OdsXmlScanner xml{&package};
    std::string cellBytes; // of the cell being read, reused
    QStringDecoder utf8{QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom};

    QString error;
    bool opened = false;
    bool documentEnded = false;
    bool inSpreadsheet = false;
    bool sawSpreadsheet = false;

    QString sheetName;
    bool inSheet = false;
    int groupDepth = 0; // row groups (header rows, row groups) open in the sheet
    qint64 rowNumber = 0;
    // Empty rows seen but not yet returned: they are returned only once a
    // non-empty row follows, so the empty remainder of a sheet is dropped.
    qint64 pendingEmptyRows = 0;
    qint64 emptyRowsToEmit = 0;
    QStringList repeatedRow;
    qsizetype rowWidth = 0;
    qint64 repeatsToEmit = 0;
};
