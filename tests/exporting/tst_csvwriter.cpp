// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// CsvWriter's bytes read back through an independent strict RFC 4180
// reader (StrictCsv.h, itself checked first) and Python's csv module:
// separators, BOM, line ends, header, quoting, and the options' names and
// defaults. The formula guard: tst_formulaguard.
#include <exporting/CsvOptions.h>
#include <exporting/CsvWriter.h>
#include "CsvTestSupport.h"
#include "StrictCsv.h"

#include <QBuffer>
#include <QDate>
#include <QTemporaryDir>
#include <QtTest>

namespace {

StrictCsv::LineEnd lineEndOf(const CsvOptions &o) { return o.crlf ? StrictCsv::LineEnd::CRLF : StrictCsv::LineEnd::LF; }

QString separatorName(char c) { return c == '\t' ? QStringLiteral("tab") : QString(QLatin1Char(c)); }

} // namespace

class TstCsvWriter : public QObject
{
    Q_OBJECT

    // Values that need quoting or are easy to mangle; none starts with a
    // guarded character.
    static QStringList awkwardNames()
    {
        return {
            QStringLiteral("Guy's and St Thomas' NHS Foundation Trust"),
            QStringLiteral("Smith, Jones and Partners"),
            QStringLiteral("Semi;colon Healthcare"),
            QStringLiteral("Tab\tinside"),
            QStringLiteral("He said \"hello\""),
            QStringLiteral("\"Quoted\" at the start"),
            QStringLiteral("ends with a quote\""),
            QStringLiteral("Line one\nline two"),
            QStringLiteral("Line one\r\nline two"),
            QStringLiteral("Bare\rCR"),
            QStringLiteral("Hôpital Émile Roux"),
            QStringLiteral("Düsseldorf Universitätsklinikum"),
            QStringLiteral("St Mary’s Hospital"),
            QStringLiteral("Łódź Szpital Miejski"),
            QStringLiteral("北京协和医院"),
            QString(),
            QStringLiteral(" spaced "),
            QStringLiteral("a=b+c-d@e"),
            QStringLiteral("'already quoted"),
        };
    }

private Q_SLOTS:
    // ---- the test's own reader is strict -----------------------------------

    void strictReaderRejectsMalformedInput_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<bool>("crlf");
        QTest::newRow("bare quote in unquoted field") << QByteArray("a,b\"c\n") << false;
        QTest::newRow("text after closing quote") << QByteArray("\"a\"b,c\n") << false;
        QTest::newRow("space after closing quote") << QByteArray("\"a\" ,c\n") << false;
        QTest::newRow("unterminated quote") << QByteArray("\"abc,d\n") << false;
        QTest::newRow("bare CR outside quotes") << QByteArray("a\rb,c\n") << false;
        QTest::newRow("LF where CRLF expected") << QByteArray("a,b\r\nc,d\n") << true;
        QTest::newRow("CRLF where LF expected") << QByteArray("a,b\nc,d\r\n") << false;
        QTest::newRow("ragged rows") << QByteArray("a,b\nc\n") << false;
        QTest::newRow("no final line end") << QByteArray("a,b\nc,d") << false;
        QTest::newRow("trailing separator at end") << QByteArray("a,b\nc,") << false;
        QTest::newRow("not UTF-8") << QByteArray("a,\xff\xfe\n") << false;
    }

    void strictReaderRejectsMalformedInput()
    {
        QFETCH(QByteArray, data);
        QFETCH(bool, crlf);
        const StrictCsv::Result r = StrictCsv::parse(data, ',', crlf ? StrictCsv::LineEnd::CRLF : StrictCsv::LineEnd::LF);
        QVERIFY2(!r.ok, qPrintable(StrictCsv::show(r.rows)));
        QVERIFY(!r.error.isEmpty());
    }

    void strictReaderAcceptsRfc4180()
    {
        const QByteArray data = "\xEF\xBB\xBF" "a,\"b,c\",\"d\"\"e\"\r\n\"x\ny\",,\"\"\r\n";
        const StrictCsv::Result r = StrictCsv::parse(data, ',', StrictCsv::LineEnd::CRLF);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.bom);
        QCOMPARE(r.rows, (Rows{{QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("d\"e")},
                               {QStringLiteral("x\ny"), QString(), QString()}}));
        QCOMPARE(r.terminators, (QList<QByteArray>{"\r\n", "\r\n"}));
    }

    // ---- CsvWriter round trips ---------------------------------------------

    void roundTrip_data()
    {
        QTest::addColumn<char>("separator");
        QTest::addColumn<bool>("bom");
        QTest::addColumn<bool>("crlf");
        QTest::addColumn<bool>("header");
        for (char sep : {',', ';', '\t'})
            for (bool bom : {false, true})
                for (bool crlf : {false, true})
                    for (bool header : {true, false})
                        QTest::addRow("sep=%s bom=%d crlf=%d header=%d", qPrintable(separatorName(sep)), bom, crlf, header)
                            << sep << bom << crlf << header;
    }

    void roundTrip()
    {
        QFETCH(char, separator);
        QFETCH(bool, bom);
        QFETCH(bool, crlf);
        QFETCH(bool, header);
        CsvOptions options;
        options.separator = separator;
        options.bom = bom;
        options.crlf = crlf;
        options.header = header;

        const QStringList headers = {QStringLiteral("Provider ID"), QStringLiteral("Name, in full"),
                                     QStringLiteral("Count"), QStringLiteral("Date")};
        QList<QVector<ExportCell>> rows;
        Rows expected;
        if (header)
            expected << headers;
        const QStringList names = awkwardNames();
        for (int i = 0; i < names.size(); ++i) {
            const qint64 n = i - 3; // negative numbers too; never guarded
            const QString date = QDate(2020, 1, 1).addDays(i * 37).toString(Qt::ISODate);
            rows.append({ExportCell::textCell(QStringLiteral("R%1").arg(i)), ExportCell::textCell(names.at(i)),
                         ExportCell::number(n), ExportCell::date(date)});
            expected << QStringList{QStringLiteral("R%1").arg(i), names.at(i), QString::number(n), date};
        }
        const QByteArray bytes = written(headers, rows, options);

        // The BOM: first three bytes, once.
        if (bom) {
            QCOMPARE(bytes.left(3), QByteArray("\xEF\xBB\xBF"));
            QCOMPARE(bytes.count("\xEF\xBB\xBF"), 1);
        } else {
            QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
            QCOMPARE(bytes.left(2), header ? QByteArray("Pr") : QByteArray("R0"));
        }

        const StrictCsv::Result r = StrictCsv::parse(bytes, separator, lineEndOf(options));
        QVERIFY2(r.ok, qPrintable(r.error + QStringLiteral("\n") + QString::fromUtf8(bytes)));
        QCOMPARE(r.bom, bom);
        QCOMPARE(r.rows, expected);
        // Every record ends with the chosen line end, the last one included.
        QCOMPARE(r.terminators.size(), expected.size());
        for (const QByteArray &t : r.terminators)
            QCOMPARE(t, crlf ? QByteArray("\r\n") : QByteArray("\n"));
        QVERIFY(bytes.endsWith(crlf ? "\r\n" : "\n"));
        if (!crlf) // no CR at all except inside the two values that hold one
            QCOMPARE(bytes.count('\r'), 2);

        // Python's csv module reads the same rows from the file.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("round.csv"));
        QVERIFY(writeFile(path, bytes));
        const StrictCsv::PythonResult py = StrictCsv::readWithPython(path, separator, bom);
        QVERIFY2(py.ok, qPrintable(py.error));
        QCOMPARE(py.rows, expected);
    }

    void quotingIsMinimal()
    {
        // Fields are quoted only when they must be; a quote is doubled.
        QCOMPARE(encode(QStringLiteral("Plain")), QByteArray("Plain"));
        QCOMPARE(encode(QStringLiteral("a,b")), QByteArray("\"a,b\""));
        QCOMPARE(encode(QStringLiteral("a,b"), ';'), QByteArray("a,b"));
        QCOMPARE(encode(QStringLiteral("a;b"), ';'), QByteArray("\"a;b\""));
        QCOMPARE(encode(QStringLiteral("a\tb"), ','), QByteArray("a\tb"));
        QCOMPARE(encode(QStringLiteral("a\tb"), '\t'), QByteArray("\"a\tb\""));
        QCOMPARE(encode(QStringLiteral("say \"hi\"")), QByteArray("\"say \"\"hi\"\"\""));
        QCOMPARE(encode(QStringLiteral("a\nb")), QByteArray("\"a\nb\""));
        QCOMPARE(encode(QStringLiteral("a\rb")), QByteArray("\"a\rb\""));
        QCOMPARE(encode(QStringLiteral("Guy's")), QByteArray("Guy's"));
        QCOMPARE(encode(QStringLiteral("Łódź")), QStringLiteral("Łódź").toUtf8());
        QCOMPARE(encode(QString()), QByteArray());
    }

    // ---- options and the writer --------------------------------------------

    void separatorNames()
    {
        char c = 0;
        QVERIFY(CsvOptions::separatorFromName(QStringLiteral(","), &c));
        QCOMPARE(c, ',');
        QVERIFY(CsvOptions::separatorFromName(QStringLiteral(";"), &c));
        QCOMPARE(c, ';');
        QVERIFY(CsvOptions::separatorFromName(QStringLiteral("tab"), &c));
        QCOMPARE(c, '\t');
        c = 0;
        QVERIFY(CsvOptions::separatorFromName(QStringLiteral("TAB"), &c));
        QCOMPARE(c, '\t');
        c = 0;
        QVERIFY(CsvOptions::separatorFromName(QStringLiteral("\t"), &c));
        QCOMPARE(c, '\t');
        for (const QString &bad : {QStringLiteral("|"), QString(), QStringLiteral(",,"), QStringLiteral("comma"),
                                   QStringLiteral(" ")})
            QVERIFY2(!CsvOptions::separatorFromName(bad, &c), qPrintable(bad));
    }

    void defaultsAreExcelFriendlyRfc4180()
    {
        const CsvOptions o;
        QCOMPARE(o.separator, ',');
        QVERIFY(!o.bom);
        QVERIFY(!o.crlf);
        QVERIFY(o.header);
        QVERIFY(o.formulaGuard);
    }

    void bomWithoutHeaderPrecedesTheFirstRow()
    {
        CsvOptions o;
        o.bom = true;
        o.header = false;
        const QByteArray bytes = written({QStringLiteral("H")}, {{ExportCell::textCell(QStringLiteral("é"))},
                                                                 {ExportCell::textCell(QStringLiteral("ü"))}},
                                         o);
        QCOMPARE(bytes, QByteArray("\xEF\xBB\xBF") + QStringLiteral("é\nü\n").toUtf8());
    }

    void writerReportsDeviceErrors()
    {
        QBuffer readOnly;
        readOnly.open(QIODevice::ReadOnly);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(".*not open.*|.*ReadOnly.*")));
        CsvWriter writer(&readOnly, CsvOptions{});
        QVERIFY(!writer.writeHeader({QStringLiteral("a")}));
        QVERIFY(writer.hasError());
    }
};

QTEST_MAIN(TstCsvWriter)
#include "tst_csvwriter.moc"
