// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// RatingWriter against real SQLite files: the "observations are only added"
// rule, across imports too, and provider fields that are filled, never
// blanked.

#include <storage/RatingStore.h>
#include <storage/RatingWriter.h>
#include "StorageSuite.h"
#include "TestDatabase.h"

#include <QtTest>

#include <QSqlQuery>

static qint64 count(const QSqlDatabase &db, const char *table)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

class TestRatingWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void observationIsAddedOnce_data();
    void observationIsAddedOnce();
    void sameFactFromAnotherImport();
    void providerFieldsAreFilledNeverBlanked();
};

void TestRatingWriter::init()
{
    failOnAnyWarning();
}

Q_DECLARE_METATYPE(ObservationRecord)

void TestRatingWriter::observationIsAddedOnce_data()
{
    QTest::addColumn<ObservationRecord>("fact");
    const auto fact = [](const char *location, const char *service, KeyQuestion kq, const char *rating) {
        ObservationRecord o = observation(0, QString::fromLatin1(location), QString::fromLatin1(service), kq,
                                          QString::fromLatin1(rating), QStringLiteral("2020-07-03"));
        o.providerId = QStringLiteral("RJ2");
        return o;
    };
    // Every shape of row: NULL location and NULL service must count as "the same" too.
    QTest::newRow("provider's own rating") << fact("", "", KeyQuestion::Overall, "Requires improvement");
    QTest::newRow("trust-level service") << fact("", "Ambulance services", KeyQuestion::Safe, "Good");
    QTest::newRow("location's own rating") << fact("RJ231", "", KeyQuestion::Caring, "Good");
    QTest::newRow("service at a location") << fact("RJ231", "Critical care", KeyQuestion::WellLed, "Outstanding");
    QTest::newRow("non-grade") << fact("RJ231", "Surgery", KeyQuestion::Effective, "Inspected but not rated");
    QTest::newRow("use of resources") << fact("", "", KeyQuestion::UseOfResources, "Requires improvement");
}

void TestRatingWriter::observationIsAddedOnce()
{
    QFETCH(ObservationRecord, fact);
    TestDatabase db(TestDatabase::Empty);
    QVERIFY2(db.isOpen(), qPrintable(db.error()));
    RatingWriter writer(db.database());
    QVERIFY(writer.beginImport(anImport("a.csv")) > 0);
    QVERIFY(writer.writeProvider(aProvider("RJ2", "Lewisham and Greenwich NHS Trust")));
    QVERIFY(writer.writeLocation(aLocation("RJ231", "RJ2", "Queen Elizabeth Hospital")));

    QCOMPARE(writer.addObservation(fact), RatingWriter::Added::New);
    QCOMPARE(count(db.connection(), "observations"), 1);
    QCOMPARE(writer.addObservation(fact), RatingWriter::Added::Known);
    QCOMPARE(count(db.connection(), "observations"), 1);

    // A different value, or the same value on another date, is a new fact.
    ObservationRecord other = fact;
    other.rating = Rating::fromText(QStringLiteral("Inadequate"));
    QCOMPARE(writer.addObservation(other), RatingWriter::Added::New);
    ObservationRecord later = fact;
    later.publicationDate = fact.publicationDate.addYears(1);
    QCOMPARE(writer.addObservation(later), RatingWriter::Added::New);
    QCOMPARE(count(db.connection(), "observations"), 3);
    QCOMPARE(writer.addObservation(later), RatingWriter::Added::Known);
    QCOMPARE(count(db.connection(), "observations"), 3);
}

void TestRatingWriter::sameFactFromAnotherImport()
{
    // Next month's snapshot repeats last month's facts: they stay as first recorded.
    TestDatabase db(TestDatabase::Empty);
    QVERIFY2(db.isOpen(), qPrintable(db.error()));
    ObservationRecord fact = observation(0, {}, {}, KeyQuestion::Overall, QStringLiteral("Good"),
                                         QStringLiteral("2023-08-03"));
    fact.providerId = QStringLiteral("RXY");
    qint64 first = 0;
    {
        RatingWriter writer(db.database());
        first = writer.beginImport(anImport("2024-04.csv"));
        QVERIFY(first > 0);
        QVERIFY(writer.writeProvider(aProvider("RXY", "Kent and Medway NHS and Social Care Partnership Trust")));
        QCOMPARE(writer.addObservation(fact), RatingWriter::Added::New);
    }
    RatingWriter writer(db.database());
    QVERIFY(writer.beginImport(anImport("2024-05.csv")) > first);
    QVERIFY(writer.writeProvider(aProvider("RXY", "Kent and Medway NHS and Social Care Partnership Trust")));
    QCOMPARE(writer.addObservation(fact), RatingWriter::Added::Known);

    const QVector<ObservationRecord> stored = RatingStore(db.database()).observationsOfProvider(QStringLiteral("RXY"));
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().importId, first);
    QCOMPARE(stored.first().importFile, QStringLiteral("2024-04.csv"));
}

void TestRatingWriter::providerFieldsAreFilledNeverBlanked()
{
    TestDatabase db(TestDatabase::Empty);
    QVERIFY2(db.isOpen(), qPrintable(db.error()));
    const RatingStore store(db.database());
    ProviderRecord stored;
    {
        RatingWriter writer(db.database());
        QVERIFY(writer.beginImport(anImport("a.csv")) > 0);
        // A location payload names its provider only by ID.
        QVERIFY(writer.writeLocation(aLocation("RJ231", "RJ2", "Queen Elizabeth Hospital")));
        QVERIFY(store.provider(QStringLiteral("RJ2"), &stored));
        QCOMPARE(stored.name, QString());

        ProviderRecord full = aProvider("RJ2", "Lewisham and Greenwich NHS Trust");
        full.region = QStringLiteral("London");
        QVERIFY(writer.writeProvider(full));
        QVERIFY(store.provider(QStringLiteral("RJ2"), &stored));
        QCOMPARE(stored.name, QStringLiteral("Lewisham and Greenwich NHS Trust"));
        QCOMPARE(stored.region, QStringLiteral("London"));

        QVERIFY(writer.writeProvider(aProvider("RJ2", "")));
        QVERIFY(store.provider(QStringLiteral("RJ2"), &stored));
        QCOMPARE(stored.name, QStringLiteral("Lewisham and Greenwich NHS Trust"));
        QCOMPARE(stored.region, QStringLiteral("London"));
    }
    // A new writer knows nothing in memory: the rule must hold in SQL too.
    RatingWriter writer(db.database());
    QVERIFY(writer.writeProvider(aProvider("RJ2", "")));
    QVERIFY(store.provider(QStringLiteral("RJ2"), &stored));
    QCOMPARE(stored.name, QStringLiteral("Lewisham and Greenwich NHS Trust"));
    QCOMPARE(stored.region, QStringLiteral("London"));
    // A new name (the trust renamed) does replace the old one.
    QVERIFY(writer.writeProvider(aProvider("RJ2", "Lewisham and Greenwich NHS Trust (renamed)")));
    QVERIFY(store.provider(QStringLiteral("RJ2"), &stored));
    QCOMPARE(stored.name, QStringLiteral("Lewisham and Greenwich NHS Trust (renamed)"));
    QCOMPARE(RatingStore(db.database()).stats().providers, 1);
}

QTEST_GUILESS_MAIN(TestRatingWriter)
#include "tst_ratingwriter.moc"
