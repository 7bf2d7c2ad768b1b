// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// ReadAheadSource: the records of a source read on another thread come out
// in order, issues and the end or error included, and destroying it
// mid-file stops the reading without waiting for the rest.
#include <importing/ReadAheadSource.h>

#include <QtTest>

#include <atomic>

namespace {

// Records 0..count-1: every seventh an issue; then End, or Error with a message.
class CountingSource : public RecordSource
{
public:
    CountingSource(int count, bool failAtEnd) : m_count(count), m_fail(failAtEnd) {}
    bool open() override { return true; }
    Next next(RecordFacts *facts, ImportIssue *issue) override
    {
        const int i = m_read++;
        if (i >= m_count)
            return m_fail ? Next::Error : Next::End;
        if (i % 7 == 3) {
            issue->where = QStringLiteral("line %1").arg(i);
            return Next::Issue;
        }
        ProviderRecord p;
        p.id = QStringLiteral("P%1").arg(i);
        facts->providers = {p};
        return Next::Record;
    }
    double progress() const override { return m_count ? double(m_read) / m_count : 1.0; }
    QString errorString() const override
    {
        return m_fail && m_read > m_count ? QStringLiteral("broken after record %1").arg(m_count) : QString();
    }
    int read() const { return m_read; }

private:
    const int m_count;
    const bool m_fail;
    std::atomic<int> m_read{0};
};

} // namespace

class TestReadAheadSource : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void inOrder_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("fail");
        QTest::newRow("empty") << 0 << false;
        QTest::newRow("less than a batch") << 100 << false;
        QTest::newRow("many batches") << 10000 << false;
        QTest::newRow("error after many batches") << 10000 << true;
        QTest::newRow("error at once") << 0 << true;
    }

    void inOrder()
    {
        QFETCH(int, count);
        QFETCH(bool, fail);
        CountingSource source(count, fail);
        ReadAheadSource ahead(source);
        RecordFacts facts;
        ImportIssue issue;
        for (int i = 0; i < count; ++i) {
            facts.clear();
            issue = {};
            const RecordSource::Next next = ahead.next(&facts, &issue);
            if (i % 7 == 3) {
                QCOMPARE(next, RecordSource::Next::Issue);
                QCOMPARE(issue.where, QStringLiteral("line %1").arg(i));
                QVERIFY(facts.providers.isEmpty());
            } else {
                QCOMPARE(next, RecordSource::Next::Record);
                QCOMPARE(facts.providers.size(), 1);
                QCOMPARE(facts.providers.first().id, QStringLiteral("P%1").arg(i));
            }
        }
        const RecordSource::Next last = fail ? RecordSource::Next::Error : RecordSource::Next::End;
        QCOMPARE(ahead.next(&facts, &issue), last);
        QCOMPARE(ahead.next(&facts, &issue), last); // and stays there
        QCOMPARE(ahead.errorString(), fail ? QStringLiteral("broken after record %1").arg(count) : QString());
        QCOMPARE(ahead.progress(), fail ? double(count + 1) / qMax(count, 1) : (count ? 1.0 + 1.0 / count : 1.0));
    }

    // A cancelled import: a few records taken, then the reader destroyed.
    // It reads no more than its few batches ahead, and does not hang.
    void stopsWhenDestroyed()
    {
        CountingSource source(1000000, false);
        {
            ReadAheadSource ahead(source);
            RecordFacts facts;
            ImportIssue issue;
            for (int i = 0; i < 10; ++i)
                QVERIFY(ahead.next(&facts, &issue) != RecordSource::Next::End);
        }
        QVERIFY2(source.read() < 10000, qPrintable(QString::number(source.read())));
    }
};

QTEST_APPLESS_MAIN(TestReadAheadSource)
#include "tst_readaheadsource.moc"
