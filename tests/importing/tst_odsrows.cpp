// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// OdsReader's sheets and rows: sheet order, repeated and empty rows and
// cells, row groups, merged (covered) cells and row numbers as a
// spreadsheet shows them.
#include "OdsFiles.h"

#include <QtTest>

using namespace OdsFiles;

class TestOdsRows : public QObject
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
    void coveredCells();

private:
    Folder m_ods;
};

void TestOdsRows::initTestCase()
{
    QVERIFY(m_ods.isValid());
}

void TestOdsRows::twoSheetsInOrder()
{
    const QString path = m_ods.writeOds(document(
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

void TestOdsRows::nextSheetSkipsUnreadRows()
{
    const QString path = m_ods.writeOds(document(
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

void TestOdsRows::repeatedCellsInMiddleOfRow()
{
    const QList<QStringList> rows = m_ods.rowsOfOnlySheet(row(
            cell("a")
            + "<table:table-cell table:number-columns-repeated=\"3\" office:value-type=\"string\"><text:p>x</text:p></table:table-cell>"
            + "<table:table-cell table:number-columns-repeated=\"2\"/>" + cell("b")
            + "<table:table-cell table:number-columns-repeated=\"1018\"/>"));
    QCOMPARE(show(rows), QStringLiteral("[a|x|x|x|||b]"));
    QCOMPARE(rows.first().size(), 7);
}

void TestOdsRows::trailingEmptyCellsNotExpanded()
{
    const QList<QStringList> rows = m_ods.rowsOfOnlySheet(
            row(cell("a") + cell("") + "<table:table-cell table:number-columns-repeated=\"16383\"/>")
            + row("<table:table-cell office:value-type=\"string\"><text:p/></table:table-cell>" + cell("b")
                  + "<table:table-cell table:style-name=\"ce1\" table:number-columns-repeated=\"5\"/>"));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0), QStringList{QStringLiteral("a")});
    QCOMPARE(rows.at(1), QStringList({QString(), QStringLiteral("b")}));
}

void TestOdsRows::repeatedRowsExpanded()
{
    QList<qint64> numbers;
    const QList<QStringList> rows = m_ods.rowsOfOnlySheet(
            row(cell("head"))
                    + "<table:table-row table:number-rows-repeated=\"3\">" + cell("same") + cell("row")
                    + "<table:table-cell table:number-columns-repeated=\"1021\"/></table:table-row>\n"
                    + row(cell("tail")),
            &numbers);
    QCOMPARE(show(rows), QStringLiteral("[head] [same|row] [same|row] [same|row] [tail]"));
    QCOMPARE(numbers, QList<qint64>({1, 2, 3, 4, 5}));
}

void TestOdsRows::trailingEmptyRowsNotEmitted()
{
    QList<qint64> numbers;
    const QList<QStringList> rows = m_ods.rowsOfOnlySheet(
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

void TestOdsRows::emptyRowsBetweenDataRows()
{
    QList<qint64> numbers;
    const QList<QStringList> rows = m_ods.rowsOfOnlySheet(
            row(cell("a")) + row("<table:table-cell table:number-columns-repeated=\"1024\"/>")
                    + "<table:table-row table:number-rows-repeated=\"2\"><table:table-cell/></table:table-row>\n"
                    + row(cell("b")) + emptyRemainder(),
            &numbers);
    QCOMPARE(show(rows), QStringLiteral("[a] [] [] [] [b]"));
    QCOMPARE(rows.at(1), QStringList());
    QCOMPARE(numbers, QList<qint64>({1, 2, 3, 4, 5}));
}

void TestOdsRows::rowGroupsAndHeaderRows()
{
    // Rows may sit inside header-row and (nested) row-group containers.
    const QList<QStringList> rows = m_ods.rowsOfOnlySheet(
            "<table:table-header-rows>" + row(cell("header")) + "</table:table-header-rows>"
            + "<table:table-row-group>" + row(cell("g1"))
            + "<table:table-row-group>" + row(cell("g2")) + "</table:table-row-group>"
            + "<text:soft-page-break/>"
            + "</table:table-row-group>"
            + "<table:table-rows>" + row(cell("r")) + "</table:table-rows>" + row(cell("last")));
    QCOMPARE(show(rows), QStringLiteral("[header] [g1] [g2] [r] [last]"));
}

void TestOdsRows::rowNumberCounting()
{
    const QString path = m_ods.writeOds(document(sheet(
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

void TestOdsRows::coveredCells()
{
    const QList<QStringList> rows = m_ods.rowsOfOnlySheet(
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

QTEST_GUILESS_MAIN(TestOdsRows)
#include "tst_odsrows.moc"
