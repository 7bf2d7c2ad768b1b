// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// CQC's Latest ratings sheets through Importer into real SQLite files: the
// CSV fixtures in fixtures/ (each layout CQC has used, and one quirk of
// CQC-DATA.md a file, see fixtures/README.md) and an .ods built here with
// QuaZip, read back through RatingStore and RatingGrid.
#include <storage/RatingStore.h>
#include "ImportTestSupport.h"

#include <QtTest>

using namespace ImportTestSupport;

class TstImportSheets : public QObject
{
    Q_OBJECT

    // Written in initTestCase.
    LatestRatingsOds m_odsGood;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_odsGood.write());
    }

    // ---- Latest ratings sheets as CSV --------------------------------------------

    void csvLayouts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("records");
        QTest::addColumn<qint64>("providers");
        QTest::addColumn<qint64>("locations");
        QTest::addColumn<QStringList>("expected");

        const QString re901 = QStringLiteral("RE9|RE901|");
        QTest::newRow("Locations, current 28 columns")
            << fixture(QStringLiteral("latest_locations_current.csv")) << qint64(11) << qint64(1) << qint64(2)
            << sorted({re901 + QStringLiteral("|Overall|Good|2020-07-03|"),
                       re901 + QStringLiteral("|Safe|Requires improvement|2020-07-03|"),
                       re901 + QStringLiteral("|Effective|Good|2020-07-03|"),
                       re901 + QStringLiteral("|Caring|Outstanding|2020-07-03|"),
                       re901 + QStringLiteral("|Responsive|Good|2020-07-03|"),
                       re901 + QStringLiteral("|Well-led|Good|2020-07-03|"),
                       re901 + QStringLiteral("Surgery|Overall|Good|2020-07-03|"),
                       re901 + QStringLiteral("Surgery|Safe|Requires improvement|2020-07-03|"),
                       re901 + QStringLiteral("Critical care|Overall|Outstanding|2019-01-10|"),
                       QStringLiteral("RE9|RE902||Overall|Requires improvement|2023-02-22|"),
                       QStringLiteral("RE9|RE902||Safe|Inadequate|2023-02-22|")});
        const QString hill = QStringLiteral("1-2000000001|1-1000000001||");
        QTest::newRow("Locations, 2016-2019 layout with Key Question")
            << fixture(QStringLiteral("latest_locations_2017_layout.csv")) << qint64(7) << qint64(2) << qint64(2)
            << sorted({hill + QStringLiteral("Overall|Good|2016-07-14|"),
                       hill + QStringLiteral("Safe|Requires improvement|2016-07-14|"),
                       hill + QStringLiteral("Effective|Good|2016-07-14|"),
                       hill + QStringLiteral("Caring|Good|2016-07-14|"),
                       hill + QStringLiteral("Responsive|Good|2016-07-14|"),
                       hill + QStringLiteral("Well-led|Good|2016-07-14|"),
                       re901 + QStringLiteral("|Overall|Requires improvement|2016-03-01|")});
        const QString re9 = QStringLiteral("RE9||");
        const QString rv7 = QStringLiteral("RV7||");
        QTest::newRow("Providers sheet")
            << fixture(QStringLiteral("latest_providers.csv")) << qint64(11) << qint64(2) << qint64(0)
            << sorted({re9 + QStringLiteral("|Overall|Requires improvement|2020-07-03|"),
                       re9 + QStringLiteral("|Safe|Requires improvement|2020-07-03|"),
                       re9 + QStringLiteral("|Effective|Good|2020-07-03|"),
                       re9 + QStringLiteral("|Caring|Good|2020-07-03|"),
                       re9 + QStringLiteral("|Responsive|Requires improvement|2020-07-03|"),
                       re9 + QStringLiteral("|Well-led|Good|2020-07-03|"),
                       re9 + QStringLiteral("Community health services for adults|Overall|Outstanding|2020-07-03|"),
                       rv7 + QStringLiteral("|Overall|Good|2017-04-12|"),
                       rv7 + QStringLiteral("|Safe|Requires improvement|2017-04-12|"),
                       rv7 + QStringLiteral("|Caring|Outstanding|2017-04-12|"),
                       rv7 + QStringLiteral("Forensic inpatient or secure wards|Overall|Outstanding|2017-04-12|")});
    }

    void csvLayouts()
    {
        QFETCH(QString, file);
        QFETCH(qint64, records);
        QFETCH(qint64, providers);
        QFETCH(qint64, locations);
        QFETCH(QStringList, expected);
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const ImportResult r = import(db, file);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.format, ImportFormat::RatingsCsv);
        QCOMPARE(r.records, records);
        QCOMPARE(r.providers, providers);
        QCOMPARE(r.locations, locations);
        QCOMPARE(r.skipped, 0);
        QCOMPARE(r.newObservations, qint64(expected.size()));
        QCOMPARE(facts(db.database()), expected);
    }

    void csvOrganisationFields()
    {
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        for (const char *f : {"latest_locations_current.csv", "latest_providers.csv", "latest_locations_2017_layout.csv"}) {
            const ImportResult r = import(db, fixture(QLatin1String(f)));
            QVERIFY2(r.ok, qPrintable(r.error));
        }
        const LocationRecord l = locationOf(db.database(), QStringLiteral("RE901"));
        QCOMPARE(l.name, QStringLiteral("Eastmere General Hospital"));
        QCOMPARE(l.providerId, QStringLiteral("RE9"));
        QCOMPARE(l.type, QStringLiteral("NHS Healthcare Organisation"));
        QCOMPARE(l.inspectionCategory, QStringLiteral("Acute hospital - NHS non-specialist"));
        QCOMPARE(l.region, QStringLiteral("East of England"));
        QCOMPARE(l.address, QStringLiteral("1 Harbour Road, Eastmere"));
        QCOMPARE(l.postcode, QStringLiteral("EM1 2AB"));
        QCOMPARE(l.url, QStringLiteral("https://www.cqc.org.uk/location/RE901"));
        const ProviderRecord rv7 = providerOf(db.database(), QStringLiteral("RV7"));
        QCOMPARE(rv7.name, QStringLiteral("Valebridge Mental Health NHS Trust"));
        QCOMPARE(rv7.inspectionCategory, QStringLiteral("Mental health - community & residential - NHS"));
        QCOMPARE(rv7.region, QStringLiteral("South East"));
        QCOMPARE(rv7.url, QStringLiteral("https://www.cqc.org.uk/provider/RV7"));
        const LocationRecord hill = locationOf(db.database(), QStringLiteral("1-1000000001"));
        QCOMPARE(hill.name, QStringLiteral("Hillside House"));
        QCOMPARE(hill.type, QStringLiteral("Social Care Org"));
        QCOMPARE(hill.inspectionCategory, QStringLiteral("Residential social care"));
        QCOMPARE(providerOf(db.database(), QStringLiteral("1-2000000001")).name, QStringLiteral("Hillside Care Ltd"));
        // The trust's own rows and its trust-level core service.
        const Subject re9 = Subject::provider(QStringLiteral("RE9"));
        QCOMPARE(gridCell(db.database(), re9, QString(), QString(), KeyQuestion::Overall).rating.text(),
                 QStringLiteral("Requires improvement"));
        QCOMPARE(gridCell(db.database(), re9, QString(), QStringLiteral("Community health services for adults"),
                          KeyQuestion::Overall)
                     .rating.text(),
                 QStringLiteral("Outstanding"));
        QCOMPARE(gridCell(db.database(), re9, QStringLiteral("RE901"), QStringLiteral("Critical care"),
                          KeyQuestion::Overall)
                     .date,
                 QDate(2019, 1, 10));
    }

    // The same two facts, however the sheet was saved.
    void csvQuirks_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("UTF-8 BOM") << fixture(QStringLiteral("quirk_bom.csv"));
        QTest::newRow("CRLF") << fixture(QStringLiteral("quirk_crlf.csv"));
        QTest::newRow("title lines before the header") << fixture(QStringLiteral("quirk_preamble.csv"));
        QTest::newRow("columns in another order") << fixture(QStringLiteral("quirk_column_order.csv"));
    }

    void csvQuirks()
    {
        QFETCH(QString, file);
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const ImportResult r = import(db, file);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.format, ImportFormat::RatingsCsv);
        QCOMPARE(r.records, 2);
        QCOMPARE(r.locations, 1); // the Locations sheet, not mistaken for the Providers sheet
        QCOMPARE(facts(db.database()), sorted({QStringLiteral("RE9|RE901||Overall|Good|2020-07-03|"),
                                                 QStringLiteral("RE9|RE901||Safe|Requires improvement|2020-07-03|")}));
        const LocationRecord l = locationOf(db.database(), QStringLiteral("RE901"));
        QCOMPARE(l.name, QStringLiteral("Eastmere General Hospital"));
        QCOMPARE(l.postcode, QStringLiteral("EM1 2AB"));
        QCOMPARE(l.url, QStringLiteral("https://www.cqc.org.uk/location/RE901"));
        QCOMPARE(providerOf(db.database(), QStringLiteral("RE9")).name, eastmere);
    }

    void csvQuotedFields()
    {
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const ImportResult r = import(db, fixture(QStringLiteral("quirk_quoting.csv")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.records, 3);
        const LocationRecord stMarys = locationOf(db.database(), QStringLiteral("RE901"));
        QCOMPARE(stMarys.name, QStringLiteral("St Mary's Hospital, Eastmere"));
        QCOMPARE(stMarys.address, QStringLiteral("Unit 4, Harbour Road, Eastmere"));
        QCOMPARE(locationOf(db.database(), QStringLiteral("RE902")).name, QStringLiteral("The \"Harbour\" Wing"));
        QCOMPARE(locationOf(db.database(), QStringLiteral("RE903")).name, QStringLiteral("Eastmere Birth\nCentre"));
        QCOMPARE(providerOf(db.database(), QStringLiteral("RE9")).name,
                 QStringLiteral("Eastmere Hospitals NHS Trust, \"Acute\" Division"));
        QCOMPARE(RatingStore(db.database()).stats().ratings, 3);
    }

    void csvCapitalIIsNormalised()
    {
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const ImportResult r = import(db, fixture(QStringLiteral("quirk_capital_i.csv")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(facts(db.database()), sorted({QStringLiteral("RE9|RE901||Overall|Requires improvement|2020-07-03|"),
                                                 QStringLiteral("RE9|RE901||Safe|Requires improvement|2020-07-03|"),
                                                 QStringLiteral("RE9|RE901||Caring|Good|2020-07-03|")}));
        const GridCell c = gridCell(db.database(), Subject::location(QStringLiteral("RE901")), QStringLiteral("RE901"),
                                    QString(), KeyQuestion::Overall);
        QCOMPARE(c.rating.grade(), Grade::RequiresImprovement);
    }

    void csvNonGradesKeptAsText()
    {
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const ImportResult r = import(db, fixture(QStringLiteral("quirk_non_grades.csv")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(facts(db.database()),
                 sorted({QStringLiteral("RE9|RE901||Overall|Inspected but not rated|2022-12-22|"),
                         QStringLiteral("RE9|RE901||Safe|Insufficient evidence to rate|2022-12-22|"),
                         QStringLiteral("RE9|RE902||Overall|Not Rated|2025-04-01|"),
                         QStringLiteral("RE9|RE903||Overall|No published rating|2021-05-15|")}));
        for (const ObservationRecord &o : RatingStore(db.database()).observationsOfProvider(QStringLiteral("RE9")))
            QCOMPARE(o.rating.grade(), Grade::NotAGrade);

        // A row of the file is the current value, non-grade or not: importing
        // an older file afterwards (its view dated 2023-02-22, this one's
        // 2025-04-01) does not bring the older grade back; the newest view wins.
        QVERIFY(import(db, fixture(QStringLiteral("latest_locations_current.csv"))).ok);
        const Subject re901 = Subject::location(QStringLiteral("RE901"));
        const GridCell c = gridCell(db.database(), re901, QStringLiteral("RE901"), QString(), KeyQuestion::Overall);
        QCOMPARE(c.rating.text(), QStringLiteral("Inspected but not rated"));
        QCOMPARE(c.date, QDate(2022, 12, 22));
        QCOMPARE(c.snapshotDate, QDate(2025, 4, 1));
        const GridCell then = gridCell(db.database(), re901, QStringLiteral("RE901"), QString(), KeyQuestion::Overall,
                                       QDate(2024, 1, 1));
        QCOMPARE(then.rating.text(), QStringLiteral("Good"));
        QCOMPARE(then.date, QDate(2020, 7, 3));
        QCOMPARE(then.snapshotDate, QDate(2023, 2, 22));
    }

    void csvInheritedFlag()
    {
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const ImportResult r = import(db, fixture(QStringLiteral("quirk_inherited.csv")));
        QVERIFY2(r.ok, qPrintable(r.error));
        // The sheet says only that a rating is inherited, not from whom: "Y".
        QCOMPARE(facts(db.database()), sorted({QStringLiteral("RE9|RE901||Overall|Good|2020-07-03|Y"),
                                                 QStringLiteral("RE9|RE901||Safe|Good|2020-07-03|"),
                                                 QStringLiteral("RE9|RE902||Overall|Requires improvement|2023-02-22|")}));
        QVERIFY(gridCell(db.database(), Subject::location(QStringLiteral("RE901")), QStringLiteral("RE901"), QString(),
                         KeyQuestion::Overall)
                    .isInherited());
    }

    // ---- Latest ratings .ods -----------------------------------------------------

    void odsWithReadmeSheet()
    {
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const ImportResult r = import(db, m_odsGood.path());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.format, ImportFormat::RatingsOds);
        QCOMPARE(r.records, 4);
        QCOMPARE(r.providers, 1);
        QCOMPARE(r.locations, 2);
        QCOMPARE(facts(db.database()),
                 sorted({QStringLiteral("RE9|RE901||Overall|Good|2020-07-03|"),
                         QStringLiteral("RE9|RE901||Safe|Requires improvement|2020-07-03|"),
                         QStringLiteral("RE9|RE902|Surgery|Overall|Requires improvement|2023-02-22|Y"),
                         QStringLiteral("RE9|||Overall|Requires improvement|2020-07-03|")}));
        QCOMPARE(locationOf(db.database(), QStringLiteral("RE902")).name, QStringLiteral("Fenwick Community\nHospital"));
        QCOMPARE(providerOf(db.database(), QStringLiteral("RE9")).name, eastmere);
    }
};

QTEST_GUILESS_MAIN(TstImportSheets)
#include "tst_importsheets.moc"
