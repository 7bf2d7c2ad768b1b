// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// OdsReader's limits and streaming: hostile repeat counts and small files
// that expand to gigabytes are refused in one line, and a big sheet is read
// in bounded memory (peak memory measured, so tests/sanitize.sh runs this
// suite with a small ASan quarantine).
#include "OdsFiles.h"
#include "PeakMemory.h"

#include <QFileInfo>
#include <QtTest>

using namespace OdsFiles;

class TestOdsLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void hugeRepeatCountsRejected();
    void bombsRefused_data();
    void bombsRefused();
    void bigSheetStreams();

private:
    Folder m_ods;
};

void TestOdsLimits::initTestCase()
{
    QVERIFY(m_ods.isValid());
}

void TestOdsLimits::hugeRepeatCountsRejected()
{
    // A damaged or hostile count must not make the reader allocate billions
    // of cells or loop for ever.
    const QString wideRow = m_ods.writeOds(document(sheet(
            "Locations", row(cell("a") + "<table:table-cell table:number-columns-repeated=\"2000000000\" office:value-type=\"string\">"
                                         "<text:p>x</text:p></table:table-cell>"))));
    QString error;
    readAllSheets(wideRow, &error);
    QVERIFY2(error.startsWith(wideRow + QStringLiteral(": refused: sheet Locations, row 1: a cell is repeated 2000000000 times")),
             qPrintable(error));

    const QString manyRows = m_ods.writeOds(document(sheet(
            "Locations", "<table:table-row table:number-rows-repeated=\"9000000000000\">" + cell("x") + "</table:table-row>")));
    readAllSheets(manyRows, &error);
    QVERIFY2(error.startsWith(manyRows + QStringLiteral(": refused: sheet Locations, row 1 is repeated 9000000000000 times")),
             qPrintable(error));
}

// Small files that unpack or expand to gigabytes (issue 10): each is refused
// by its limit with one line, and reading them stays within bounded memory.
void TestOdsLimits::bombsRefused_data()
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

void TestOdsLimits::bombsRefused()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, repeated);
    QFETCH(qint64, times);
    QFETCH(QByteArray, tail);
    QFETCH(QString, message);
    const QString path = m_ods.filePath(QStringLiteral("bomb-%1.ods").arg(m_ods.nextNumber()));
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

void TestOdsLimits::bigSheetStreams()
{
    constexpr int rowCount = 50000;
    constexpr int columnCount = 10;
    const QString path = m_ods.filePath(QStringLiteral("big.ods"));
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

QTEST_GUILESS_MAIN(TestOdsLimits)
#include "tst_odslimits.moc"
