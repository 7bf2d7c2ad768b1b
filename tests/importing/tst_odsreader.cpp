// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <importing/OdsReader.h>
#include "PeakMemory.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <functional>
#include <tuple>

// Every spreadsheet here is built by the test itself from hand-written
// content.xml, so the suite needs neither LibreOffice nor fixture files and
// each case shows exactly the XML it is about.

namespace {

const QByteArray odsMimetype = QByteArrayLiteral("application/vnd.oasis.opendocument.spreadsheet");

QByteArray documentHead()
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

QByteArray documentTail()
{
    return QByteArrayLiteral("<table:named-expressions/>\n</office:spreadsheet>\n</office:body>\n</office:document-content>\n");
}

QByteArray document(const QByteArray &tables)
{
    return documentHead() + tables + documentTail();
}

QByteArray sheet(const QByteArray &name, const QByteArray &rows)
{
    return "<table:table table:name=\"" + name + "\" table:style-name=\"ta1\">\n"
           "<table:table-column table:number-columns-repeated=\"3\"/>\n"
           + rows + "</table:table>\n";
}

// A string cell as LibreOffice writes it.
QByteArray cell(const QByteArray &text)
{
    return "<table:table-cell office:value-type=\"string\" calcext:value-type=\"string\"><text:p>" + text
           + "</text:p></table:table-cell>";
}

QByteArray row(const QByteArray &cells)
{
    return "<table:table-row table:style-name=\"ro1\">" + cells + "</table:table-row>\n";
}

// LibreOffice's way of saying "the rest of the sheet is empty".
QByteArray emptyRemainder()
{
    return QByteArrayLiteral("<table:table-row table:style-name=\"ro1\" table:number-rows-repeated=\"1048553\">"
                             "<table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>\n"
                             "<table:table-row table:style-name=\"ro1\">"
                             "<table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>\n");
}

using Entry = std::pair<QString, QByteArray>;

bool writeZip(const QString &path, const QList<Entry> &entries,
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
QList<Sheet> readAllSheets(const QString &path, QString *error)
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
QString show(const QList<QStringList> &rows)
{
    QStringList out;
    for (const QStringList &r : rows)
        out.append(u'[' + r.join(u'|') + u']');
    return out.join(u' ');
}

} // namespace


class TestOdsReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void twoSheetsInOrder();
    void nextSheetSkipsUnreadRows();
    void repeatedCellsInMiddleOfRow();
    void trailingEmptyCellsNotExpanded();
    void repeatedRowsExpanded();
    void trailingEmptyRowsNotEmitted();
    void emptyRowsBetweenDataRows();
    void rowGroupsAndHeaderRows();
    void rowNumberCounting();
    void dateCellsGiveIsoDate();
    void otherTypesGiveTheirText();
    void valueWithoutTextFallsBackToValue();
    void multiParagraphCell();
    void spacesTabsAndLineBreaks();
    void whiteSpaceCollapsed();
    void spanAndLinkTextIncluded();
    void annotationsAndFramesExcluded();
    void coveredCells();
    void missingMimetypeAccepted();
    void otherMimetypeRejected();
    void notAZip_data();
    void notAZip();
    void missingFile();
    void zipWithoutContentXml_data();
    void zipWithoutContentXml();
    void contentXmlNotASpreadsheet();
    void malformedXmlNamesLine();
    void truncatedArchive();
    void corruptCompressedContent();
    void checksumMismatchDetected();
    void hugeRepeatCountsRejected();
    void bombsRefused_data();
    void bombsRefused();
    void bigSheetStreams();

private:
    QString writeOds(const QByteArray &content, const QString &fileName = QStringLiteral("test.ods"));
    QList<QStringList> rowsOfOnlySheet(const QByteArray &rows, QList<qint64> *rowNumbers = nullptr);

    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestOdsReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestOdsReader::writeOds(const QByteArray &content, const QString &fileName)
{
    // A directory per file keeps the file name under test's control while
    // never reusing a path.
    const QString dir = m_dir.filePath(QString::number(++m_files));
    if (!QDir().mkpath(dir))
        return {};
    const QString path = dir + u'/' + fileName;
    if (!writeZip(path, {{QStringLiteral("mimetype"), odsMimetype}, {QStringLiteral("content.xml"), content}}))
        return {};
    return path;
}

QList<QStringList> TestOdsReader::rowsOfOnlySheet(const QByteArray &rows, QList<qint64> *rowNumbers)
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

void TestOdsReader::twoSheetsInOrder()
{
    const QString path = writeOds(document(
            sheet("Locations",
                  row(cell("Location ID") + cell("Name")) + row(cell("1-101") + cell("Rose House")) + emptyRemainder())
            + sheet("Providers", row(cell("Provider ID")) + row(cell("1-9")) + emptyRemainder())));
    QVERIFY(!path.isEmpty());

    OdsReader reader(path);
    QVERIFY2(reader.open(), qPrintable(reader.errorString()));
    QVERIFY(!reader.hasError());
    QStringList cells;

    QVERIFY(reader.nextSheet());
    QCOMPARE(reader.sheetName(), QStringLiteral("Locations"));
    QVERIFY(reader.readRow(&cells));
    QCOMPARE(cells, QStringList({QStringLiteral("Location ID"), QStringLiteral("Name")}));
    QVERIFY(reader.readRow(&cells));
    QCOMPARE(cells, QStringList({QStringLiteral("1-101"), QStringLiteral("Rose House")}));
    QVERIFY(!reader.readRow(&cells));
    QVERIFY(!reader.readRow(&cells)); // stays at the end of the sheet

    QVERIFY(reader.nextSheet());
    QCOMPARE(reader.sheetName(), QStringLiteral("Providers"));
    QVERIFY(reader.readRow(&cells));
    QCOMPARE(cells, QStringList({QStringLiteral("Provider ID")}));
    QCOMPARE(reader.rowNumber(), 1);
    QVERIFY(reader.readRow(&cells));
    QCOMPARE(cells, QStringList({QStringLiteral("1-9")}));
    QVERIFY(!reader.readRow(&cells));

    QVERIFY(!reader.nextSheet());
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(reader.errorString(), QString());
    QCOMPARE(reader.progress(), 1.0);
}

void TestOdsReader::nextSheetSkipsUnreadRows()
{
    const QString path = writeOds(document(
            sheet("Locations",
                  row(cell("a")) + "<table:table-row-group>" + row(cell("b")) + row(cell("c")) + "</table:table-row-group>"
                          + row(cell("d")))
            + sheet("Providers", row(cell("p")))));
    OdsReader reader(path);
    QVERIFY2(reader.open(), qPrintable(reader.errorString()));
    QStringList cells;
    QVERIFY(reader.nextSheet());
    QVERIFY(reader.readRow(&cells));
    QVERIFY(reader.readRow(&cells));
    QCOMPARE(cells, QStringList{QStringLiteral("b")});

    // Leave the first sheet from inside a row group.
    QVERIFY(reader.nextSheet());
    QCOMPARE(reader.sheetName(), QStringLiteral("Providers"));
    QCOMPARE(reader.rowNumber(), 0);
    QVERIFY(reader.readRow(&cells));
    QCOMPARE(cells, QStringList{QStringLiteral("p")});
    QCOMPARE(reader.rowNumber(), 1);
    QVERIFY(!reader.nextSheet());
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
}

void TestOdsReader::repeatedCellsInMiddleOfRow()
{
    const QList<QStringList> rows = rowsOfOnlySheet(row(
            cell("a")
            + "<table:table-cell table:number-columns-repeated=\"3\" office:value-type=\"string\"><text:p>x</text:p></table:table-cell>"
            + "<table:table-cell table:number-columns-repeated=\"2\"/>" + cell("b")
            + "<table:table-cell table:number-columns-repeated=\"1018\"/>"));
    QCOMPARE(show(rows), QStringLiteral("[a|x|x|x|||b]"));
    QCOMPARE(rows.first().size(), 7);
}

void TestOdsReader::trailingEmptyCellsNotExpanded()
{
    const QList<QStringList> rows = rowsOfOnlySheet(
            row(cell("a") + cell("") + "<table:table-cell table:number-columns-repeated=\"16383\"/>")
            + row("<table:table-cell office:value-type=\"string\"><text:p/></table:table-cell>" + cell("b")
                  + "<table:table-cell table:style-name=\"ce1\" table:number-columns-repeated=\"5\"/>"));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0), QStringList{QStringLiteral("a")});
    QCOMPARE(rows.at(1), QStringList({QString(), QStringLiteral("b")}));
}

void TestOdsReader::repeatedRowsExpanded()
{
    QList<qint64> numbers;
    const QList<QStringList> rows = rowsOfOnlySheet(
            row(cell("head"))
                    + "<table:table-row table:number-rows-repeated=\"3\">" + cell("same") + cell("row")
                    + "<table:table-cell table:number-columns-repeated=\"1021\"/></table:table-row>\n"
                    + row(cell("tail")),
            &numbers);
    QCOMPARE(show(rows), QStringLiteral("[head] [same|row] [same|row] [same|row] [tail]"));
    QCOMPARE(numbers, QList<qint64>({1, 2, 3, 4, 5}));
}

void TestOdsReader::trailingEmptyRowsNotEmitted()
{
    QList<qint64> numbers;
    const QList<QStringList> rows = rowsOfOnlySheet(
            row(cell("a")) + row(cell("b"))
                    // Formatted but empty rows are still empty.
                    + "<table:table-row table:style-name=\"ro1\" table:number-rows-repeated=\"4\">"
                      "<table:table-cell table:style-name=\"ce2\" table:number-columns-repeated=\"3\"/>"
                      "<table:table-cell office:value-type=\"string\" calcext:value-type=\"string\"><text:p/></table:table-cell>"
                      "</table:table-row>\n"
                    + emptyRemainder(),
            &numbers);
    QCOMPARE(show(rows), QStringLiteral("[a] [b]"));
    QCOMPARE(numbers, QList<qint64>({1, 2}));
}

void TestOdsReader::emptyRowsBetweenDataRows()
{
    QList<qint64> numbers;
    const QList<QStringList> rows = rowsOfOnlySheet(
            row(cell("a")) + row("<table:table-cell table:number-columns-repeated=\"1024\"/>")
                    + "<table:table-row table:number-rows-repeated=\"2\"><table:table-cell/></table:table-row>\n"
                    + row(cell("b")) + emptyRemainder(),
            &numbers);
    QCOMPARE(show(rows), QStringLiteral("[a] [] [] [] [b]"));
    QCOMPARE(rows.at(1), QStringList());
    QCOMPARE(numbers, QList<qint64>({1, 2, 3, 4, 5}));
}

void TestOdsReader::rowGroupsAndHeaderRows()
{
    // Rows may sit inside header-row and (nested) row-group containers.
    const QList<QStringList> rows = rowsOfOnlySheet(
            "<table:table-header-rows>" + row(cell("header")) + "</table:table-header-rows>"
            + "<table:table-row-group>" + row(cell("g1"))
            + "<table:table-row-group>" + row(cell("g2")) + "</table:table-row-group>"
            + "<text:soft-page-break/>"
            + "</table:table-row-group>"
            + "<table:table-rows>" + row(cell("r")) + "</table:table-rows>" + row(cell("last")));
    QCOMPARE(show(rows), QStringLiteral("[header] [g1] [g2] [r] [last]"));
}

void TestOdsReader::rowNumberCounting()
{
    const QString path = writeOds(document(sheet(
            "Locations",
            "<table:table-header-rows>" + row(cell("ID")) + "</table:table-header-rows>"
                    + "<table:table-row table:number-rows-repeated=\"10\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>"
                    + "<table:table-row table:number-rows-repeated=\"2\">" + cell("twin") + "</table:table-row>"
                    + "<table:table-row-group><table:table-row table:number-rows-repeated=\"12330\"><table:table-cell/></table:table-row>"
                    + row(cell("far")) + "</table:table-row-group>" + emptyRemainder())));
    OdsReader reader(path);
    QVERIFY2(reader.open(), qPrintable(reader.errorString()));
    QCOMPARE(reader.rowNumber(), 0);
    QVERIFY(reader.nextSheet());
    QCOMPARE(reader.rowNumber(), 0);

    QStringList cells;
    QVERIFY(reader.readRow(&cells));
    QCOMPARE(reader.rowNumber(), 1);
    for (qint64 n = 2; n <= 11; ++n) {
        QVERIFY(reader.readRow(&cells));
        QCOMPARE(cells, QStringList());
        QCOMPARE(reader.rowNumber(), n);
    }
    QVERIFY(reader.readRow(&cells));
    QCOMPARE(cells, QStringList{QStringLiteral("twin")});
    QCOMPARE(reader.rowNumber(), 12);
    QVERIFY(reader.readRow(&cells));
    QCOMPARE(reader.rowNumber(), 13);

    qint64 empty = 0;
    while (reader.readRow(&cells) && cells.isEmpty())
        ++empty;
    QCOMPARE(empty, 12330);
    QCOMPARE(cells, QStringList{QStringLiteral("far")});
    QCOMPARE(reader.rowNumber(), 12344); // as LibreOffice would show it: "row 12344"

    QVERIFY(!reader.readRow(&cells));
    QCOMPARE(reader.rowNumber(), 12344); // the last row read, not the sheet's empty remainder
    QVERIFY(!reader.hasError());
}

void TestOdsReader::dateCellsGiveIsoDate()
{
    const QList<QStringList> rows = rowsOfOnlySheet(row(
            "<table:table-cell table:style-name=\"ce3\" office:value-type=\"date\" office:date-value=\"2023-04-05\""
            " calcext:value-type=\"date\"><text:p>05/04/2023</text:p></table:table-cell>"
            "<table:table-cell office:value-type=\"date\" office:date-value=\"2021-12-31T13:45:00\">"
            "<text:p>31 December 2021 13:45</text:p></table:table-cell>"
            "<table:table-cell office:value-type=\"date\" office:date-value=\"1999-01-02\"/>"));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first(),
             QStringList({QStringLiteral("2023-04-05"), QStringLiteral("2021-12-31"), QStringLiteral("1999-01-02")}));
}

void TestOdsReader::otherTypesGiveTheirText()
{
    const QList<QStringList> rows = rowsOfOnlySheet(row(
            "<table:table-cell office:value-type=\"float\" office:value=\"1234.5\" calcext:value-type=\"float\">"
            "<text:p>1,234.50</text:p></table:table-cell>"
            "<table:table-cell office:value-type=\"percentage\" office:value=\"0.25\"><text:p>25%</text:p></table:table-cell>"
            "<table:table-cell table:formula=\"of:=1=1\" office:value-type=\"boolean\" office:boolean-value=\"true\">"
            "<text:p>TRUE</text:p></table:table-cell>"
            "<table:table-cell><text:p>untyped</text:p></table:table-cell>"));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first(),
             QStringList({QStringLiteral("1,234.50"), QStringLiteral("25%"), QStringLiteral("TRUE"),
                          QStringLiteral("untyped")}));
}

void TestOdsReader::valueWithoutTextFallsBackToValue()
{
    const QList<QStringList> rows = rowsOfOnlySheet(row(
            "<table:table-cell office:value-type=\"float\" office:value=\"42\"/>"
            "<table:table-cell office:value-type=\"string\" office:string-value=\"attribute only\"/>"
            "<table:table-cell office:value-type=\"boolean\" office:boolean-value=\"false\"/>"
            // An empty paragraph is displayed text, even if empty.
            "<table:table-cell office:value-type=\"float\" office:value=\"7\"><text:p/></table:table-cell>"
            + cell("end")));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first(),
             QStringList({QStringLiteral("42"), QStringLiteral("attribute only"), QStringLiteral("false"), QString(),
                          QStringLiteral("end")}));
}

void TestOdsReader::multiParagraphCell()
{
    const QList<QStringList> rows = rowsOfOnlySheet(row(
            "<table:table-cell office:value-type=\"string\"><text:p>Rose House</text:p><text:p>1 High Street</text:p>"
            "<text:p>Leeds</text:p></table:table-cell>"
            "<table:table-cell office:value-type=\"string\"><text:p>first</text:p><text:p/><text:p>third</text:p></table:table-cell>"
            "<table:table-cell office:value-type=\"string\"><text:h>heading</text:h><text:list><text:list-item>"
            "<text:p>item</text:p></text:list-item></text:list></table:table-cell>"));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first(),
             QStringList({QStringLiteral("Rose House\n1 High Street\nLeeds"), QStringLiteral("first\n\nthird"),
                          QStringLiteral("heading\nitem")}));
}

void TestOdsReader::spacesTabsAndLineBreaks()
{
    const QList<QStringList> rows = rowsOfOnlySheet(row(
            cell("a<text:s text:c=\"3\"/>b<text:s/>c")
            // LibreOffice writes the first of several spaces literally.
            + cell("two <text:s/>spaces") + cell("<text:s text:c=\"2\"/>indented")
            + cell("col1<text:tab/>col2") + cell("line1<text:line-break/>line2")
            + cell("trailing<text:s/>")));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first(),
             QStringList({QStringLiteral("a   b c"), QStringLiteral("two  spaces"), QStringLiteral("  indented"),
                          QStringLiteral("col1\tcol2"), QStringLiteral("line1\nline2"), QStringLiteral("trailing ")}));
}

void TestOdsReader::whiteSpaceCollapsed()
{
    // Literal white space in a paragraph collapses as in HTML (ODF 1.2
    // part 1, 6.1.2), so pretty-printed XML reads as the author meant.
    const QList<QStringList> rows = rowsOfOnlySheet(row(
            "<table:table-cell office:value-type=\"string\">\n  <text:p>\n    Good\t and\r\n   safe  \n  </text:p>\n"
            "</table:table-cell>"
            + cell("a <text:span> b </text:span> c")));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first(), QStringList({QStringLiteral("Good and safe"), QStringLiteral("a b c")}));
}

void TestOdsReader::spanAndLinkTextIncluded()
{
    const QList<QStringList> rows = rowsOfOnlySheet(row(
            cell("Requires <text:span text:style-name=\"T1\">improvement <text:span text:style-name=\"T2\">now</text:span></text:span>")
            + cell("See <text:a xlink:type=\"simple\" xlink:href=\"https://www.cqc.org.uk/location/1-101\">the report</text:a>.")
            + cell("&lt;escaped &amp; entities&gt;")));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first(),
             QStringList({QStringLiteral("Requires improvement now"), QStringLiteral("See the report."),
                          QStringLiteral("<escaped & entities>")}));
}

void TestOdsReader::annotationsAndFramesExcluded()
{
    const QList<QStringList> rows = rowsOfOnlySheet(row(
            "<table:table-cell office:value-type=\"string\"><office:annotation><dc:date>2024-01-01T00:00:00</dc:date>"
            "<text:p>a reviewer's comment</text:p></office:annotation><text:p>Good</text:p></table:table-cell>"
            "<table:table-cell office:value-type=\"string\"><draw:frame><draw:text-box><text:p>caption</text:p>"
            "</draw:text-box></draw:frame><text:p>Outstanding</text:p></table:table-cell>"));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first(), QStringList({QStringLiteral("Good"), QStringLiteral("Outstanding")}));
}

void TestOdsReader::coveredCells()
{
    const QList<QStringList> rows = rowsOfOnlySheet(
            row("<table:table-cell table:number-columns-spanned=\"4\" table:number-rows-spanned=\"2\" office:value-type=\"string\">"
                "<text:p>merged</text:p></table:table-cell>"
                "<table:covered-table-cell table:number-columns-repeated=\"3\"/>"
                + cell("after"))
            + row("<table:covered-table-cell table:number-columns-repeated=\"4\"/>" + cell("below"))
            // A covered cell keeps any content it had before the merge.
            + row(cell("x") + "<table:covered-table-cell table:number-columns-repeated=\"2\" office:value-type=\"string\">"
                              "<text:p>hidden</text:p></table:covered-table-cell>"
                  + "<table:covered-table-cell table:number-columns-repeated=\"1020\"/>"));
    QCOMPARE(show(rows), QStringLiteral("[merged||||after] [||||below] [x|hidden|hidden]"));
}

void TestOdsReader::missingMimetypeAccepted()
{
    const QString path = m_dir.filePath(QStringLiteral("no-mimetype.ods"));
    QVERIFY(writeZip(path, {{QStringLiteral("content.xml"), document(sheet("Locations", row(cell("a"))))}}));
    QString error;
    const QList<Sheet> sheets = readAllSheets(path, &error);
    QCOMPARE(error, QString());
    QCOMPARE(sheets.size(), 1);
    QCOMPARE(show(sheets.first().rows), QStringLiteral("[a]"));
}

void TestOdsReader::otherMimetypeRejected()
{
    const QString path = m_dir.filePath(QStringLiteral("letter.odt"));
    QVERIFY(writeZip(path, {{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text"},
                            {QStringLiteral("content.xml"), document(sheet("Locations", row(cell("a"))))}}));
    OdsReader reader(path);
    QVERIFY(!reader.open());
    QVERIFY(reader.hasError());
    QCOMPARE(reader.errorString(),
             path + QStringLiteral(": not an OpenDocument spreadsheet (its type is application/vnd.oasis.opendocument.text)"));
    QVERIFY(!reader.nextSheet());
}

void TestOdsReader::notAZip_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("junk") << QByteArray("Location ID,Name\n1-101,Rose House\n").repeated(50);
    QTest::newRow("binary junk") << QByteArray::fromHex("00ff13375eed0badcafe").repeated(100);
    QTest::newRow("empty file") << QByteArray();
}

void TestOdsReader::notAZip()
{
    QFETCH(QByteArray, bytes);
    const QString path = m_dir.filePath(QStringLiteral("ratings-%1.ods").arg(QTest::currentDataTag()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();

    OdsReader reader(path);
    QVERIFY(!reader.open());
    QVERIFY(reader.hasError());
    QCOMPARE(reader.errorString(), path + QStringLiteral(": not an OpenDocument spreadsheet (not a zip archive)"));
    QStringList cells;
    QVERIFY(!reader.nextSheet());
    QVERIFY(!reader.readRow(&cells));
    QVERIFY(!reader.open()); // a second attempt neither crashes nor clears the error
    QVERIFY(reader.hasError());
}

void TestOdsReader::missingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("does-not-exist.ods"));
    OdsReader reader(path);
    QVERIFY(!reader.open());
    QVERIFY(reader.hasError());
    QVERIFY2(reader.errorString().startsWith(path + QStringLiteral(": cannot open: ")), qPrintable(reader.errorString()));
}

void TestOdsReader::zipWithoutContentXml_data()
{
    QTest::addColumn<bool>("withMimetype");
    QTest::addColumn<QString>("expected");
    QTest::newRow("mimetype only") << true << QStringLiteral(": damaged spreadsheet: content.xml is missing");
    QTest::newRow("some other zip")
            << false << QStringLiteral(": not an OpenDocument spreadsheet (no content.xml in the zip archive)");
}

void TestOdsReader::zipWithoutContentXml()
{
    QFETCH(bool, withMimetype);
    QFETCH(QString, expected);
    const QString path = m_dir.filePath(QStringLiteral("%1.ods").arg(withMimetype ? "mimetype-only" : "other"));
    QList<Entry> entries;
    if (withMimetype)
        entries.append({QStringLiteral("mimetype"), odsMimetype});
    entries.append({QStringLiteral("styles.xml"), QByteArrayLiteral("<office:document-styles/>")});
    // The name differs only in case: it must not be taken for content.xml.
    entries.append({QStringLiteral("Content.XML"), document(sheet("Locations", row(cell("a"))))});
    QVERIFY(writeZip(path, entries));

    OdsReader reader(path);
    QVERIFY(!reader.open());
    QVERIFY(reader.hasError());
    QCOMPARE(reader.errorString(), path + expected);
    QVERIFY(!reader.nextSheet());
}

void TestOdsReader::contentXmlNotASpreadsheet()
{
    const QString textDocument = m_dir.filePath(QStringLiteral("text.ods"));
    QVERIFY(writeZip(textDocument,
                     {{QStringLiteral("content.xml"),
                       QByteArrayLiteral("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                                         " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">"
                                         "<office:body><office:text><text:p>Dear Sir</text:p></office:text></office:body>"
                                         "</office:document-content>")}}));
    QString error;
    readAllSheets(textDocument, &error);
    QCOMPARE(error, textDocument + QStringLiteral(": not an OpenDocument spreadsheet (content.xml holds no spreadsheet)"));

    const QString otherXml = m_dir.filePath(QStringLiteral("other-xml.ods"));
    QVERIFY(writeZip(otherXml, {{QStringLiteral("content.xml"), QByteArrayLiteral("<html><body/></html>")}}));
    OdsReader reader(otherXml);
    QVERIFY(!reader.open());
    QCOMPARE(reader.errorString(),
             otherXml + QStringLiteral(": not an OpenDocument spreadsheet (content.xml is not OpenDocument content)"));
}

void TestOdsReader::malformedXmlNamesLine()
{
    // The mismatched end tag is on the document's line `line`.
    const QByteArray head = documentHead() + "<table:table table:name=\"Locations\">\n" + row(cell("fine"));
    const int line = head.count('\n') + 1;
    const QString path = writeOds(head + "<table:table-row><table:table-cell><text:p>broken</table:table-cell></table:table-row>\n"
                                  + "</table:table>\n" + documentTail());

    OdsReader reader(path);
    QVERIFY2(reader.open(), qPrintable(reader.errorString()));
    QVERIFY(reader.nextSheet());
    QStringList cells;
    QVERIFY(reader.readRow(&cells));
    QCOMPARE(cells, QStringList{QStringLiteral("fine")});
    QVERIFY(!reader.readRow(&cells));
    QVERIFY(reader.hasError());
    const QString error = reader.errorString();
    QVERIFY2(error.startsWith(path + QStringLiteral(": damaged spreadsheet: ")), qPrintable(error));
    QVERIFY2(error.endsWith(QStringLiteral(" at line %1").arg(line)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("tag mismatch")), qPrintable(error));
    QVERIFY(!reader.readRow(&cells));
    QVERIFY(!reader.nextSheet());
    QCOMPARE(reader.errorString(), error); // the first error is kept

    // Cut off mid-document: the parser reports a premature end.
    const QString truncatedXml = writeOds(head);
    QString truncatedError;
    readAllSheets(truncatedXml, &truncatedError);
    QVERIFY2(truncatedError.startsWith(truncatedXml + QStringLiteral(": damaged spreadsheet: Premature end of document at line ")),
             qPrintable(truncatedError));
}

void TestOdsReader::truncatedArchive()
{
    QByteArray rows;
    for (int i = 0; i < 2000; ++i)
        rows += row(cell("1-" + QByteArray::number(i * 7919)) + cell("Location " + QByteArray::number(i)));
    const QString path = writeOds(document(sheet("Locations", rows) + sheet("Providers", row(cell("p")))));
    QFile whole(path);
    QVERIFY(whole.open(QIODevice::ReadOnly));
    const QByteArray bytes = whole.readAll();
    whole.close();
    QString error;
    QCOMPARE(readAllSheets(path, &error).size(), 2); // the original is fine
    QCOMPARE(error, QString());

    const QString half = m_dir.filePath(QStringLiteral("half.ods"));
    QFile out(half);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes.left(bytes.size() / 2));
    out.close();
    OdsReader reader(half);
    QVERIFY(!reader.open());
    QVERIFY(reader.hasError());
    QVERIFY2(reader.errorString().startsWith(half + QStringLiteral(": damaged spreadsheet: the zip archive is truncated or corrupt")),
             qPrintable(reader.errorString()));

    // Wherever the cut falls, the result is an error, never a crash or a
    // silently short read.
    for (int eighths = 1; eighths < 8; ++eighths) {
        const QString cut = m_dir.filePath(QStringLiteral("cut-%1.ods").arg(eighths));
        QFile f(cut);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes.left(bytes.size() * eighths / 8));
        f.close();
        readAllSheets(cut, &error);
        QVERIFY2(error.startsWith(cut + QStringLiteral(": damaged spreadsheet: ")), qPrintable(cut + u' ' + error));
    }
}

void TestOdsReader::corruptCompressedContent()
{
    // Varied text so that the compressed stream is long and the middle of
    // the file lies well inside content.xml's data.
    QByteArray rows;
    for (int i = 0; i < 4000; ++i)
        rows += row(cell("1-" + QByteArray::number(quint64(i) * 2654435761u % 1000003)) + cell(QByteArray::number(i * i)));
    const QString path = writeOds(document(sheet("Locations", rows)));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 middle = file.size() / 2;
    QVERIFY(file.seek(middle));
    file.write(QByteArray(64, '\xa5'));
    file.close();

    OdsReader reader(path);
    QVERIFY2(reader.open(), qPrintable(reader.errorString())); // the central directory is intact
    QVERIFY(reader.nextSheet());
    QStringList cells;
    qint64 rowsRead = 0;
    while (reader.readRow(&cells))
        ++rowsRead;
    QVERIFY(rowsRead < 4000);
    QVERIFY(reader.hasError());
    QVERIFY2(reader.errorString().startsWith(path + QStringLiteral(": damaged spreadsheet: ")),
             qPrintable(reader.errorString()));
    QVERIFY(!reader.nextSheet());
}

void TestOdsReader::checksumMismatchDetected()
{
    // Damage that still inflates to well-formed XML shows only in the CRC:
    // here the data is intact and the recorded CRC is wrong.
    const QString path = writeOds(document(sheet("Locations", row(cell("a")) + row(cell("b")))));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    const QByteArray name("content.xml");
    int patched = 0;
    // The CRC sits at offset 14 of a local header (name at 30) and at
    // offset 16 of a central directory header (name at 46).
    for (const auto &[signature, crcOffset, nameOffset] :
         {std::tuple(QByteArray("PK\x03\x04"), 14, 30), std::tuple(QByteArray("PK\x01\x02"), 16, 46)}) {
        for (qsizetype at = bytes.indexOf(signature); at >= 0; at = bytes.indexOf(signature, at + 1)) {
            if (bytes.mid(at + nameOffset, name.size()) != name)
                continue;
            for (int i = 0; i < 4; ++i)
                bytes[at + crcOffset + i] = char(bytes[at + crcOffset + i] ^ 0x5a);
            ++patched;
        }
    }
    QCOMPARE(patched, 2);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();

    OdsReader reader(path);
    QVERIFY2(reader.open(), qPrintable(reader.errorString()));
    QVERIFY(reader.nextSheet());
    QStringList cells;
    QVERIFY(reader.readRow(&cells));
    QVERIFY(reader.readRow(&cells));
    QVERIFY(!reader.readRow(&cells));
    QVERIFY(!reader.nextSheet());
    QVERIFY(reader.hasError());
    QVERIFY2(reader.errorString().startsWith(path + QStringLiteral(": damaged spreadsheet: content.xml fails its checksum")),
             qPrintable(reader.errorString()));
}

void TestOdsReader::hugeRepeatCountsRejected()
{
    // A damaged or hostile count must not make the reader allocate billions
    // of cells or loop for ever.
    const QString wideRow = writeOds(document(sheet(
            "Locations", row(cell("a") + "<table:table-cell table:number-columns-repeated=\"2000000000\" office:value-type=\"string\">"
                                         "<text:p>x</text:p></table:table-cell>"))));
    QString error;
    readAllSheets(wideRow, &error);
    QVERIFY2(error.startsWith(wideRow + QStringLiteral(": refused: sheet Locations, row 1: a cell is repeated 2000000000 times")),
             qPrintable(error));

    const QString manyRows = writeOds(document(sheet(
            "Locations", "<table:table-row table:number-rows-repeated=\"9000000000000\">" + cell("x") + "</table:table-row>")));
    readAllSheets(manyRows, &error);
    QVERIFY2(error.startsWith(manyRows + QStringLiteral(": refused: sheet Locations, row 1 is repeated 9000000000000 times")),
             qPrintable(error));
}

// Small files that unpack or expand to gigabytes (issue 10): each is refused
// by its limit with one line, and reading them stays within bounded memory.
void TestOdsReader::bombsRefused_data()
{
    QTest::addColumn<QByteArray>("head");      // content.xml up to the repeated part
    QTest::addColumn<QByteArray>("repeated");  // written `times` times
    QTest::addColumn<qint64>("times");
    QTest::addColumn<QByteArray>("tail");
    QTest::addColumn<QString>("message");      // after "<path>: refused: "

    const QByteArray sheetHead = documentHead() + "<table:table table:name=\"Locations\">\n";
    const QByteArray sheetTail = "</table:table>\n" + documentTail();
    const QByteArray cellHead = "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>";
    const QByteArray cellTail = "</text:p></table:table-cell></table:table-row>\n";

    QTest::newRow("spaces expanded by text:s") << sheetHead + cellHead << QByteArray("<text:s text:c=\"65536\"/>x")
                                               << qint64(3000) << cellTail + sheetTail
                                               << QStringLiteral("sheet Locations, row 1: a cell holds more than 32767 characters");
    QTest::newRow("a row of long cells")
        << sheetHead + "<table:table-row>"
        << QByteArray("<table:table-cell><text:p>x<text:s text:c=\"30000\"/>x</text:p></table:table-cell>") << qint64(40)
        << "</table:table-row>\n" + sheetTail
        << QStringLiteral("sheet Locations, row 1 holds more than 1048576 characters");
    QTest::newRow("one row repeated 16,777,000 times")
        << sheetHead << "<table:table-row table:number-rows-repeated=\"16777000\">" + cell("x") + "</table:table-row>\n"
        << qint64(1) << sheetTail << QStringLiteral("sheet Locations, row 1 is repeated 16777000 times (at most 1000)");
    QTest::newRow("a cell repeated across a row")
        << sheetHead + "<table:table-row>"
        << QByteArray("<table:table-cell table:number-columns-repeated=\"5000\"><text:p>x</text:p></table:table-cell>") << qint64(1)
        << "</table:table-row>\n" + sheetTail
        << QStringLiteral("sheet Locations, row 1: a cell is repeated 5000 times (at most 1000)");
    QTest::newRow("more rows than a spreadsheet has")
        << sheetHead << "<table:table-row table:number-rows-repeated=\"1000\">" + cell("x") + "</table:table-row>\n"
        << qint64(1049) << sheetTail << QStringLiteral("sheet Locations has more than 1048576 rows");
    QTest::newRow("8 MB of white space") << sheetHead + cellHead << QByteArray(1 << 16, ' ') << qint64(128)
                                         << cellTail + sheetTail
                                         << QStringLiteral("content.xml holds more than 1 MB of text or markup without a tag");
    QTest::newRow("100 MB of empty markup") << sheetHead + cellHead << QByteArray("<text:span/>").repeated(8192)
                                            << qint64(1100) << cellTail + sheetTail
                                            << QStringLiteral("content.xml unpacks to more than 200 times its packed size");
}

void TestOdsReader::bombsRefused()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, repeated);
    QFETCH(qint64, times);
    QFETCH(QByteArray, tail);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(QStringLiteral("bomb-%1.ods").arg(++m_files));
    const bool written = writeZip(
            path, {{QStringLiteral("mimetype"), odsMimetype}, {QStringLiteral("content.xml"), QByteArray()}},
            [&](QIODevice *out) {
                if (out->write(head) != head.size())
                    return false;
                for (qint64 i = 0; i < times; ++i) {
                    if (out->write(repeated) != repeated.size())
                        return false;
                }
                return out->write(tail) == tail.size();
            });
    QVERIFY(written);
    QVERIFY(QFileInfo(path).size() < 1024 * 1024); // the point: a small file

#ifdef Q_OS_LINUX
    QVERIFY(PeakMemory::reset());
    const qint64 peakBefore = PeakMemory::kilobytes();
#endif
    QString error;
    const QList<Sheet> sheets = readAllSheets(path, &error);
    QVERIFY2(error.startsWith(path + QStringLiteral(": refused: ") + message), qPrintable(error));
    QVERIFY2(!error.contains(u'\n'), qPrintable(error));
    qint64 rows = 0;
    for (const Sheet &s : sheets)
        rows += s.rows.size();
    QVERIFY2(rows <= 1048576, qPrintable(QString::number(rows)));
#ifdef Q_OS_LINUX
    // Not a timing check: the whole point of the limits is bounded memory.
    const qint64 grownKb = PeakMemory::kilobytes() - peakBefore;
    QVERIFY2(grownKb < 256 * 1024, qPrintable(QStringLiteral("peak memory grew by %1 kB").arg(grownKb)));
#endif
}


void TestOdsReader::bigSheetStreams()
{
    constexpr int rowCount = 50000;
    constexpr int columnCount = 10;
    const QString path = m_dir.filePath(QStringLiteral("big.ods"));
    qint64 contentBytes = 0;
    // Written a row at a time so that the test itself never holds the sheet.
    const bool written = writeZip(
            path, {{QStringLiteral("mimetype"), odsMimetype}, {QStringLiteral("content.xml"), QByteArray()}},
            [&](QIODevice *out) {
                QByteArray chunk = documentHead() + "<table:table table:name=\"Locations\">\n" + row(cell("ID") + cell("Name"));
                for (int r = 1; r < rowCount; ++r) {
                    QByteArray cells;
                    for (int c = 0; c < columnCount; ++c)
                        cells += cell("R" + QByteArray::number(r) + "C" + QByteArray::number(c));
                    chunk += row(cells);
                    if (chunk.size() > (1 << 16) || r == rowCount - 1) {
                        if (r == rowCount - 1)
                            chunk += emptyRemainder() + "</table:table>\n" + documentTail();
                        if (out->write(chunk) != chunk.size())
                            return false;
                        contentBytes += chunk.size();
                        chunk.clear();
                    }
                }
                return true;
            });
    QVERIFY(written);
    QVERIFY(contentBytes > 40 * 1024 * 1024);

#ifdef Q_OS_LINUX
    QVERIFY(PeakMemory::reset());
    const qint64 peakBefore = PeakMemory::kilobytes();
    QVERIFY(peakBefore > 0);
#endif

    OdsReader reader(path);
    QVERIFY2(reader.open(), qPrintable(reader.errorString()));
    QVERIFY(reader.progress() < 0.01);
    QVERIFY(reader.nextSheet());
    QCOMPARE(reader.sheetName(), QStringLiteral("Locations"));
    QStringList cells;
    qint64 rows = 0;
    double lastProgress = 0;
    bool progressMonotonic = true;
    bool shapesRight = true;
    QStringList lastRow;
    while (reader.readRow(&cells)) {
        ++rows;
        lastRow = cells;
        if (rows > 1 && cells.size() != columnCount)
            shapesRight = false;
        const double p = reader.progress();
        if (p < lastProgress || p > 1.0)
            progressMonotonic = false;
        lastProgress = p;
        if (rows == 25000) {
            QCOMPARE(cells.first(), QStringLiteral("R24999C0"));
            QVERIFY2(p > 0.4 && p < 0.6, qPrintable(QString::number(p)));
        }
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(rows, rowCount);
    QCOMPARE(reader.rowNumber(), rowCount);
    QVERIFY(shapesRight);
    QCOMPARE(lastRow.first(), QStringLiteral("R49999C0"));
    QCOMPARE(lastRow.last(), QStringLiteral("R49999C9"));
    QVERIFY(progressMonotonic);
    QVERIFY2(lastProgress > 0.99, qPrintable(QString::number(lastProgress)));
    QVERIFY(!reader.nextSheet());
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(reader.progress(), 1.0);

#ifdef Q_OS_LINUX
    // content.xml is over 40 MB; streaming must stay far below that.
    const qint64 growthKb = PeakMemory::kilobytes() - peakBefore;
    QVERIFY2(growthKb < 16 * 1024, qPrintable(QStringLiteral("peak memory grew by %1 kB").arg(growthKb)));
#endif
}

QTEST_GUILESS_MAIN(TestOdsReader)
#include "tst_odsreader.moc"
