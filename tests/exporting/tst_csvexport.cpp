// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// CSV export below the command line: CsvWriter's bytes read back through an
// independent strict RFC 4180 reader (StrictCsv.h) and Python's csv module,
// the formula guard case by case, ModelExportTable on plain item models, and
// CsvExporter's QSaveFile behaviour on success, failure, cancel, missing and
// read-only folders and a full disk.
#include <exporting/CsvExporter.h>
#include <exporting/CsvWriter.h>
#include <exporting/ExportTable.h>
#include <exporting/ModelExportTable.h>
#include <itemmodels/Roles.h>
#include "StrictCsv.h"

#include <QBuffer>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using Rows = QList<QStringList>;

namespace {

// A table of `count` rows that can fail (nextRow false with an error) after
// `failAfter` rows.
class ScriptedTable : public ExportTable
{
public:
    explicit ScriptedTable(int count, int failAfter = -1) : m_count(count), m_failAfter(failAfter) {}
    QStringList headers() const override { return {QStringLiteral("Row"), QStringLiteral("Name")}; }
    bool nextRow(QVector<ExportCell> *row) override
    {
        if (m_failAfter >= 0 && m_done >= m_failAfter) {
            m_error = QStringLiteral("disk I/O error (simulated)");
            return false;
        }
        if (m_done >= m_count)
            return false;
        row->clear();
        row->append(ExportCell::number(m_done));
        row->append(ExportCell::textCell(QStringLiteral("Trust %1, \"quoted\"").arg(m_done)));
        ++m_done;
        return true;
    }
    double progress() const override { return m_count > 0 ? double(m_done) / m_count : 1.0; }
    QString errorString() const override { return m_error; }

private:
    int m_count;
    int m_failAfter;
    int m_done = 0;
    QString m_error;
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// Every entry in a folder, hidden ones (QSaveFile's temporaries) included.
QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

QByteArray encode(const QString &text, char separator = ',', bool guard = true)
{
    CsvOptions o;
    o.separator = separator;
    o.formulaGuard = guard;
    return CsvWriter::encode(ExportCell::textCell(text), o);
}

// What CsvWriter writes for `rows`, through a buffer.
QByteArray written(const QStringList &headers, const QList<QVector<ExportCell>> &rows, const CsvOptions &options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, options);
    writer.writeHeader(headers);
    for (const QVector<ExportCell> &row : rows)
        writer.writeRow(row);
    return buffer.data();
}

StrictCsv::LineEnd lineEndOf(const CsvOptions &o) { return o.crlf ? StrictCsv::LineEnd::CRLF : StrictCsv::LineEnd::LF; }

QString separatorName(char c) { return c == '\t' ? QStringLiteral("tab") : QString(QLatin1Char(c)); }

// A character device of our own (a copy of /dev/full or /dev/null) when we
// may make one (root), so that a regression can never replace the real
// node; otherwise the real one, which an unprivileged QSaveFile cannot touch.
QString deviceNode(const QTemporaryDir &dir, const char *name, unsigned minor)
{
    const QString own = dir.filePath(QString::fromLatin1(name));
    if (::mknod(QFile::encodeName(own).constData(), S_IFCHR | 0666, makedev(1, minor)) == 0)
        return own;
    return QStringLiteral("/dev/") + QString::fromLatin1(name);
}

bool isCharacterDevice(const QString &path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISCHR(st.st_mode);
}

} // namespace

class TstCsvExport : public QObject
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
    // ---- the test's own reader is strict ------------------------------

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

    // ---- CsvWriter round trips ------------------------------------------

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

    // ---- formula guard --------------------------------------------------

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

    // ---- ModelExportTable -----------------------------------------------

    void modelExportFlat()
    {
        QStandardItemModel model(0, 4);
        model.setHorizontalHeaderLabels({QStringLiteral("Name"), QStringLiteral("Locations"), QStringLiteral("Date"),
                                         QStringLiteral("Shown date")});
        auto row = [](const QString &name, const QVariant &count, const QDate &date) {
            auto *n = new QStandardItem(name);
            auto *c = new QStandardItem;
            c->setData(count, Qt::DisplayRole);
            auto *d = new QStandardItem;
            d->setData(date, Qt::DisplayRole);
            // Shown as words, exported (ExportRole) as an ISO date.
            auto *s = new QStandardItem(QLocale(QLocale::English).toString(date, QStringLiteral("d MMMM yyyy")));
            s->setData(date, Roles::ExportRole);
            return QList<QStandardItem *>{n, c, d, s};
        };
        model.appendRow(row(QStringLiteral("=HYPERLINK(\"x\")"), -5, QDate(2020, 7, 3)));
        model.appendRow(row(QStringLiteral("Łódź, \"Centre\""), 12, QDate(2019, 1, 10)));
        model.appendRow(row(QStringLiteral("-5"), QVariant(QStringLiteral("-5")), QDate()));
        model.item(1, 1)->setData(qlonglong(7), Roles::ExportRole); // ExportRole wins over DisplayRole

        ModelExportTable table(&model);
        QCOMPARE(table.headers(), (QStringList{QStringLiteral("Name"), QStringLiteral("Locations"),
                                               QStringLiteral("Date"), QStringLiteral("Shown date")}));
        QVector<ExportCell> cells;
        QVERIFY(table.nextRow(&cells));
        QCOMPARE(cells.size(), 4);
        QCOMPARE(cells.at(0).kind, ExportCell::Kind::Text);
        QCOMPARE(cells.at(1).kind, ExportCell::Kind::Number);
        QCOMPARE(cells.at(1).text, QStringLiteral("-5"));
        QCOMPARE(cells.at(2).kind, ExportCell::Kind::Date);
        QCOMPARE(cells.at(2).text, QStringLiteral("2020-07-03"));
        QCOMPARE(cells.at(3).kind, ExportCell::Kind::Date);
        QCOMPARE(cells.at(3).text, QStringLiteral("2020-07-03"));
        QVERIFY(table.nextRow(&cells));
        QCOMPARE(cells.at(1).text, QStringLiteral("7"));
        QCOMPARE(cells.at(1).kind, ExportCell::Kind::Number);
        QVERIFY(table.nextRow(&cells));
        QCOMPARE(cells.at(1).kind, ExportCell::Kind::Text); // "-5" as a string is text
        QCOMPARE(cells.at(2).text, QString());             // an invalid date is empty
        QVERIFY(!table.nextRow(&cells));
        QCOMPARE(table.progress(), 1.0);

        // The file: text guarded, the number and the dates not.
        ModelExportTable again(&model);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("model.csv"));
        const ExportResult result = CsvExporter::write(again, path, QString(), CsvOptions{});
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.rows, 3);
        const StrictCsv::Result r = StrictCsv::parse(readAll(path), ',', StrictCsv::LineEnd::LF);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.rows, (Rows{{QStringLiteral("Name"), QStringLiteral("Locations"), QStringLiteral("Date"),
                                QStringLiteral("Shown date")},
                               {QStringLiteral("'=HYPERLINK(\"x\")"), QStringLiteral("-5"), QStringLiteral("2020-07-03"),
                                QStringLiteral("2020-07-03")},
                               {QStringLiteral("Łódź, \"Centre\""), QStringLiteral("7"), QStringLiteral("2019-01-10"),
                                QStringLiteral("2019-01-10")},
                               {QStringLiteral("'-5"), QStringLiteral("'-5"), QString(), QString()}}));
    }

    void modelExportColumnSubsetAndOrder()
    {
        QStandardItemModel model(0, 3);
        model.setHorizontalHeaderLabels({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
        for (int i = 0; i < 3; ++i)
            model.appendRow({new QStandardItem(QStringLiteral("a%1").arg(i)), new QStandardItem(QStringLiteral("b%1").arg(i)),
                             new QStandardItem(QStringLiteral("c%1").arg(i))});
        ModelExportTable table(&model, {2, 0});
        QCOMPARE(table.headers(), (QStringList{QStringLiteral("C"), QStringLiteral("A")}));
        Rows got;
        QVector<ExportCell> cells;
        while (table.nextRow(&cells)) {
            QStringList texts;
            for (const ExportCell &c : cells)
                texts << c.text;
            got << texts;
        }
        QCOMPARE(got, (Rows{{QStringLiteral("c0"), QStringLiteral("a0")},
                            {QStringLiteral("c1"), QStringLiteral("a1")},
                            {QStringLiteral("c2"), QStringLiteral("a2")}}));
    }

    void modelExportTreeIsDepthFirst()
    {
        QStandardItemModel model(0, 2);
        model.setHorizontalHeaderLabels({QStringLiteral("Name"), QStringLiteral("Value")});
        auto item = [](const QString &name, const QString &value) {
            return QList<QStandardItem *>{new QStandardItem(name), new QStandardItem(value)};
        };
        QList<QStandardItem *> a = item(QStringLiteral("A"), QStringLiteral("1"));
        QList<QStandardItem *> a1 = item(QStringLiteral("A1"), QStringLiteral("2"));
        a1.first()->appendRow(item(QStringLiteral("A1a"), QStringLiteral("3")));
        a.first()->appendRow(a1);
        a.first()->appendRow(item(QStringLiteral("A2"), QStringLiteral("4")));
        model.appendRow(a);
        model.appendRow(item(QStringLiteral("B"), QStringLiteral("5")));
        QList<QStandardItem *> c = item(QStringLiteral("C"), QStringLiteral("6"));
        c.first()->appendRow(item(QStringLiteral("C1"), QStringLiteral("7")));
        model.appendRow(c);

        ModelExportTable table(&model, {1, 0});
        Rows got;
        QVector<ExportCell> cells;
        while (table.nextRow(&cells))
            got << QStringList{cells.at(0).text, cells.at(1).text};
        QCOMPARE(got, (Rows{{QStringLiteral("1"), QStringLiteral("A")},
                            {QStringLiteral("2"), QStringLiteral("A1")},
                            {QStringLiteral("3"), QStringLiteral("A1a")},
                            {QStringLiteral("4"), QStringLiteral("A2")},
                            {QStringLiteral("5"), QStringLiteral("B")},
                            {QStringLiteral("6"), QStringLiteral("C")},
                            {QStringLiteral("7"), QStringLiteral("C1")}}));
        QCOMPARE(table.progress(), 1.0);
    }

    void modelExportOfAnEmptyModelIsTheHeaderAlone()
    {
        QStandardItemModel model(0, 2);
        model.setHorizontalHeaderLabels({QStringLiteral("X"), QStringLiteral("Y")});
        ModelExportTable table(&model);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.csv"));
        const ExportResult r = CsvExporter::write(table, path, QString(), CsvOptions{});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.rows, 0);
        QCOMPARE(readAll(path), QByteArray("X,Y\n"));
    }

    // ---- CsvExporter and QSaveFile --------------------------------------

    void exportReplacesAnExistingFileOnSuccess()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        QVERIFY(writeFile(path, "old contents that are longer than nothing\n"));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
        ScriptedTable table(3);
        CsvOptions o;
        o.crlf = true;
        const ExportResult r = CsvExporter::write(table, path, QString(), o);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(!r.cancelled);
        QCOMPARE(r.rows, 3);
        QVERIFY(r.error.isEmpty());
        QCOMPARE(readAll(path), QByteArray("Row,Name\r\n0,\"Trust 0, \"\"quoted\"\"\"\r\n1,\"Trust 1, \"\"quoted\"\"\"\r\n"
                                           "2,\"Trust 2, \"\"quoted\"\"\"\r\n"));
        // The replaced file keeps its permissions and no temporary is left.
        QCOMPARE(QFile::permissions(path) & (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther),
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("out.csv")});
    }

    void failedExportLeavesTheOldFile_data()
    {
        QTest::addColumn<bool>("existing");
        QTest::addColumn<bool>("cancel");
        QTest::newRow("table fails, file existed") << true << false;
        QTest::newRow("table fails, no file") << false << false;
        QTest::newRow("cancelled, file existed") << true << true;
        QTest::newRow("cancelled, no file") << false << true;
    }

    void failedExportLeavesTheOldFile()
    {
        QFETCH(bool, existing);
        QFETCH(bool, cancel);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("keep.csv"));
        const QByteArray old = "Provider ID,Provider\nRJ2,Lewisham and Greenwich NHS Trust\n";
        if (existing)
            QVERIFY(writeFile(path, old));
        const QStringList before = entries(dir.path());

        // Enough rows for the progress callback (every 4096 rows) to run.
        ScriptedTable table(20000, cancel ? -1 : 5000);
        QList<qint64> calls;
        const ExportResult r = CsvExporter::write(table, path, QString(), CsvOptions{}, [&](qint64 rows, double) {
            calls << rows;
            return !cancel;
        });
        QVERIFY(!r.ok);
        QCOMPARE(r.cancelled, cancel);
        QVERIFY2(r.error.contains(path), qPrintable(r.error));
        if (cancel) {
            QCOMPARE(calls, QList<qint64>{4096});
            QVERIFY2(r.error.contains(QStringLiteral("cancelled")), qPrintable(r.error));
        } else {
            QCOMPARE(calls, QList<qint64>{4096}); // the table failed at row 5000
            QVERIFY2(r.error.contains(QStringLiteral("disk I/O error (simulated)")), qPrintable(r.error));
        }
        if (existing)
            QCOMPARE(readAll(path), old);
        else
            QVERIFY(!QFile::exists(path));
        QCOMPARE(entries(dir.path()), before); // no temporary file left behind
    }

    void progressIsReportedAndCompletes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.csv"));
        ScriptedTable table(10000);
        QList<qint64> rows;
        QList<double> fractions;
        const ExportResult r = CsvExporter::write(table, path, QString(), CsvOptions{}, [&](qint64 n, double f) {
            rows << n;
            fractions << f;
            return true;
        });
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.rows, 10000);
        QCOMPARE(rows, (QList<qint64>{4096, 8192}));
        QCOMPARE(fractions, (QList<double>{0.4096, 0.8192}));
        const StrictCsv::Result parsed = StrictCsv::parse(readAll(path), ',', StrictCsv::LineEnd::LF);
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        QCOMPARE(parsed.rows.size(), 10001);
        QCOMPARE(parsed.rows.last(), (QStringList{QStringLiteral("9999"), QStringLiteral("Trust 9999, \"quoted\"")}));
    }

    void missingFolderFails()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no/such/folder/out.csv"));
        ScriptedTable table(2);
        const ExportResult r = CsvExporter::write(table, path, QString(), CsvOptions{});
        QVERIFY(!r.ok);
        QVERIFY(!r.cancelled);
        QVERIFY2(r.error.contains(QDir::toNativeSeparators(path)), qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral("does not exist")), qPrintable(r.error));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("no"))));
        QCOMPARE(entries(dir.path()), QStringList());
    }

    void parentThatIsAFileFails()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("plain.txt"));
        QVERIFY(writeFile(file, "not a folder\n"));
        const QString path = file + QStringLiteral("/out.csv");
        ScriptedTable table(2);
        const ExportResult r = CsvExporter::write(table, path, QString(), CsvOptions{});
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(path), qPrintable(r.error));
        QCOMPARE(readAll(file), QByteArray("not a folder\n"));
    }

    void folderAsTargetFails()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("sub"));
        QVERIFY(QDir().mkpath(target));
        ScriptedTable table(2);
        const ExportResult r = CsvExporter::write(table, target, QString(), CsvOptions{});
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(target), qPrintable(r.error));
        QVERIFY(QFileInfo(target).isDir());
        QCOMPARE(entries(target), QStringList());
    }

    void readOnlyPlaceFails()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ro = dir.filePath(QStringLiteral("readonly"));
        QVERIFY(QDir().mkpath(ro));
        const QString existing = ro + QStringLiteral("/existing.csv");
        QVERIFY(writeFile(existing, "old\n"));
        QVERIFY(QFile::setPermissions(ro, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                                              | QFile::ReadOther | QFile::ExeOther));
        // Does the mode stop us? Not for root, who writes anywhere.
        QFile probe(ro + QStringLiteral("/probe"));
        const bool modeIgnored = probe.open(QIODevice::WriteOnly);
        if (modeIgnored) {
            probe.close();
            probe.remove();
        }

        QStringList targets;
        if (!modeIgnored)
            targets << ro + QStringLiteral("/new.csv") << existing;
        // A place no one may create files in, root included: /proc.
        targets << QStringLiteral("/proc/trustratings-export-test.csv");
        for (const QString &path : std::as_const(targets)) {
            ScriptedTable table(3);
            const ExportResult r = CsvExporter::write(table, path, QString(), CsvOptions{});
            QVERIFY2(!r.ok, qPrintable(path));
            QVERIFY(!r.cancelled);
            QVERIFY2(r.error.contains(path), qPrintable(r.error));
        }
        QVERIFY(!QFileInfo::exists(QStringLiteral("/proc/trustratings-export-test.csv")));
        QCOMPARE(readAll(existing), QByteArray("old\n"));
        QCOMPARE(entries(ro), QStringList{QStringLiteral("existing.csv")});
        QVERIFY(QFile::setPermissions(ro, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }

    void fullDiskFails_data()
    {
        QTest::addColumn<int>("rows");
        QTest::newRow("header only (fails on flush)") << 0;
        QTest::newRow("many rows (fails while writing)") << 50000;
    }

    void fullDiskFails()
    {
        QFETCH(int, rows);
        QVERIFY2(QFileInfo::exists(QStringLiteral("/dev/full")), "/dev/full is missing on this Linux machine");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString full = deviceNode(dir, "full", 7);
        QVERIFY(isCharacterDevice(full));
        ScriptedTable table(rows);
        const ExportResult r = CsvExporter::write(table, full, QString(), CsvOptions{});
        QVERIFY2(!r.ok, qPrintable(full));
        QVERIFY(!r.cancelled);
        QVERIFY2(r.error.contains(full), qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral("No space left on device")), qPrintable(r.error));
        // The device is still a device: it was not replaced by a regular file.
        QVERIFY(isCharacterDevice(full));
        QVERIFY(isCharacterDevice(QStringLiteral("/dev/full")));
    }

    void writeErrorMidwayLeavesTheOldFile()
    {
        // A disk that fills up while the file is written: a file size limit
        // makes the temporary file's writes fail (EFBIG) part way, for root
        // too. The file that was there stays as it was, and no temporary is
        // left behind.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("ratings.csv"));
        const QByteArray old = "Provider ID,Provider\nRJ2,Lewisham and Greenwich NHS Trust\n";
        QVERIFY(writeFile(path, old));
        ScriptedTable table(50000); // about 1.3 MB
        struct rlimit saved;
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto savedHandler = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit limited = saved;
        limited.rlim_cur = 256 * 1024;
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &limited), 0);
        const ExportResult r = CsvExporter::write(table, path, QString(), CsvOptions{});
        ::setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, savedHandler);
        QVERIFY(!r.ok);
        QVERIFY(!r.cancelled);
        QVERIFY2(r.error.contains(path), qPrintable(r.error));
        QCOMPARE(readAll(path), old);
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("ratings.csv")});
    }

    void deviceTargetsAreWrittenInPlace()
    {
        // `--output /dev/null` works and leaves the node a node.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString null = deviceNode(dir, "null", 3);
        QVERIFY(isCharacterDevice(null));
        ScriptedTable table(100);
        const ExportResult r = CsvExporter::write(table, null, QString(), CsvOptions{});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.rows, 100);
        QVERIFY(isCharacterDevice(null));
        QVERIFY(isCharacterDevice(QStringLiteral("/dev/null")));
    }
};

QTEST_MAIN(TstCsvExport)
#include "tst_csvexport.moc"
