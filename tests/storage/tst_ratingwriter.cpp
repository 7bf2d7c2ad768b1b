// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// RatingWriter against real SQLite files: the "observations are only added"
// rule, across imports too, provider fields that are filled, never
// blanked, and a location's ICB, which only some files give.

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
    void icbIsKeptAndTheTrustsIsTheMostCommon();
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

static LocationRecord inIcb(const char *id, const char *icb)
{
    LocationRecord l = aLocation(id, "RXY", id);
    l.icb = QString::fromLatin1(icb);
    return l;
}

static QString icbOfTrust(const Database &db, const QString &id)
{
    for (const ProviderSummary &s : RatingStore(db).providerSummaries())
        if (s.provider.id == id)
            return s.icb;
    return QStringLiteral("<missing>");
}

void TestRatingWriter::icbIsKeptAndTheTrustsIsTheMostCommon()
{
    TestDatabase db(TestDatabase::Empty);
    QVERIFY2(db.isOpen(), qPrintable(db.error()));
    const RatingStore store(db.database());
    {
        RatingWriter writer(db.database());
        QVERIFY(writer.beginImport(anImport("api.json")) > 0);
        QVERIFY(writer.writeLocation(inIcb("RXY01", "NHS Kent and Medway ICB")));
        QCOMPARE(icbOfTrust(db.database(), QStringLiteral("RXY")), QStringLiteral("NHS Kent and Medway ICB"));
        // One each: a tie goes to the first alphabetically.
        QVERIFY(writer.writeLocation(inIcb("RXY02", "NHS Frimley ICB")));
        QCOMPARE(icbOfTrust(db.database(), QStringLiteral("RXY")), QStringLiteral("NHS Frimley ICB"));
        QVERIFY(writer.writeLocation(inIcb("RXY03", "NHS Kent and Medway ICB")));
        // A location without one does not count.
        QVERIFY(writer.writeLocation(inIcb("RXY04", "")));
        QCOMPARE(icbOfTrust(db.database(), QStringLiteral("RXY")), QStringLiteral("NHS Kent and Medway ICB"));
    }
    // A sheet names RXY01 again, without an ICB, from a new writer (nothing
    // in memory): the SQL keeps the ICB.
    RatingWriter writer(db.database());
    QVERIFY(writer.beginImport(anImport("sheet.csv")) > 0);
    QVERIFY(writer.writeLocation(inIcb("RXY01", "")));
    LocationRecord stored;
    QVERIFY(store.location(QStringLiteral("RXY01"), &stored));
    QCOMPARE(stored.icb, QStringLiteral("NHS Kent and Medway ICB"));
    // A new ICB (boundaries move) does replace the old one.
    QVERIFY(writer.writeLocation(inIcb("RXY01", "NHS Sussex ICB")));
    QVERIFY(store.location(QStringLiteral("RXY01"), &stored));
    QCOMPARE(stored.icb, QStringLiteral("NHS Sussex ICB"));
}

QTEST_GUILESS_MAIN(TestRatingWriter)
#include "tst_ratingwriter.moc"
