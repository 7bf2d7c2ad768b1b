// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// CsvReader on input it refuses: unterminated quotes, text after a closing
// quote, NUL bytes, text that is not UTF-8, the size limits and a device
// that is not open; each error names its line.
#include "CsvParse.h"

#include <QBuffer>
#include <QtTest>

using namespace CsvParse;

class TestCsvErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unterminatedQuote_data();
    void unterminatedQuote();
    void junkAfterClosingQuote_data();
    void junkAfterClosingQuote();
    void nulByte_data();
    void nulByte();
    void invalidUtf8IsAnError_data();
    void invalidUtf8IsAnError();
    void limitsRefused_data();
    void limitsRefused();
    void deviceNotOpen();
};

void TestCsvErrors::unterminatedQuote_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("goodRecords");
    QTest::addColumn<QString>("error");
    QTest::newRow("single line")
        << QByteArray("a,b\nc,\"never closed\n") << 1
        << "line 2: unterminated quoted field (opened on line 2)";
    QTest::newRow("runs to EOF over several lines")
        << QByteArray("a,b\r\nc,d\r\ne,\"open\r\nmore\r\nstill more") << 2
        << "line 5: unterminated quoted field (opened on line 3)";
    QTest::newRow("doubled quote at EOF is not a closing quote")
        << QByteArray("\"abc\"\"") << 0 << "line 1: unterminated quoted field (opened on line 1)";
    QTest::newRow("lone opening quote at EOF")
        << QByteArray("x\ny,\"") << 1 << "line 2: unterminated quoted field (opened on line 2)";
}

void TestCsvErrors::unterminatedQuote()
{
    QFETCH(QByteArray, data);
    QFETCH(int, goodRecords);
    QFETCH(QString, error);

    QByteArray copy = data;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QStringList fields;
    for (int i = 0; i < goodRecords; ++i) {
        QVERIFY2(reader.readRecord(&fields), qPrintable(reader.errorString()));
        QVERIFY(!reader.hasError());
    }
    QVERIFY(!reader.readRecord(&fields));
    QVERIFY(reader.hasError());
    QCOMPARE(reader.errorString(), error);
    QVERIFY(fields.isEmpty());
    QVERIFY(!reader.readRecord(&fields));
    QCOMPARE(reader.errorString(), error);
}

void TestCsvErrors::junkAfterClosingQuote_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("error");
    QTest::newRow("letter") << QByteArray("a,b\n\"abc\"x,d\n")
                            << "line 2: unexpected character after closing quote";
    QTest::newRow("space") << QByteArray("\"abc\" ,d\n")
                           << "line 1: unexpected character after closing quote";
    QTest::newRow("after multi-line field")
        << QByteArray("h\n\"one\ntwo\nthree\"!\n")
        << "line 4: unexpected character after closing quote";
    QTest::newRow("wrong separator") << QByteArray("\"a\";b\n")
                                     << "line 1: unexpected character after closing quote";
}

void TestCsvErrors::junkAfterClosingQuote()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, error);
    const Parsed p = parse(data);
    QCOMPARE(p.error, error);
}

void TestCsvErrors::nulByte_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("goodRecords");
    QTest::addColumn<QString>("error");
    const QString message = QStringLiteral("line %1: binary data (NUL byte); this is not a text file");
    QTest::newRow("unquoted") << QByteArray("a,b\nc,d\ne,f\0g\n", 14) << 2 << message.arg(3);
    QTest::newRow("quoted") << QByteArray("a\n\"x\ny\0\"\n", 9) << 1 << message.arg(3);
    QTest::newRow("after closing quote") << QByteArray("\"x\"\0\n", 5) << 0 << message.arg(1);
    QTest::newRow("first byte, like UTF-16")
        << QByteArray("\0a\0,\0b\0\n", 8) << 0 << message.arg(1);
}

void TestCsvErrors::nulByte()
{
    QFETCH(QByteArray, data);
    QFETCH(int, goodRecords);
    QFETCH(QString, error);
    const Parsed p = parse(data);
    QCOMPARE(p.error, error);
    QCOMPARE(p.records.size(), goodRecords);
}

void TestCsvErrors::invalidUtf8IsAnError_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("error");
    // Latin-1 "café" from an old export would be stored as "caf\uFFFD".
    QTest::newRow("unquoted Latin-1") << QByteArray("a,b\nok,caf\xE9\n")
                                      << QStringLiteral("line 2, field 2: not UTF-8 text (save the file as UTF-8 CSV)");
    QTest::newRow("quoted Windows-1252") << QByteArray("a,b\n\"\x93quoted\x94\",x\n")
                                         << QStringLiteral("line 2, field 1: not UTF-8 text (save the file as UTF-8 CSV)");
    QTest::newRow("truncated sequence at the end") << QByteArray("a,b\nx,\xC3")
                                                   << QStringLiteral("line 2, field 2: not UTF-8 text (save the file as UTF-8 CSV)");
    QTest::newRow("UTF-16 surrogate in UTF-8") << QByteArray("a\n\xED\xA0\x80\n")
                                               << QStringLiteral("line 2, field 1: not UTF-8 text (save the file as UTF-8 CSV)");
}

void TestCsvErrors::invalidUtf8IsAnError()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, error);
    const Parsed p = parse(data);
    QCOMPARE(p.error, error);
}

// What no spreadsheet or CQC file holds is refused, so that memory stays
// bounded: a cell over a spreadsheet's 32,767 characters, a record over
// 1 MB (typically a quote that is never closed).
void TestCsvErrors::limitsRefused_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("error");
    QTest::newRow("unquoted field of 40,000 characters")
        << "a,b\nx," + QByteArray(40000, 'y') + "\n"
        << QStringLiteral("line 2, field 2: more than 32767 characters in one field");
    QTest::newRow("quoted field of 32,768 two-byte characters")
        << "a,b\n\"" + QByteArray("\xC3\xA9").repeated(32768) + "\",x\n"
        << QStringLiteral("line 2, field 1: more than 32767 characters in one field");
    QTest::newRow("unterminated quote before 3 MB")
        << "a,b\n\"open," + QByteArray("text,\r\n").repeated(400000) + "\n"
        << QStringLiteral("line 2: a record longer than 1 MB (an unterminated quote, or not a CQC file)");
}

void TestCsvErrors::limitsRefused()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, error);
    const Parsed p = parse(data);
    QCOMPARE(p.error, error);
    QCOMPARE(p.records.size(), 1); // the header before it
}

void TestCsvErrors::deviceNotOpen()
{
    QBuffer buffer;
    CsvReader reader(&buffer);
    QStringList fields;
    QVERIFY(!reader.readRecord(&fields));
    QVERIFY(reader.hasError());
    QVERIFY(reader.errorString().startsWith(QLatin1String("line 1: ")));
}

// Pure Core code: runs without a display or platform plugin.
QTEST_GUILESS_MAIN(TestCsvErrors)
#include "tst_csverrors.moc"
