// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// What OdsReader's own XML scanner (OdsXmlScanner) must get right beyond
// the other tst_ods suites: entities, text:s counts, repeats, nested spans,
// self-closing cells, namespaces by URI rather than prefix, CDATA and
// comments, UTF-8 counted as QString counts, and well-formedness errors.
// Every file is read with chunks of 1, 2, 3, 7, 64 and 4096 bytes as well as
// the default, so that every token falls across a chunk boundary somewhere,
// and must give the same rows and the same error each time.
#include "OdsFiles.h"

#include <importing/OdsInflater.h>
#include <importing/OdsLimits.h>

#include <QtTest>

#include <memory>

using namespace OdsFiles;

namespace {

struct Result
{
    QList<QStringList> rows;
    QString error;
};

constexpr size_t chunkSizes[] = {1, 2, 3, 7, 64, 4096, 0};

// Reads the only sheet at every chunk size; fails the test if two sizes
// disagree. The result is the default size's.
Result readEverySize(const QString &path, size_t smallest = 1)
{
    Result first;
    bool haveFirst = false;
    for (size_t size : chunkSizes) {
        if (size != 0 && size < smallest)
            continue;
        OdsInflater::setChunkSizeForTesting(size);
        Result r;
        const QList<Sheet> sheets = readAllSheets(path, &r.error);
        for (const Sheet &s : sheets)
            r.rows += s.rows;
        if (!haveFirst) {
            first = r;
            haveFirst = true;
        } else if (r.rows != first.rows || r.error != first.error) {
            QTest::qFail(qPrintable(QStringLiteral("chunks of %1 bytes give %2 / \"%3\", chunks of 1 give %4 / \"%5\"")
                                            .arg(size)
                                            .arg(show(r.rows), r.error, show(first.rows), first.error)),
                         __FILE__, __LINE__);
        }
    }
    OdsInflater::setChunkSizeForTesting(0);
    return first;
}

} // namespace

class TestOdsScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup() { OdsInflater::setChunkSizeForTesting(0); }

    void cellText_data();
    void cellText();
    void namespacesByUriNotPrefix();
    void sheetNameAndTypedValuesDecoded();
    void charactersCountedAsQString();
    void malformed_data();
    void malformed();
    void mismatchLineAtEveryChunkSize();
    void destroyedMidFile();

private:
    QString readOne(const QByteArray &rows, QString *error);
    Folder m_ods;
};

void TestOdsScanner::initTestCase()
{
    QVERIFY(m_ods.isValid());
}

void TestOdsScanner::cellText_data()
{
    QTest::addColumn<QByteArray>("rows");
    QTest::addColumn<QString>("expected"); // show() of the rows

    QTest::newRow("entities") << row(cell("&amp;&lt;&gt;&quot;&apos; &#65;&#x42;C? &#x20AC;&#128512;"))
                              << QString::fromUtf8("[&<>\"' ABC? \u20AC\U0001F600]");
    QTest::newRow("character references to white space collapse")
            << row(cell("a&#32;&#32;&#x9;b&#10;") + cell("&#160;c")) << QString::fromUtf8("[a b|\u00A0c]");
    QTest::newRow("text:s counts") << row(cell("a<text:s/>b<text:s text:c=\"1\"/>c<text:s text:c=\"4\"/>d")
                                          + cell("<text:s text:c=\"0\"/>e<text:s text:c=\"x\"/>f<text:s text:c=\"&#50;\"/>g"))
                                   << QStringLiteral("[a b c    d| e f  g]");
    QTest::newRow("repeated cells and rows")
            << row(cell("a") + "<table:table-cell table:number-columns-repeated=\"2\"><text:p>b</text:p></table:table-cell>"
                   + "<table:table-cell table:number-columns-repeated=\"3\"/>" + cell("c"))
                       + "<table:table-row table:number-rows-repeated=\"2\">" + cell("r") + "</table:table-row>"
                       + "<table:table-row table:number-rows-repeated=\"3\"><table:table-cell/></table:table-row>" + row(cell("z"))
            << QStringLiteral("[a|b|b||||c] [r] [r] [] [] [] [z]");
    QTest::newRow("nested spans and links")
            << row(cell("<text:span>o<text:span>u<text:a xlink:href=\"x\">t<text:span>s</text:span></text:a></text:span>ide</text:span>"))
            << QStringLiteral("[outside]");
    QTest::newRow("self-closing cells and paragraphs")
            << row("<table:table-cell/><table:table-cell office:value-type=\"string\"><text:p/></table:table-cell>"
                   "<table:table-cell office:value-type=\"string\"><text:p/><text:p>x</text:p></table:table-cell>"
                   "<table:table-cell  office:value-type = 'float'  office:value='3' />")
            << QStringLiteral("[||\nx|3]");
    QTest::newRow("CDATA, comments and instructions")
            << row("<!-- a comment <with> markup --><table:table-cell><text:p><![CDATA[a < b & c]]> d<!--x--></text:p>"
                   "</table:table-cell><?processing instruction?>" + cell("e"))
            << QStringLiteral("[a < b & c d|e]");
    QTest::newRow("white space in tags and between cells")
            << QByteArray("<table:table-row\n table:style-name=\"ro1\"\t>\n  <table:table-cell\r\n>\n<text:p\n>x</text:p\n>\n"
                          "</table:table-cell >\n</table:table-row>\n")
            << QStringLiteral("[x]");
    QTest::newRow("UTF-8 text") << row(cell("Caf\xc3\xa9 \xe4\xb8\xad \xf0\x9f\x98\x80"))
                                << QString::fromUtf8("[Caf\u00E9 \u4E2D \U0001F600]");
}

void TestOdsScanner::cellText()
{
    QFETCH(QByteArray, rows);
    QFETCH(QString, expected);
    const QString path = m_ods.writeOds(document(sheet("Locations", rows)));
    const Result r = readEverySize(path);
    QCOMPARE(r.error, QString());
    QCOMPARE(show(r.rows), expected);
}

void TestOdsScanner::namespacesByUriNotPrefix()
{
    // The same document with other prefixes, one namespace redeclared on an
    // inner element and a default namespace: names are matched by URI.
    const QByteArray content =
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            "<o:document-content xmlns:o=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">"
            "<o:body><o:spreadsheet><t:table xmlns:t=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" t:name=\"Sheet\">"
            "<t:table-row><t:table-cell><table:p>text in 'table:'</table:p></t:table-cell>"
            "<t:table-cell t:number-columns-repeated=\"2\" xmlns:table=\"urn:example:other\">"
            "<table:p>ignored</table:p></t:table-cell>"
            "<table-cell xmlns=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"><p xmlns=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">d</p></table-cell>"
            "</t:table-row></t:table></o:spreadsheet></o:body></o:document-content>";
    const Result r = readEverySize(m_ods.writeOds(content));
    QCOMPARE(r.error, QString());
    QCOMPARE(show(r.rows), QStringLiteral("[text in 'table:'|||d]"));
}

void TestOdsScanner::sheetNameAndTypedValuesDecoded()
{
    const QString path = m_ods.writeOds(document(
            sheet("A &amp; B&#x2019;s", row("<table:table-cell office:value-type=\"string\" office:string-value=\"x&lt;y\n z\"/>"
                                             "<table:table-cell office:value-type=\"date\" office:date-value=\"2024-02-&#50;9T10:00\"/>"))));
    for (size_t size : chunkSizes) {
        OdsInflater::setChunkSizeForTesting(size);
        QString error;
        const QList<Sheet> sheets = readAllSheets(path, &error);
        QCOMPARE(error, QString());
        QCOMPARE(sheets.size(), 1);
        QCOMPARE(sheets.first().name, QString::fromUtf8("A & B\u2019s"));
        QCOMPARE(show(sheets.first().rows), QStringLiteral("[x<y  z|2024-02-29]"));
    }
}

void TestOdsScanner::charactersCountedAsQString()
{
    // 30,000 three-byte characters are 90,000 bytes but 30,000 characters:
    // within the limit, which counts what the cell holds, not its bytes.
    // (The text is longer than the room in front of a chunk, so the scanner
    // merges chunks to hold it.)
    const QByteArray e = "\xc3\xa9";
    const qint64 max = OdsLimits::maxCellCharacters;
    Result r = readEverySize(m_ods.writeOds(document(sheet("Locations", row(cell(QByteArray("\xe4\xb8\xad").repeated(30000)))))), 64);
    QCOMPARE(r.error, QString());
    QCOMPARE(r.rows.size(), 1);
    QCOMPARE(r.rows.first().first(), QString(30000, QChar(0x4E2D)));
    // Exactly at the limit with a four-byte character (two UTF-16 units).
    const QByteArray atLimit = "\xf0\x9f\x98\x80" + QByteArray(max - 2, 'a');
    r = readEverySize(m_ods.writeOds(document(sheet("Locations", row(cell(atLimit))))));
    QCOMPARE(r.error, QString());
    QCOMPARE(r.rows.first().first().size(), max);
    const QString over = m_ods.writeOds(document(sheet("Locations", row(cell(atLimit + e)))));
    r = readEverySize(over);
    QCOMPARE(r.error, over + QStringLiteral(": refused: sheet Locations, row 1: a cell holds more than 32767 characters "
                                            "(a real CQC file is far below this limit)"));
}

void TestOdsScanner::malformed_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason"); // after ": damaged spreadsheet: "

    const QByteArray head = documentHead() + "<table:table table:name=\"Locations\">\n";
    const QByteArray tail = "</table:table>\n" + documentTail();
    const int line = head.count('\n') + 1;
    const auto at = [line](const char *reason) { return QStringLiteral("%1 at line %2").arg(QLatin1StringView(reason)).arg(line); };
    QTest::newRow("unknown entity") << head + row(cell("a &nbsp; b")) + tail << at("Entity 'nbsp' not declared");
    QTest::newRow("bare ampersand") << head + row(cell("a & b")) + tail << at("Invalid entity or character reference");
    QTest::newRow("reference to no character") << head + row(cell("&#1;")) + tail << at("Invalid entity or character reference");
    QTest::newRow("bad entity in an attribute")
            << head + row("<table:table-cell table:style-name=\"a&b\"/>") + tail << at("Invalid entity or character reference");
    QTest::newRow("unquoted attribute")
            << head + row("<table:table-cell table:number-columns-repeated=2/>") + tail << at("Expected a quoted attribute value");
    QTest::newRow("'<' in an attribute") << head + row("<table:table-cell table:style-name=\"<\"/>") + tail
                                         << at("'<' in an attribute value");
    QTest::newRow("undeclared prefix") << head + row("<tabel:table-cell/>") + tail << at("Namespace prefix 'tabel' not declared");
    QTest::newRow("unclosed tag") << head + row(cell("x")).replace("</table:table-row>", "") + tail
                                  << QStringLiteral("Opening and ending tag mismatch at line %1").arg(line + 1);
    QTest::newRow("control character") << head + row(cell("a\x01" "b")) + tail << at("Invalid XML character");
    QTest::newRow("invalid UTF-8") << head + row(cell("a\xc3(b")) + tail << at("Encountered incorrectly encoded content");
    QTest::newRow("cut inside an attribute")
            << head + "<table:table-row><table:table-cell office:value-type=\"str" << QStringLiteral("Premature end of document at line %1").arg(line);
    QTest::newRow("cut inside an end tag")
            << head + row(cell("x")) + "</table:tab" << QStringLiteral("Premature end of document at line %1").arg(line + 1);
    const QByteArray whole = document(sheet("Locations", row(cell("x"))));
    QTest::newRow("a second root element") << whole + "<office:document-content/>"
                                           << QStringLiteral("Extra content at end of document at line %1")
                                                      .arg(whole.count('\n') + 1);
}

void TestOdsScanner::malformed()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    const QString path = m_ods.writeOds(content);
    const Result r = readEverySize(path);
    QCOMPARE(r.error, path + QStringLiteral(": damaged spreadsheet: ") + reason);
}

void TestOdsScanner::mismatchLineAtEveryChunkSize()
{
    // Lines counted across chunks: the error is on line 5000 + the head's.
    QByteArray rows;
    for (int i = 0; i < 5000; ++i)
        rows += row(cell("1-" + QByteArray::number(i)));
    const QByteArray head = documentHead() + "<table:table table:name=\"Locations\">\n" + rows;
    const QString path = m_ods.writeOds(head + "<table:table-row><text:p>x</table:table-row>\n</table:table>\n" + documentTail());
    OdsInflater::setChunkSizeForTesting(7);
    QString error;
    const QList<Sheet> sheets = readAllSheets(path, &error);
    QCOMPARE(sheets.size(), 1);
    QCOMPARE(sheets.first().rows.size(), 5000);
    QCOMPARE(error, path + QStringLiteral(": damaged spreadsheet: Opening and ending tag mismatch at line %1")
                                   .arg(head.count('\n') + 1));
}

void TestOdsScanner::destroyedMidFile()
{
    // The inflating thread is ahead of the reader, or waiting for room in
    // its queue: destroying the reader must stop it, not hang or crash.
    QByteArray rows;
    for (int i = 0; i < 40000; ++i)
        rows += row(cell("1-" + QByteArray::number(i * 7919)) + cell("Location " + QByteArray::number(i)));
    const QString path = m_ods.writeOds(document(sheet("Locations", rows)));
    for (size_t size : {size_t(64), size_t(0)}) {
        OdsInflater::setChunkSizeForTesting(size);
        for (int readRows : {0, 1, 100, 20000}) {
            auto reader = std::make_unique<OdsReader>(path);
            QVERIFY(reader->open());
            if (readRows > 0) {
                QVERIFY(reader->nextSheet());
                QStringList cells;
                for (int i = 0; i < readRows; ++i)
                    QVERIFY(reader->readRow(&cells));
                QCOMPARE(cells.first(), QStringLiteral("1-%1").arg(qint64(readRows - 1) * 7919));
            }
            reader.reset();
        }
    }
}

QTEST_GUILESS_MAIN(TestOdsScanner)
#include "tst_odsscanner.moc"
