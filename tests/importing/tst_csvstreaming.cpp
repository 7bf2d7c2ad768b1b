// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// CsvReader reading in chunks: every construct split by a read boundary,
// a record larger than a chunk and a 100,000-record file.
#include "CsvParse.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace CsvParse;

namespace {

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

class TestCsvStreaming : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chunkBoundaries_data();
    void chunkBoundaries();
    void everyReadBoundary_data();
    void everyReadBoundary();
    void recordLargerThanChunk();
    void manyRecordsFromFile();
};

// Puts a chosen construct's critical byte (the CR of a CRLF, a quote that
// may or may not be doubled, the lead byte of a UTF-8 sequence...) on the
// last byte before every multiple of 4 KiB, so whatever power-of-two chunk
// size from 4 KiB up the reader uses, each of its read boundaries splits the
// construct. Padding records fill the gaps.
void TestCsvStreaming::chunkBoundaries_data()
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

void TestCsvStreaming::chunkBoundaries()
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
void TestCsvStreaming::everyReadBoundary_data()
{
    QTest::addColumn<qint64>("step");
    for (qint64 step : {1, 2, 3, 5, 7, 64})
        QTest::newRow(qPrintable(QStringLiteral("%1 bytes per read").arg(step))) << step;
}

void TestCsvStreaming::everyReadBoundary()
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

void TestCsvStreaming::recordLargerThanChunk()
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

void TestCsvStreaming::manyRecordsFromFile()
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

// Pure Core code: runs without a display or platform plugin.
QTEST_GUILESS_MAIN(TestCsvStreaming)
#include "tst_csvstreaming.moc"
