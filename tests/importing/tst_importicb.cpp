// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// The ICB (integrated care board) of a location: CQC's API gives it
// (onspdIcbName), the Latest ratings sheets do not (their "Location ONSPD
// CCG" is a clinical commissioning group, left alone). An API import stores
// it, a later sheet keeps it, and the trust list's summary takes the ICB of
// most of a trust's locations.
#include <storage/RatingStore.h>
#include "ImportTestSupport.h"
#include "RatingsSheetRows.h"

#include <QtTest>

using namespace ImportTestSupport;

static const QString greaterManchester = QStringLiteral("NHS Greater Manchester Integrated Care Board");

static ProviderSummary summaryOf(const Database &db, const QString &id)
{
    for (const ProviderSummary &s : RatingStore(db).providerSummaries())
        if (s.provider.id == id)
            return s;
    return {};
}

class TstImportIcb : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void apiLocationGivesItsIcb()
    {
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const ImportResult r = import(db, sample(QStringLiteral("location_RM317.json")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(locationOf(db.database(), QStringLiteral("RM317")).icb, greaterManchester);
        QCOMPARE(summaryOf(db.database(), QStringLiteral("RM3")).icb, greaterManchester);
    }

    // A provider payload has an onspdIcbName too, but the trust's ICB is
    // where its locations are: a provider alone has none.
    void providerPayloadAloneGivesNoIcb()
    {
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const ImportResult r = import(db, sample(QStringLiteral("provider_1-101611810.json")));
        QVERIFY2(r.ok, qPrintable(r.error));
        const ProviderSummary s = summaryOf(db.database(), QStringLiteral("1-101611810"));
        QCOMPARE(s.provider.id, QStringLiteral("1-101611810"));
        QCOMPARE(s.icb, QString());
    }

    // The sheet names the location again (a new name, its CCG) without an
    // ICB: what the API said stays, and so does the sheet's news.
    void sheetReimportKeepsTheIcb()
    {
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        QVERIFY(import(db, sample(QStringLiteral("location_RM317.json"))).ok);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString sheet = dir.filePath(QStringLiteral("latest_ratings_locations.csv"));
        QByteArray csv = RatingsSheetRows::csvLine(RatingsSheetRows::locationsHeader());
        csv += RatingsSheetRows::csvLine(RatingsSheetRows::locationRow(
            QStringLiteral("RM317"), QStringLiteral("The Royal Oldham Hospital (sheet)"), QStringLiteral("Overall"),
            QStringLiteral("Overall"), QStringLiteral("Good"), QStringLiteral("2024-03-01"), QStringLiteral("RM3"),
            QStringLiteral("Northern Care Alliance NHS Foundation Trust")));
        QVERIFY(writeFile(sheet, csv));
        const ImportResult r = import(db, sheet);
        QVERIFY2(r.ok, qPrintable(r.error));
        const LocationRecord l = locationOf(db.database(), QStringLiteral("RM317"));
        QCOMPARE(l.name, QStringLiteral("The Royal Oldham Hospital (sheet)"));
        QCOMPARE(l.icb, greaterManchester);
        const ProviderSummary s = summaryOf(db.database(), QStringLiteral("RM3"));
        QCOMPARE(s.provider.name, QStringLiteral("Northern Care Alliance NHS Foundation Trust"));
        QCOMPARE(s.icb, greaterManchester);
    }

    // Only a sheet: the data has no ICB, and the summary says so with "".
    void sheetAloneGivesNoIcb()
    {
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const ImportResult r = import(db, fixture(QStringLiteral("latest_locations_current.csv")));
        QVERIFY2(r.ok, qPrintable(r.error));
        const QVector<ProviderSummary> all = RatingStore(db.database()).providerSummaries();
        QVERIFY(!all.isEmpty());
        for (const ProviderSummary &s : all)
            QVERIFY2(s.icb.isEmpty(), qPrintable(s.provider.id + QLatin1String(": ") + s.icb));
    }
};

QTEST_GUILESS_MAIN(TstImportIcb)
#include "tst_importicb.moc"
