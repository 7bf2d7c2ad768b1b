// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// CsvReader on well-formed input: fields, quoting, empty fields, line ends,
// BOMs, separators and the line each record starts on.
#include "CsvParse.h"

#include <QBuffer>
#include <QtTest>

using namespace CsvParse;

class TestCsvFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void simpleRows();
    void emptyInput_data();
    void emptyInput();
    void bom_data();
    void bom();
    void lineEnds_data();
    void lineEnds();
    void quotedFields_data();
    void quotedFields();
    void emptyFields_data();
    void emptyFields();
    void lastLineWithoutLineEnd();
    void blankLines();
    void separators_data();
    void separators();
    void recordLineAcrossMultiLineRecords();
    void bytesReadTracksConsumption();
    void nonAsciiRoundTrip();
};

void TestCsvFields::simpleRows()
{
    const Parsed p = parse("a,b,c\n1,2,3\nx,y,z\n");
    QCOMPARE(p.error, QString());
    const Records expected = {{"a", "b", "c"}, {"1", "2", "3"}, {"x", "y", "z"}};
    QCOMPARE(p.records, expected);
    QCOMPARE(p.lines, (QList<qint64>{1, 2, 3}));
}

void TestCsvFields::emptyInput_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("nothing") << QByteArray();
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF");
}

void TestCsvFields::emptyInput()
{
    QFETCH(QByteArray, data);
    const Parsed p = parse(data);
    QCOMPARE(p.error, QString());
    QCOMPARE(p.records.size(), 0);
    QCOMPARE(p.bytesRead, qint64(data.size()));
}

void TestCsvFields::bom_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<Records>("expected");
    const Records rows = {{"Location ID", "Name"}, {"1-101", "Ward"}};
    QTest::newRow("no BOM") << QByteArray("Location ID,Name\r\n1-101,Ward\r\n") << rows;
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBFLocation ID,Name\r\n1-101,Ward\r\n") << rows;
    QTest::newRow("BOM before quoted field")
        << QByteArray("\xEF\xBB\xBF\"Location ID\",Name\r\n1-101,Ward\r\n") << rows;
    // A BOM at the start of a later field (two exports concatenated) is
    // dropped too: QString::fromUtf8 skips it, which is what we want.
    QTest::newRow("BOM at a later field start")
        << QByteArray("a\n\xEF\xBB\xBF" "b,\xEF\xBB\xBF" "c\n")
        << Records{{"a"}, {"b", "c"}};
    // Inside a field it is data (U+FEFF, zero-width no-break space).
    QTest::newRow("U+FEFF inside a field")
        << QByteArray("a\xEF\xBB\xBF" "b\n")
        << Records{{QLatin1Char('a') + QString(QChar(0xFEFF)) + QLatin1Char('b')}};
}

void TestCsvFields::bom()
{
    QFETCH(QByteArray, data);
    QFETCH(Records, expected);
    const Parsed p = parse(data);
    QCOMPARE(p.error, QString());
    QCOMPARE(p.records, expected);
    QCOMPARE(p.bytesRead, qint64(data.size()));
}

void TestCsvFields::lineEnds_data()
{
    QTest::addColumn<QByteArray>("data");
    const Records expected = {{"a", "b"}, {"c", "d"}, {"e", "f"}};
    QTest::newRow("LF") << QByteArray("a,b\nc,d\ne,f\n");
    QTest::newRow("CRLF") << QByteArray("a,b\r\nc,d\r\ne,f\r\n");
    QTest::newRow("CR") << QByteArray("a,b\rc,d\re,f\r");
    QTest::newRow("mixed") << QByteArray("a,b\r\nc,d\ne,f\r\n");
    QTest::newRow("CRLF after quoted") << QByteArray("\"a\",\"b\"\r\n\"c\",\"d\"\r\n\"e\",\"f\"\r\n");
}

void TestCsvFields::lineEnds()
{
    QFETCH(QByteArray, data);
    const Parsed p = parse(data);
    QCOMPARE(p.error, QString());
    QCOMPARE(p.records, (Records{{"a", "b"}, {"c", "d"}, {"e", "f"}}));
    QCOMPARE(p.lines, (QList<qint64>{1, 2, 3}));
}

void TestCsvFields::quotedFields_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("separator inside") << QByteArray("\"Smith, Jones\",x\n")
                                      << QStringList{"Smith, Jones", "x"};
    QTest::newRow("doubled quotes") << QByteArray("\"He said \"\"no\"\"\",x\n")
                                    << QStringList{"He said \"no\"", "x"};
    QTest::newRow("only a doubled quote") << QByteArray("\"\"\"\"\n") << QStringList{"\""};
    QTest::newRow("embedded LF") << QByteArray("\"line 1\nline 2\",x\n")
                                 << QStringList{"line 1\nline 2", "x"};
    QTest::newRow("embedded CRLF") << QByteArray("\"line 1\r\nline 2\r\nline 3\",x\r\n")
                                   << QStringList{"line 1\nline 2\nline 3", "x"};
    QTest::newRow("embedded lone CR kept") << QByteArray("\"a\rb\",x\n")
                                           << QStringList{"a\rb", "x"};
    QTest::newRow("everything") << QByteArray("\"a,\"\"b\"\"\r\nc\",\"\"\r\n")
                                << QStringList{"a,\"b\"\nc", ""};
    QTest::newRow("quote inside unquoted field is literal")
        << QByteArray("5\" tall,x\n") << QStringList{"5\" tall", "x"};
    QTest::newRow("quoted last field at EOF") << QByteArray("x,\"a,b\"")
                                              << QStringList{"x", "a,b"};
}

void TestCsvFields::quotedFields()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, expected);
    const Parsed p = parse(data);
    QCOMPARE(p.error, QString());
    QCOMPARE(p.records, Records{expected});
}

void TestCsvFields::emptyFields_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("trailing separator") << QByteArray("a,b,\n") << QStringList{"a", "b", ""};
    QTest::newRow("trailing separator at EOF") << QByteArray("a,b,") << QStringList{"a", "b", ""};
    QTest::newRow("middle") << QByteArray("a,,b\n") << QStringList{"a", "", "b"};
    QTest::newRow("leading") << QByteArray(",a\n") << QStringList{"", "a"};
    QTest::newRow("only separators") << QByteArray(",,\n") << QStringList{"", "", ""};
    QTest::newRow("quoted empty") << QByteArray("\"\",a,\"\"\n") << QStringList{"", "a", ""};
    QTest::newRow("trailing separator CRLF") << QByteArray("a,b,\r\n") << QStringList{"a", "b", ""};
}

void TestCsvFields::emptyFields()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, expected);
    const Parsed p = parse(data);
    QCOMPARE(p.error, QString());
    QCOMPARE(p.records, Records{expected});
}

void TestCsvFields::lastLineWithoutLineEnd()
{
    const QByteArray data("a,b\nc,d");
    const Parsed p = parse(data);
    QCOMPARE(p.error, QString());
    QCOMPARE(p.records, (Records{{"a", "b"}, {"c", "d"}}));
    QCOMPARE(p.lines, (QList<qint64>{1, 2}));
    QCOMPARE(p.bytesRead, qint64(data.size()));

    // The same with a trailing line end gives the same records: the line end
    // closes the last record and no empty record follows it.
    QCOMPARE(parse("a,b\nc,d\n").records, p.records);
    QCOMPARE(parse("a,b\r\nc,d\r\n").records, p.records);
}

void TestCsvFields::blankLines()
{
    // A blank line in the middle is a record with one empty field; skipping
    // it is the caller's decision.
    const Parsed p = parse("a,b\r\n\r\nc,d\r\n\nx\n");
    QCOMPARE(p.error, QString());
    QCOMPARE(p.records, (Records{{"a", "b"}, {""}, {"c", "d"}, {""}, {"x"}}));
    QCOMPARE(p.lines, (QList<qint64>{1, 2, 3, 4, 5}));
}

void TestCsvFields::separators_data()
{
    QTest::addColumn<char>("separator");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<Records>("expected");
    QTest::newRow("semicolon")
        << ';' << QByteArray("a;b,c;\"d;e\"\r\n1,5;2;\r\n")
        << Records{{"a", "b,c", "d;e"}, {"1,5", "2", ""}};
    QTest::newRow("tab")
        << '\t' << QByteArray("a\tb,c\t\"d\te\"\r\n1\t\t2\n")
        << Records{{"a", "b,c", "d\te"}, {"1", "", "2"}};
    QTest::newRow("comma leaves semicolons alone")
        << ',' << QByteArray("a;b,c\n") << Records{{"a;b", "c"}};
}

void TestCsvFields::separators()
{
    QFETCH(char, separator);
    QFETCH(QByteArray, data);
    QFETCH(Records, expected);
    const Parsed p = parse(data, separator);
    QCOMPARE(p.error, QString());
    QCOMPARE(p.records, expected);
}

void TestCsvFields::recordLineAcrossMultiLineRecords()
{
    const QByteArray data(
        "header,x\r\n"          // 1
        "a,1\r\n"               // 2
        "b,2\r\n"               // 3
        "c,3\r\n"               // 4
        "\"five\r\nsix\nseven\",4\r\n" // 5-7
        "e,5\r\n"               // 8
        "\r\n"                  // 9
        "f,\"x\n\ny\"\n"        // 10-12
        "g,7");                 // 13
    const Parsed p = parse(data);
    QCOMPARE(p.error, QString());
    QCOMPARE(p.records.size(), 9);
    QCOMPARE(p.records.at(4), (QStringList{"five\nsix\nseven", "4"}));
    QCOMPARE(p.records.at(7), (QStringList{"f", "x\n\ny"}));
    QCOMPARE(p.lines, (QList<qint64>{1, 2, 3, 4, 5, 8, 9, 10, 13}));

    // An error in the record after a multi-line one names the right line.
    const Parsed bad = parse("\"a\nb\nc\",1\n\"d\"e\n");
    QCOMPARE(bad.error, QStringLiteral("line 4: unexpected character after closing quote"));
}

void TestCsvFields::bytesReadTracksConsumption()
{
    QByteArray data("\xEF\xBB\xBF" "ab,c\r\n\"d\r\ne\",f\ng");
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QCOMPARE(reader.bytesRead(), 0);
    QStringList fields;
    QVERIFY(reader.readRecord(&fields));
    QCOMPARE(reader.bytesRead(), 3 + 6);
    QVERIFY(reader.readRecord(&fields));
    QCOMPARE(reader.bytesRead(), 3 + 6 + 9);
    QVERIFY(reader.readRecord(&fields));
    QCOMPARE(reader.bytesRead(), qint64(data.size()));
    QVERIFY(!reader.readRecord(&fields));
    QVERIFY(!reader.hasError());
    QCOMPARE(reader.bytesRead(), qint64(data.size()));
}

void TestCsvFields::nonAsciiRoundTrip()
{
    const QStringList row = {QStringLiteral("Caf\u00e9 M\u00fcller"),
                             QStringLiteral("St John\u2019s, Leeds"),
                             QStringLiteral("\u00c9cole \u201cquoted\u201d"),
                             QStringLiteral("\U0001F3E5 hospital")};
    QByteArray data;
    for (int i = 0; i < 3; ++i) {
        data += row.at(0).toUtf8() + ",\"" + row.at(1).toUtf8() + "\","
                + row.at(2).toUtf8() + ',' + row.at(3).toUtf8() + "\r\n";
    }
    const Parsed p = parse("\xEF\xBB\xBF" + data);
    QCOMPARE(p.error, QString());
    QCOMPARE(p.records, (Records{row, row, row}));
}

// Pure Core code: runs without a display or platform plugin.
QTEST_GUILESS_MAIN(TestCsvFields)
#include "tst_csvfields.moc"
