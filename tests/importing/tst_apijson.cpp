// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// ApiJsonSource on files of CQC API payloads: a JSON array is read element
// by element (memory follows the largest payload, not the file), and every
// way the file can be wrong is one error naming its place.
#include <importing/ApiJsonSource.h>
#include "PeakMemory.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

class TestApiJson : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }

    // A real CQC payload (RM317's location), given the ID `id`.
    static QByteArray payload(int id)
    {
        QFile f(QStringLiteral(TR_SAMPLES_DIR "/location_RM317.json"));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QByteArray text = f.readAll();
        return text.replace("\"RM317\"", "\"RM" + QByteArray::number(id) + "\"");
    }

    struct Read
    {
        bool opened = false;
        int records = 0, issues = 0;
        bool failed = false;
        QString error;
        QStringList issueText;
    };

    static Read readAll(const QString &path)
    {
        Read r;
        ApiJsonSource source(path);
        r.opened = source.open();
        if (!r.opened) {
            r.error = source.errorString();
            return r;
        }
        RecordFacts facts;
        ImportIssue issue;
        for (;;) {
            const RecordSource::Next next = source.next(&facts, &issue);
            if (next == RecordSource::Next::End)
                break;
            if (next == RecordSource::Next::Error) {
                r.failed = true;
                r.error = source.errorString();
                break;
            }
            if (next == RecordSource::Next::Issue) {
                ++r.issues;
                r.issueText << issue.toString();
            } else {
                ++r.records;
            }
        }
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!payload(1).isEmpty(), TR_SAMPLES_DIR "/location_RM317.json is missing");
    }

    void bigArrayStreams()
    {
        // About 60 MB: before streaming the whole file was read and then
        // parsed into a QJsonDocument, several times its size in memory.
        const QString path = m_dir.filePath(QStringLiteral("big.json"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        constexpr int count = 1800;
        QVERIFY(out.write("[\n") == 2);
        for (int i = 0; i < count; ++i) {
            const QByteArray p = payload(1000 + i) + (i + 1 < count ? ",\n" : "\n");
            QVERIFY(out.write(p) == p.size());
        }
        QVERIFY(out.write("]\n") == 2);
        out.close();
        QVERIFY(out.size() > 55 * 1024 * 1024);

#ifdef Q_OS_LINUX
        QVERIFY(PeakMemory::reset());
        const qint64 peakBefore = PeakMemory::kilobytes();
        QVERIFY(peakBefore > 0);
#endif
        ApiJsonSource source(path);
        QVERIFY2(source.open(), qPrintable(source.errorString()));
        RecordFacts facts;
        ImportIssue issue;
        int records = 0;
        double lastProgress = 0;
        bool monotonic = true;
        QSet<QString> locations;
        for (;;) {
            const RecordSource::Next next = source.next(&facts, &issue);
            if (next == RecordSource::Next::End)
                break;
            QVERIFY2(next == RecordSource::Next::Record, qPrintable(issue.toString() + source.errorString()));
            ++records;
            for (const LocationRecord &l : std::as_const(facts.locations))
                locations.insert(l.id);
            if (source.progress() < lastProgress)
                monotonic = false;
            lastProgress = source.progress();
        }
        QCOMPARE(records, count);
        QCOMPARE(locations.size(), count); // every element, each once
        QVERIFY(monotonic);
        QCOMPARE(source.progress(), 1.0);
#ifdef Q_OS_LINUX
        const qint64 grownKb = PeakMemory::kilobytes() - peakBefore;
        QVERIFY2(grownKb < 16 * 1024, qPrintable(QStringLiteral("peak memory grew by %1 kB").arg(grownKb)));
#endif
    }

    void arrayShapes_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("records");
        QTest::addColumn<QStringList>("issues");
        const QByteArray a = payload(1), b = payload(2);
        QTest::newRow("one") << "[" + a + "]" << 1 << QStringList();
        QTest::newRow("two, spaced") << "  \n[\n\t" + a + " ,\r\n " + b + "\n]\n\n" << 2 << QStringList();
        // Strings holding brackets, commas and escaped quotes do not end an element.
        QByteArray tricky = a;
        tricky.replace("\"name\": \"", "\"name\": \"]}, {\\\"[\\\\\\\",");
        QTest::newRow("brackets in strings") << "[" + tricky + "," + b + "]" << 2 << QStringList();
        QTest::newRow("scalars") << QByteArray("[1, \"x\", null, [true]]") << 0
                                 << QStringList{QStringLiteral("$[0]"), QStringLiteral("$[1]"), QStringLiteral("$[2]"),
                                                QStringLiteral("$[3]")};
        QTest::newRow("empty") << QByteArray(" [ ] ") << 0 << QStringList();
    }

    void arrayShapes()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, records);
        QFETCH(QStringList, issues);
        const Read r = readAll(write(QStringLiteral("shape.json"), text));
        QVERIFY2(r.opened && !r.failed, qPrintable(r.error));
        QCOMPARE(r.records, records);
        QCOMPARE(r.issues, issues.size());
        for (int i = 0; i < issues.size(); ++i)
            QVERIFY2(r.issueText.at(i).contains(issues.at(i) + QStringLiteral(" ")), qPrintable(r.issueText.at(i)));
    }

    void arrayErrors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("recordsBefore");
        QTest::addColumn<QString>("message");
        const QByteArray a = payload(1);
        const int lines = a.count('\n');
        QTest::newRow("unterminated") << "[" + a + "," << 1 << QStringLiteral("unterminated array at line %1").arg(lines + 1);
        QTest::newRow("truncated element") << "[" + a + "," + a.left(300) << 1 << QStringLiteral("not valid JSON: ");
        QTest::newRow("missing comma") << "[" + a + "\n" + a + "]" << 1
                                       << QStringLiteral("missing value separator at line %1, column 1").arg(lines + 2);
        QTest::newRow("garbage after") << "[" + a + "] trailing" << 1
                                       << QStringLiteral("garbage at the end of the document");
        QTest::newRow("stray brace") << QByteArray("[\n  }") << 0 << QStringLiteral("illegal value at line 2, column 3");
        QTest::newRow("bracket bomb") << QByteArray(200000, '[') << 0 << QStringLiteral("too deeply nested document");
        QTest::newRow("element too large") << "[\"" + QByteArray(17 * 1024 * 1024, 'x') + "\"]" << 0
                                           << QStringLiteral("element 0 is larger than 16 MB");
    }

    void arrayErrors()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, recordsBefore);
        QFETCH(QString, message);
        const QString path = write(QStringLiteral("bad.json"), text);
        const Read r = readAll(path);
        QVERIFY(r.opened);
        QVERIFY(r.failed);
        QCOMPARE(r.records, recordsBefore);
        QVERIFY2(r.error.startsWith(path + QStringLiteral(": ")), qPrintable(r.error));
        QVERIFY2(r.error.contains(message), qPrintable(r.error));
        QVERIFY2(!r.error.contains(QLatin1Char('\n')), qPrintable(r.error));
    }

    void oversizedSingleObjectAndLineRefused()
    {
        const QByteArray big = "{\"name\": \"" + QByteArray(17 * 1024 * 1024, 'x') + "\"}";
        const Read one = readAll(write(QStringLiteral("one.json"), big));
        QVERIFY(!one.opened);
        QVERIFY2(one.error.contains(QStringLiteral("one JSON value of 17 MB, larger than 16 MB")), qPrintable(one.error));

        const QByteArray lines = payload(1).replace('\n', ' ') + "\n" + big + "\n";
        const Read nd = readAll(write(QStringLiteral("lines.ndjson"), lines));
        QVERIFY2(nd.opened, qPrintable(nd.error));
        QVERIFY(nd.failed);
        QCOMPARE(nd.records, 1);
        QVERIFY2(nd.error.contains(QStringLiteral("line 2 is larger than 16 MB")), qPrintable(nd.error));
    }
};

QTEST_GUILESS_MAIN(TestApiJson)
#include "tst_apijson.moc"
