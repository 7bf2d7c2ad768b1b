// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// OdsReader's text of one cell: value types, paragraphs, spaces, spans and
// links, and what is not the cell's text (annotations, frames).
#include "OdsFiles.h"

#include <QtTest>

using namespace OdsFiles;

class TestOdsCells : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void dateCellsGiveIsoDate();
    void otherTypesGiveTheirText();
    void valueWithoutTextFallsBackToValue();
    void multiParagraphCell();
    void spacesTabsAndLineBreaks();
    void whiteSpaceCollapsed();
    void spanAndLinkTextIncluded();
    void annotationsAndFramesExcluded();

private:
    Folder m_ods;
};

void TestOdsCells::initTestCase()
{
    QVERIFY(m_ods.isValid());
}

void TestOdsCells::dateCellsGiveIsoDate()
{
    const QList<QStringList> rows = m_ods.rowsOfOnlySheet(row(
            "<table:table-cell table:style-name=\"ce3\" office:value-type=\"date\" office:date-value=\"2023-04-05\""
            " calcext:value-type=\"date\"><text:p>05/04/2023</text:p></table:table-cell>"
            "<table:table-cell office:value-type=\"date\" office:date-value=\"2021-12-31T13:45:00\">"
            "<text:p>31 December 2021 13:45</text:p></table:table-cell>"
            "<table:table-cell office:value-type=\"date\" office:date-value=\"1999-01-02\"/>"));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first(),
             QStringList({QStringLiteral("2023-04-05"), QStringLiteral("2021-12-31"), QStringLiteral("1999-01-02")}));
}

void TestOdsCells::otherTypesGiveTheirText()
{
    const QList<QStringList> rows = m_ods.rowsOfOnlySheet(row(
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

void TestOdsCells::valueWithoutTextFallsBackToValue()
{
    const QList<QStringList> rows = m_ods.rowsOfOnlySheet(row(
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

void TestOdsCells::multiParagraphCell()
{
    const QList<QStringList> rows = m_ods.rowsOfOnlySheet(row(
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

void TestOdsCells::spacesTabsAndLineBreaks()
{
    const QList<QStringList> rows = m_ods.rowsOfOnlySheet(row(
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

void TestOdsCells::whiteSpaceCollapsed()
{
    // Literal white space in a paragraph collapses as in HTML (ODF 1.2
    // part 1, 6.1.2), so pretty-printed XML reads as the author meant.
    const QList<QStringList> rows = m_ods.rowsOfOnlySheet(row(
            "<table:table-cell office:value-type=\"string\">\n  <text:p>\n    Good\t and\r\n   safe  \n  </text:p>\n"
            "</table:table-cell>"
            + cell("a <text:span> b </text:span> c")));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first(), QStringList({QStringLiteral("Good and safe"), QStringLiteral("a b c")}));
}

void TestOdsCells::spanAndLinkTextIncluded()
{
    const QList<QStringList> rows = m_ods.rowsOfOnlySheet(row(
            cell("Requires <text:span text:style-name=\"T1\">improvement <text:span text:style-name=\"T2\">now</text:span></text:span>")
            + cell("See <text:a xlink:type=\"simple\" xlink:href=\"https://www.cqc.org.uk/location/1-101\">the report</text:a>.")
            + cell("&lt;escaped &amp; entities&gt;")));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first(),
             QStringList({QStringLiteral("Requires improvement now"), QStringLiteral("See the report."),
                          QStringLiteral("<escaped & entities>")}));
}

void TestOdsCells::annotationsAndFramesExcluded()
{
    const QList<QStringList> rows = m_ods.rowsOfOnlySheet(row(
            "<table:table-cell office:value-type=\"string\"><office:annotation><dc:date>2024-01-01T00:00:00</dc:date>"
            "<text:p>a reviewer's comment</text:p></office:annotation><text:p>Good</text:p></table:table-cell>"
            "<table:table-cell office:value-type=\"string\"><draw:frame><draw:text-box><text:p>caption</text:p>"
            "</draw:text-box></draw:frame><text:p>Outstanding</text:p></table:table-cell>"));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first(), QStringList({QStringLiteral("Good"), QStringLiteral("Outstanding")}));
}

QTEST_GUILESS_MAIN(TestOdsCells)
#include "tst_odscells.moc"
