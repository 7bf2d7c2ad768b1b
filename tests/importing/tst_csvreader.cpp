// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <importing/CsvReader.h>

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using Records = QList<QStringList>;

namespace {

struct Parsed
{
    Records records;
    QList<qint64> lines; // recordLine() after each record
    QString error;
    qint64 bytesRead = 0;
};

Parsed parseDevice(QIODevice *device, char separator = ',')
{
    Parsed result;
    CsvReader reader(device, separator);
    QStringList fields;
    while (reader.readRecord(&fields)) {
        result.records.append(fields);
        result.lines.append(reader.recordLine());
    }
    result.error = reader.errorString();
    if (!reader.hasError())
        result.bytesRead = reader.bytesRead();
    // Once done (end or error), the reader stays done.
    if (reader.readRecord(&fields) || !fields.isEmpty())
        result.error += QStringLiteral(" [readRecord succeeded after the end]");
    return result;
}

Parsed parse(const QByteArray &data, char separator = ',')
{
    QByteArray copy = data;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return parseDevice(&buffer, separator);
}

// Hands out at most `step` bytes per read, so that a test can put a read
// boundary at every byte of its input, whatever chunk size the reader uses.
class TrickleDevice : public QIODevice
{
public:
    TrickleDevice(const QByteArray &data, qint64 step) : m_data(data), m_step(step) {}
    bool isSequential() const override { return true; }
    qint64 reads() const { return m_reads; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin(qMin(maxSize, m_step), qint64(m_data.size()) - m_pos);
        memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        if (n > 0)
            ++m_reads;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_step;
    qint64 m_pos = 0;
    qint64 m_reads = 0;
};

// A bit of everything that has a boundary worth splitting.
const QByteArray mixedSample = QByteArrayLiteral(
    "\xEF\xBB\xBF"
    "id,name,note\r\n"
    "1,\"Smith, Jones & Co\",\"said \"\"hi\"\"\"\r\n"
    "2,\"two\r\nlines\",caf\xC3\xA9\r\n"
    "\r\n"
    "3,,\"\"\n"
    "4,\"a\nb\",\xE2\x80\x99\r"
    "5,last,");

const Records mixedExpected = {
    {"id", "name", "note"},
    {"1", "Smith, Jones & Co", "said \"hi\""},
    {"2", "two\nlines", QStringLiteral("caf\u00e9")},
    {""},
    {"3", "", ""},
    {"4", "a\nb", QStringLiteral("\u2019")},
    {"5", "last", ""},
};

} // namespace

class TestCsvReader : public QObject
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
    void unterminatedQuote_data();
    void unterminatedQuote();
    void junkAfterClosingQuote_data();
    void junkAfterClosingQuote();
    void nulByte_data();
    void nulByte();
    void invalidUtf8IsAnError_data();
    void invalidUtf8IsAnError();
    void recordLineAcrossMultiLineRecords();
    void bytesReadTracksConsumption();
    void nonAsciiRoundTrip();
    void chunkBoundaries_data();
    void chunkBoundaries();
    void everyReadBoundary_data();
    void everyReadBoundary();
    void recordLargerThanChunk();
    void limitsRefused_data();
    void limitsRefused();
    void manyRecordsFromFile();
    void deviceNotOpen();
};

void TestCsvReader::simpleRows()
{
    const Parsed p = parse("a,b,c\n1,2,3\nx,y,z\n");
    QCOMPARE(p.error, QString());
    const Records expected = {{"a", "b", "c"}, {"1", "2", "3"}, {"x", "y", "z"}};
    QCOMPARE(p.records, expected);
    QCOMPARE(p.lines, (QList<qint64>{1, 2, 3}));
}

void TestCsvReader::emptyInput_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("nothing") << QByteArray();
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF");
}

void TestCsvReader::emptyInput()
{
    QFETCH(QByteArray, data);
    const Parsed p = parse(data);
    QCOMPARE(p.error, QString());
    QCOMPARE(p.records.size(), 0);
    QCOMPARE(p.bytesRead, qint64(data.size()));
}

void TestCsvReader::bom_data()
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

void TestCsvReader::bom()
{
    QFETCH(QByteArray, data);
    QFETCH(Records, expected);
    const Parsed p = parse(data);
    QCOMPARE(p.error, QString());
    QCOMPARE(p.records, expected);
    QCOMPARE(p.bytesRead, qint64(data.size()));
}

void TestCsvReader::lineEnds_data()
{
    QTest::addColumn<QByteArray>("data");
    const Records expected = {{"a", "b"}, {"c", "d"}, {"e", "f"}};
    QTest::newRow("LF") << QByteArray("a,b\nc,d\ne,f\n");
    QTest::newRow("CRLF") << QByteArray("a,b\r\nc,d\r\ne,f\r\n");
    QTest::newRow("CR") << QByteArray("a,b\rc,d\re,f\r");
    QTest::newRow("mixed") << QByteArray("a,b\r\nc,d\ne,f\r\n");
    QTest::newRow("CRLF after quoted") << QByteArray("\"a\",\"b\"\r\n\"c\",\"d\"\r\n\"e\",\"f\"\r\n");
}

void TestCsvReader::lineEnds()
{
    QFETCH(QByteArray, data);
    const Parsed p = parse(data);
    QCOMPARE(p.error, QString());
    QCOMPARE(p.records, (Records{{"a", "b"}, {"c", "d"}, {"e", "f"}}));
    QCOMPARE(p.lines, (QList<qint64>{1, 2, 3}));
}

void TestCsvReader::quotedFields_data()
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

void TestCsvReader::quotedFields()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, expected);
    const Parsed p = parse(data);
    QCOMPARE(p.error, QString());
    QCOMPARE(p.records, Records{expected});
}

void TestCsvReader::emptyFields_data()
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

void TestCsvReader::emptyFields()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, expected);
    const Parsed p = parse(data);
    QCOMPARE(p.error, QString());
    QCOMPARE(p.records, Records{expected});
}

void TestCsvReader::lastLineWithoutLineEnd()
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

void TestCsvReader::blankLines()
{
    // A blank line in the middle is a record with one empty field; skipping
    // it is the caller's decision.
    const Parsed p = parse("a,b\r\n\r\nc,d\r\n\nx\n");
    QCOMPARE(p.error, QString());
    QCOMPARE(p.records, (Records{{"a", "b"}, {""}, {"c", "d"}, {""}, {"x"}}));
    QCOMPARE(p.lines, (QList<qint64>{1, 2, 3, 4, 5}));
}

void TestCsvReader::separators_data()
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

void TestCsvReader::separators()
{
    QFETCH(char, separator);
    QFETCH(QByteArray, data);
    QFETCH(Records, expected);
    const Parsed p = parse(data, separator);
    QCOMPARE(p.error, QString());
    QCOMPARE(p.records, expected);
}

void TestCsvReader::unterminatedQuote_data()
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

void TestCsvReader::unterminatedQuote()
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

void TestCsvReader::junkAfterClosingQuote_data()
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

void TestCsvReader::junkAfterClosingQuote()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, error);
    const Parsed p = parse(data);
    QCOMPARE(p.error, error);
}

void TestCsvReader::nulByte_data()
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

void TestCsvReader::nulByte()
{
    QFETCH(QByteArray, data);
    QFETCH(int, goodRecords);
    QFETCH(QString, error);
    const Parsed p = parse(data);
    QCOMPARE(p.error, error);
    QCOMPARE(p.records.size(), goodRecords);
}

void TestCsvReader::invalidUtf8IsAnError_data()
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

void TestCsvReader::invalidUtf8IsAnError()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, error);
    const Parsed p = parse(data);
    QCOMPARE(p.error, error);
}

void TestCsvReader::recordLineAcrossMultiLineRecords()
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

void TestCsvReader::bytesReadTracksConsumption()
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

void TestCsvReader::nonAsciiRoundTrip()
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

// Puts a chosen construct's critical byte (the CR of a CRLF, a quote that
// may or may not be doubled, the lead byte of a UTF-8 sequence...) on the
// last byte before every multiple of 4 KiB, so whatever power-of-two chunk
// size from 4 KiB up the reader uses, each of its read boundaries splits the
// construct. Padding records fill the gaps.
void TestCsvReader::chunkBoundaries_data()
{
    QTest::addColumn<QByteArray>("construct");
    QTest::addColumn<int>("critical"); // offset of the byte that ends a block
    QTest::addColumn<QStringList>("fields");

    QTest::newRow("CRLF line end") << QByteArray("x,y\r\n") << 3 << QStringList{"x", "y"};
    QTest::newRow("LF after CR in next chunk")
        << QByteArray("x,y\r\n") << 4 << QStringList{"x", "y"};
    QTest::newRow("CRLF inside quoted field")
        << QByteArray("\"line 1\r\nline 2\",z\r\n") << 7 << QStringList{"line 1\nline 2", "z"};
    QTest::newRow("doubled quote") << QByteArray("\"say \"\"hi\"\"\",z\r\n") << 5
                                   << QStringList{"say \"hi\"", "z"};
    QTest::newRow("second of doubled quote") << QByteArray("\"say \"\"hi\"\"\",z\r\n") << 6
                                             << QStringList{"say \"hi\"", "z"};
    QTest::newRow("closing quote") << QByteArray("\"a,b\",z\r\n") << 4
                                   << QStringList{"a,b", "z"};
    QTest::newRow("closing quote then CRLF") << QByteArray("z,\"a,b\"\r\n") << 6
                                             << QStringList{"z", "a,b"};
    QTest::newRow("opening quote") << QByteArray("y,\"a,b\"\r\n") << 2
                                   << QStringList{"y", "a,b"};
    QTest::newRow("separator") << QByteArray("abc,def\r\n") << 3 << QStringList{"abc", "def"};
    QTest::newRow("trailing separator") << QByteArray("abc,\r\n") << 3 << QStringList{"abc", ""};
    QTest::newRow("UTF-8 lead byte") << QByteArray("caf\xC3\xA9,z\r\n") << 3
                                     << QStringList{QStringLiteral("caf\u00e9"), "z"};
    QTest::newRow("UTF-8 in quoted field") << QByteArray("\"\xE2\x80\x99\",z\r\n") << 2
                                           << QStringList{QStringLiteral("\u2019"), "z"};
}

void TestCsvReader::chunkBoundaries()
{
    QFETCH(QByteArray, construct);
    QFETCH(int, critical);
    QFETCH(QStringList, fields);

    constexpr qsizetype Block = 4096;
    constexpr qsizetype Size = 1024 * 1024 + 64 * 1024; // over 1 MiB
    QByteArray data;
    Records expected;
    int constructs = 0;
    for (qsizetype boundary = Block; data.size() < Size; boundary += Block) {
        // Padding record "<n>,xxx…\r\n" of exactly `gap` bytes.
        const qsizetype gap = boundary - 1 - critical - data.size();
        const QByteArray number = QByteArray::number(expected.size());
        const qsizetype xs = gap - number.size() - 3;
        if (xs < 0)
            continue;
        data += number + ',' + QByteArray(xs, 'x') + "\r\n";
        expected.append({QString::fromLatin1(number), QString(xs, QLatin1Char('x'))});
        QCOMPARE(data.size() + critical, boundary - 1);
        data += construct;
        expected.append(fields);
        ++constructs;
    }
    QVERIFY(data.size() > 1024 * 1024);
    QVERIFY(constructs > 250);

    const Parsed p = parse(data);
    QCOMPARE(p.error, QString());
    QCOMPARE(p.records.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QVERIFY2(p.records.at(i) == expected.at(i), qPrintable(QStringLiteral("record %1").arg(i)));
    QCOMPARE(p.bytesRead, qint64(data.size()));

    // Physical lines: the CRLF inside the quoted construct adds one.
    const int extra = construct.startsWith("\"line 1\r\n") ? 1 : 0;
    qint64 line = 1;
    for (qsizetype i = 0; i < p.lines.size(); ++i) {
        QCOMPARE(p.lines.at(i), line);
        line += (i % 2 == 1) ? 1 + extra : 1;
    }
}

// A read boundary after every byte (and every other split pattern) of the
// mixed sample must give the same records as reading it in one go.
void TestCsvReader::everyReadBoundary_data()
{
    QTest::addColumn<qint64>("step");
    for (qint64 step : {1, 2, 3, 5, 7, 64})
        QTest::newRow(qPrintable(QStringLiteral("%1 bytes per read").arg(step))) << step;
}

void TestCsvReader::everyReadBoundary()
{
    QFETCH(qint64, step);
    const Parsed whole = parse(mixedSample);
    QCOMPARE(whole.error, QString());
    QCOMPARE(whole.records, mixedExpected);

    TrickleDevice device(mixedSample, step);
    device.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    const Parsed p = parseDevice(&device);
    // The reader really saw short reads.
    QCOMPARE(device.reads(), (mixedSample.size() + step - 1) / step);
    QCOMPARE(p.error, QString());
    QCOMPARE(p.records, mixedExpected);
    QCOMPARE(p.lines, whole.lines);
    QCOMPARE(p.bytesRead, qint64(mixedSample.size()));

    // Errors split at every byte too.
    const QByteArray bad("a\r\n\"b\r\nc\"\"\"x\r\n");
    TrickleDevice badDevice(bad, step);
    badDevice.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    QCOMPARE(parseDevice(&badDevice).error,
             QStringLiteral("line 3: unexpected character after closing quote"));
}

void TestCsvReader::recordLargerThanChunk()
{
    // A record of about 600 KB, more than two chunks, in quoted fields of
    // 30,000 characters with doubled quotes and CRLFs spread through them.
    QByteArray raw;
    QString value;
    while (value.size() < 30000 - 12) {
        raw += "abc,def\"\"ghi\r\n";
        value += QStringLiteral("abc,def\"ghi\n");
    }
    QByteArray data = "x";
    for (int i = 0; i < 20; ++i)
        data += ",\"" + raw + "\"";
    data += ",y\r\nnext,row\r\n";
    QVERIFY(data.size() > 512 * 1024);
    const Parsed p = parse(data);
    QCOMPARE(p.error, QString());
    QCOMPARE(p.records.size(), 2);
    QCOMPARE(p.records.at(0).size(), 22);
    for (int i = 1; i <= 20; ++i)
        QVERIFY(p.records.at(0).at(i) == value);
    QCOMPARE(p.records.at(0).at(21), QStringLiteral("y"));
    QCOMPARE(p.records.at(1), (QStringList{"next", "row"}));
    QCOMPARE(p.lines.at(1), qint64(20 * value.count(QLatin1Char('\n')) + 2));
}

// What no spreadsheet or CQC file holds is refused, so that memory stays
// bounded: a cell over a spreadsheet's 32,767 characters, a record over
// 1 MB (typically a quote that is never closed).
void TestCsvReader::limitsRefused_data()
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

void TestCsvReader::limitsRefused()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, error);
    const Parsed p = parse(data);
    QCOMPARE(p.error, error);
    QCOMPARE(p.records.size(), 1); // the header before it
}

void TestCsvReader::manyRecordsFromFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("ratings.csv"));
    constexpr int Rows = 100000;
    qint64 size = 0;
    {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QByteArray data("\xEF\xBB\xBF" "Location ID,Name,Rating,Note\r\n");
        for (int i = 0; i < Rows; ++i) {
            data += "1-" + QByteArray::number(i) + ",\"Home " + QByteArray::number(i)
                    + ", Leeds\",Good,";
            if (i % 10 == 0)
                data += "\"note with \"\"quotes\"\"\r\nand a second line\"";
            data += "\r\n";
            if (data.size() > 1024 * 1024) {
                QCOMPARE(out.write(data), qint64(data.size()));
                data.clear();
            }
        }
        QCOMPARE(out.write(data), qint64(data.size()));
        size = out.size();
    }

    QFile in(path);
    QVERIFY(in.open(QIODevice::ReadOnly));
    CsvReader reader(&in);
    QStringList fields;
    QVERIFY(reader.readRecord(&fields));
    QCOMPARE(fields, (QStringList{"Location ID", "Name", "Rating", "Note"}));
    int count = 0;
    qint64 line = 2;
    while (reader.readRecord(&fields)) {
        if (fields.size() != 4 || reader.recordLine() != line)
            QFAIL(qPrintable(QStringLiteral("record %1 on line %2: %3")
                                 .arg(count).arg(reader.recordLine()).arg(fields.join('|'))));
        if (count % 10 == 0) {
            QCOMPARE(fields.at(3), QStringLiteral("note with \"quotes\"\nand a second line"));
            ++line;
        }
        ++line;
        ++count;
    }
    QCOMPARE(reader.errorString(), QString());
    QCOMPARE(count, Rows);
    QCOMPARE(reader.bytesRead(), size);
}

void TestCsvReader::deviceNotOpen()
{
    QBuffer buffer;
    CsvReader reader(&buffer);
    QStringList fields;
    QVERIFY(!reader.readRecord(&fields));
    QVERIFY(reader.hasError());
    QVERIFY(reader.errorString().startsWith(QLatin1String("line 1: ")));
}

// Pure Core code: runs without a display or platform plugin.
QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
