// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// SampleDataLoader and RatingWriter::removeSample against real SQLite
// files: the bundled sample loads all or nothing, and removing it keeps any
// real data.

#include <storage/RatingStore.h>
#include <storage/RatingWriter.h>
#include <storage/SampleDataLoader.h>
#include "StorageSuite.h"
#include "TestDatabase.h"

#include <QtTest>

class TestSampleData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void sampleLoads();
    void sampleLoadIsAllOrNothing();
    void removeSample();
    void removeSampleKeepsRealData();
};

void TestSampleData::init()
{
    failOnAnyWarning();
}

void TestSampleData::sampleLoads()
{
    TestDatabase db(TestDatabase::Empty);
    QVERIFY2(db.isOpen(), qPrintable(db.error()));
    const RatingStore store(db.database());
    QVERIFY(!store.holdsOnlySample());
    SampleDataLoader sample(db.database());
    QVERIFY2(sample.load(), qPrintable(sample.errorString()));

    const DatabaseStats stats = store.stats();
    QCOMPARE(stats.providers, 2);
    QCOMPARE(stats.locations, 2);
    QVERIFY(stats.ratings > 0);
    QCOMPARE(stats.imports, 1);
    QVERIFY(store.holdsOnlySample());
    QVERIFY(!store.isEmpty());

    const QVector<ImportRecord> imports = store.imports();
    QCOMPARE(imports.size(), 1);
    QVERIFY(imports.first().isSample);
    // The import's own record of what it wrote matches what is stored.
    QCOMPARE(imports.first().newObservations, stats.ratings);
    QCOMPARE(imports.first().providers, 2);
    QCOMPARE(imports.first().locations, 2);
}

void TestSampleData::sampleLoadIsAllOrNothing()
{
    TestDatabase db(TestDatabase::Empty);
    QVERIFY2(db.isOpen(), qPrintable(db.error()));
    const QByteArray before = db.dump();
    // The first report is fine; the second has no date, so the whole load fails.
    const QByteArray json = R"({"providers": [{"id": "P1", "name": "A trust", "locations": [],
        "reports": [{"date": "2020-01-01", "ratings": {"Overall": "Good"}},
                    {"ratings": {"Overall": "Inadequate"}}]}]})";
    SampleDataLoader sample(db.database());
    QVERIFY(!sample.load(json));
    QVERIFY2(sample.errorString().contains(QStringLiteral("P1")), qPrintable(sample.errorString()));
    QCOMPARE(db.dump(), before);

    QVERIFY(!sample.load("not json"));
    QVERIFY(!sample.errorString().isEmpty());
    QCOMPARE(db.dump(), before);
}

void TestSampleData::removeSample()
{
    TestDatabase db(TestDatabase::WithSample);
    QVERIFY2(db.isOpen(), qPrintable(db.error()));
    const RatingStore store(db.database());
    QVERIFY(store.holdsOnlySample());
    {
        RatingWriter writer(db.database());
        QVERIFY2(writer.removeSample(), qPrintable(writer.errorString()));
    }
    const DatabaseStats stats = store.stats();
    QCOMPARE(stats.providers, 0);
    QCOMPARE(stats.locations, 0);
    QCOMPARE(stats.reports, 0);
    QCOMPARE(stats.ratings, 0);
    QCOMPARE(stats.imports, 0);
    QVERIFY(store.isEmpty());
    QVERIFY(!store.holdsOnlySample());
}

void TestSampleData::removeSampleKeepsRealData()
{
    // A real import that names a sample provider claims it: removing the
    // sample then keeps that provider and the real facts about it.
    TestDatabase db(TestDatabase::WithSample);
    QVERIFY2(db.isOpen(), qPrintable(db.error()));
    const RatingStore store(db.database());
    {
        RatingWriter writer(db.database());
        QVERIFY(writer.beginImport(anImport("real.csv")) > 0);
        QVERIFY(writer.writeProvider(aProvider("RJ2", "Lewisham and Greenwich NHS Trust")));
        ObservationRecord o = observation(0, {}, {}, KeyQuestion::Overall, QStringLiteral("Good"),
                                          QStringLiteral("2024-01-01"));
        o.providerId = QStringLiteral("RJ2");
        QCOMPARE(writer.addObservation(o), RatingWriter::Added::New);
        QVERIFY(!store.holdsOnlySample());
        QVERIFY2(writer.removeSample(), qPrintable(writer.errorString()));
    }
    const DatabaseStats stats = store.stats();
    QCOMPARE(stats.providers, 1);
    QCOMPARE(stats.locations, 0);
    QCOMPARE(stats.ratings, 1);
    QCOMPARE(stats.imports, 1);
    ProviderRecord p;
    QVERIFY(store.provider(QStringLiteral("RJ2"), &p));
    QVERIFY(!store.provider(QStringLiteral("RXY"), &p));
    const QVector<ObservationRecord> left = store.observationsOfProvider(QStringLiteral("RJ2"));
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().publicationDate, QDate(2024, 1, 1));
    QCOMPARE(left.first().importFile, QStringLiteral("real.csv"));
}

QTEST_GUILESS_MAIN(TestSampleData)
#include "tst_sampledata.moc"
