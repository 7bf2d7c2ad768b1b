// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

// What the OdsReader suites (tst_ods*) build their spreadsheets with. Every
// spreadsheet there is built by the test itself from hand-written
// content.xml, so the suites need neither LibreOffice nor fixture files and
// each case shows exactly the XML it is about.

#include <importing/OdsReader.h>

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <functional>

namespace OdsFiles {

inline const QByteArray odsMimetype = QByteArrayLiteral("application/vnd.oasis.opendocument.spreadsheet");

inline QByteArray documentHead()
{
    return QByteArrayLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<office:document-content"
            " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
            " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
            " xmlns:xlink=\"http://www.w3.org/1999/xlink\""
            " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
            " xmlns:calcext=\"urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0\""
            " office:version=\"1.3\">\n"
            "<office:automatic-styles><style:style style:name=\"ro1\" style:family=\"table-row\"/></office:automatic-styles>\n"
            "<office:body>\n<office:spreadsheet>\n");
}

inline QByteArray documentTail()
{
    return QByteArrayLiteral("<table:named-expressions/>\n</office:spreadsheet>\n</office:body>\n</office:document-content>\n");
}

inline QByteArray document(const QByteArray &tables)
{
    return documentHead() + tables + documentTail();
}

inline QByteArray sheet(const QByteArray &name, const QByteArray &rows)
{
    return "<table:table table:name=\"" + name + "\" table:style-name=\"ta1\">\n"
           "<table:table-column table:number-columns-repeated=\"3\"/>\n"
           + rows + "</table:table>\n";
}

// A string cell as LibreOffice writes it.
inline QByteArray cell(const QByteArray &text)
{
    return "<table:table-cell office:value-type=\"string\" calcext:value-type=\"string\"><text:p>" + text
           + "</text:p></table:table-cell>";
}

inline QByteArray row(const QByteArray &cells)
{
    return "<table:table-row table:style-name=\"ro1\">" + cells + "</table:table-row>\n";
}

// LibreOffice's way of saying "the rest of the sheet is empty".
inline QByteArray emptyRemainder()
{
    return QByteArrayLiteral("<table:table-row table:style-name=\"ro1\" table:number-rows-repeated=\"1048553\">"
                             "<table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>\n"
                             "<table:table-row table:style-name=\"ro1\">"
                             "<table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>\n");
}

using Entry = std::pair<QString, QByteArray>;

inline bool writeZip(const QString &path, const QList<Entry> &entries,
                     const std::function<bool(QIODevice *)> &streamContent = {})
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto &[name, data] : entries) {
        QuaZipFile file(&zip);
        // ODF puts mimetype first and uncompressed, so that the type can be
        // sniffed at a fixed offset; do the same.
        const bool stored = name == QLatin1StringView("mimetype");
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, stored ? 0 : Z_DEFLATED,
                       stored ? 0 : Z_DEFAULT_COMPRESSION)) {
            return false;
        }
        if (name == QLatin1StringView("content.xml") && streamContent) {
            if (!streamContent(&file))
                return false;
        } else if (file.write(data) != data.size()) {
            return false;
        }
        file.close();
        if (file.getZipError() != UNZ_OK)
            return false;
    }
    zip.close();
    return zip.getZipError() == UNZ_OK;
}

struct Sheet
{
    QString name;
    QList<QStringList> rows;
    QList<qint64> rowNumbers;
};

// Reads every sheet of the file. Stops at the first error, which it leaves
// in *error ("" when there is none).
inline QList<Sheet> readAllSheets(const QString &path, QString *error)
{
    QList<Sheet> sheets;
    OdsReader reader(path);
    if (reader.open()) {
        while (reader.nextSheet()) {
            Sheet s;
            s.name = reader.sheetName();
            QStringList cells;
            while (reader.readRow(&cells)) {
                s.rows.append(cells);
                s.rowNumbers.append(reader.rowNumber());
            }
            sheets.append(s);
            if (reader.hasError())
                break;
        }
    }
    *error = reader.errorString();
    if (reader.hasError() && error->isEmpty())
        *error = QStringLiteral("hasError() without an errorString()");
    return sheets;
}

// Rows as one readable string, so that a failing comparison shows both.
inline QString show(const QList<QStringList> &rows)
{
    QStringList out;
    for (const QStringList &r : rows)
        out.append(u'[' + r.join(u'|') + u']');
    return out.join(u' ');
}

// The suite's temporary folder of spreadsheets.
class Folder
{
public:
    bool isValid() const { return m_dir.isValid(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    // A number not handed out before, for a file name of the caller's own.
    int nextNumber() { return ++m_files; }

    // content.xml with its mimetype as an .ods file; "" if it cannot be written.
    QString writeOds(const QByteArray &content, const QString &fileName = QStringLiteral("test.ods"))
    {
        // A directory per file keeps the file name under test's control while
        // never reusing a path.
        const QString dir = m_dir.filePath(QString::number(nextNumber()));
        if (!QDir().mkpath(dir))
            return {};
        const QString path = dir + u'/' + fileName;
        if (!writeZip(path, {{QStringLiteral("mimetype"), odsMimetype}, {QStringLiteral("content.xml"), content}}))
            return {};
        return path;
    }

    // The rows OdsReader gives for a file of one sheet holding `rows`; fails
    // the test if there is not exactly that sheet or there is an error.
    QList<QStringList> rowsOfOnlySheet(const QByteArray &rows, QList<qint64> *rowNumbers = nullptr)
    {
        const QString path = writeOds(document(sheet("Locations", rows)));
        if (path.isEmpty()) {
            QTest::qFail("could not write the test spreadsheet", __FILE__, __LINE__);
            return {};
        }
        QString error;
        const QList<Sheet> sheets = readAllSheets(path, &error);
        if (!error.isEmpty() || sheets.size() != 1) {
            QTest::qFail(qPrintable(QStringLiteral("expected one sheet and no error, got %1 sheets, error \"%2\"")
                                            .arg(sheets.size())
                                            .arg(error)),
                         __FILE__, __LINE__);
            return {};
        }
        if (rowNumbers)
            *rowNumbers = sheets.first().rowNumbers;
        return sheets.first().rows;
    }

private:
    QTemporaryDir m_dir;
    int m_files = 0;
};

} // namespace OdsFiles
