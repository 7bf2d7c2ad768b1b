// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// The formula guard, case by case: text cells (and header cells) starting
// with a character a spreadsheet would run are written with a leading ',
// numbers and dates never are; read back through StrictCsv.h.
#include <exporting/CsvOptions.h>
#include <exporting/CsvWriter.h>
#include "CsvTestSupport.h"
#include "StrictCsv.h"

#include <QtTest>

#include <limits>

class TstFormulaGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formulaGuard_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<char>("separator");
        QTest::addColumn<QByteArray>("guarded");     // encoded with the guard on
        QTest::addColumn<QByteArray>("unguarded");   // encoded with the guard off
        QTest::newRow("=") << QStringLiteral("=1+2") << ',' << QByteArray("'=1+2") << QByteArray("=1+2");
        QTest::newRow("=HYPERLINK") << QStringLiteral("=HYPERLINK(\"http://x.example\",\"Click\")") << ','
                                    << QByteArray("\"'=HYPERLINK(\"\"http://x.example\"\",\"\"Click\"\")\"")
                                    << QByteArray("\"=HYPERLINK(\"\"http://x.example\"\",\"\"Click\"\")\"");
        QTest::newRow("+") << QStringLiteral("+44 20 7946 0000") << ',' << QByteArray("'+44 20 7946 0000")
                           << QByteArray("+44 20 7946 0000");
        QTest::newRow("- text") << QStringLiteral("-1+1") << ',' << QByteArray("'-1+1") << QByteArray("-1+1");
        QTest::newRow("- lone dash") << QStringLiteral("-") << ',' << QByteArray("'-") << QByteArray("-");
        QTest::newRow("- number as text") << QStringLiteral("-5") << ',' << QByteArray("'-5") << QByteArray("-5");
        QTest::newRow("@") << QStringLiteral("@SUM(A1:A2)") << ',' << QByteArray("'@SUM(A1:A2)")
                           << QByteArray("@SUM(A1:A2)");
        QTest::newRow("tab, comma separator") << QStringLiteral("\tTabbed") << ',' << QByteArray("'\tTabbed")
                                              << QByteArray("\tTabbed");
        QTest::newRow("tab, tab separator") << QStringLiteral("\tTabbed") << '\t' << QByteArray("\"'\tTabbed\"")
                                            << QByteArray("\"\tTabbed\"");
        QTest::newRow("CR") << QStringLiteral("\r=cmd") << ',' << QByteArray("\"'\r=cmd\"") << QByteArray("\"\r=cmd\"");
        QTest::newRow("= with separator") << QStringLiteral("=A1;B1") << ';' << QByteArray("\"'=A1;B1\"")
                                          << QByteArray("\"=A1;B1\"");
        QTest::newRow("| (DDE)") << QStringLiteral("|cmd") << ',' << QByteArray("'|cmd") << QByteArray("|cmd");
        QTest::newRow("full-width =") << QStringLiteral("\uFF1DSUM(A1)") << ',' << QByteArray("'\xEF\xBC\x9DSUM(A1)")
                                      << QByteArray("\xEF\xBC\x9DSUM(A1)");
        QTest::newRow("full-width +") << QStringLiteral("\uFF0B1") << ',' << QByteArray("'\xEF\xBC\x8B" "1")
                                      << QByteArray("\xEF\xBC\x8B" "1");
        QTest::newRow("full-width @") << QStringLiteral("\uFF20x") << ',' << QByteArray("'\xEF\xBC\xA0x")
                                      << QByteArray("\xEF\xBC\xA0x");
        QTest::newRow("other full-width letter") << QStringLiteral("\uFF21x") << ',' << QByteArray("\xEF\xBC\xA1x")
                                                 << QByteArray("\xEF\xBC\xA1x");
        // Not guarded: the dangerous characters only matter first.
        QTest::newRow("= inside") << QStringLiteral("a=b") << ',' << QByteArray("a=b") << QByteArray("a=b");
        QTest::newRow("space first") << QStringLiteral(" =x") << ',' << QByteArray(" =x") << QByteArray(" =x");
        QTest::newRow("apostrophe first") << QStringLiteral("'=x") << ',' << QByteArray("'=x") << QByteArray("'=x");
        QTest::newRow("LF first") << QStringLiteral("\nx") << ',' << QByteArray("\"\nx\"") << QByteArray("\"\nx\"");
        QTest::newRow("empty") << QString() << ',' << QByteArray() << QByteArray();
    }

    void formulaGuard()
    {
        QFETCH(QString, text);
        QFETCH(char, separator);
        QFETCH(QByteArray, guarded);
        QFETCH(QByteArray, unguarded);
        QCOMPARE(encode(text, separator, true), guarded);
        QCOMPARE(encode(text, separator, false), unguarded);

        // Through the writer and back: the reader sees the ' and the text.
        for (bool guard : {true, false}) {
            CsvOptions o;
            o.separator = separator;
            o.formulaGuard = guard;
            const QByteArray bytes = written({QStringLiteral("Name")}, {{ExportCell::textCell(text)}}, o);
            const StrictCsv::Result r = StrictCsv::parse(bytes, separator, StrictCsv::LineEnd::LF);
            QVERIFY2(r.ok, qPrintable(r.error));
            const bool expectGuard = guard && guarded != unguarded;
            QCOMPARE(r.rows, (Rows{{QStringLiteral("Name")}, {expectGuard ? QLatin1Char('\'') + text : text}}));
        }
    }

    void headerCellsAreGuarded()
    {
        const QStringList headers = {QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("+h"), QStringLiteral("-h"),
                                     QStringLiteral("@h"), QStringLiteral("\th"), QStringLiteral("\rh"),
                                     QStringLiteral("Plain")};
        CsvOptions o;
        const QByteArray bytes = written(headers, {}, o);
        QCOMPARE(bytes, QByteArray("'=cmd|' /C calc'!A0,'+h,'-h,'@h,'\th,\"'\rh\",Plain\n"));
        const StrictCsv::Result r = StrictCsv::parse(bytes, ',', StrictCsv::LineEnd::LF);
        QVERIFY2(r.ok, qPrintable(r.error));
        QStringList expected;
        for (const QString &h : headers)
            expected << (h == QLatin1String("Plain") ? h : QLatin1Char('\'') + h);
        QCOMPARE(r.rows, Rows{expected});

        o.formulaGuard = false;
        QCOMPARE(written(headers, {}, o), QByteArray("=cmd|' /C calc'!A0,+h,-h,@h,\th,\"\rh\",Plain\n"));
    }

    void numbersAndDatesAreNeverGuarded()
    {
        CsvOptions o;
        QVERIFY(o.formulaGuard); // on by default
        QCOMPARE(CsvWriter::encode(ExportCell::number(-5), o), QByteArray("-5"));
        QCOMPARE(CsvWriter::encode(ExportCell::number(0), o), QByteArray("0"));
        QCOMPARE(CsvWriter::encode(ExportCell::number(1234567), o), QByteArray("1234567"));
        QCOMPARE(CsvWriter::encode(ExportCell::number(std::numeric_limits<qint64>::min()), o),
                 QByteArray("-9223372036854775808"));
        QCOMPARE(CsvWriter::encode(ExportCell::date(QStringLiteral("2020-07-03")), o), QByteArray("2020-07-03"));
        QCOMPARE(CsvWriter::encode(ExportCell::date(QString()), o), QByteArray());
        // The same text as a text cell is guarded.
        QCOMPARE(CsvWriter::encode(ExportCell::textCell(QStringLiteral("-5")), o), QByteArray("'-5"));

        // In a file: numbers and dates stay as written, beside a guarded text.
        const QByteArray bytes = written({QStringLiteral("n"), QStringLiteral("d"), QStringLiteral("t")},
                                         {{ExportCell::number(-5), ExportCell::date(QStringLiteral("2019-01-10")),
                                           ExportCell::textCell(QStringLiteral("-5"))}},
                                         o);
        QCOMPARE(bytes, QByteArray("n,d,t\n-5,2019-01-10,'-5\n"));
    }
};

QTEST_MAIN(TstFormulaGuard)
#include "tst_formulaguard.moc"
