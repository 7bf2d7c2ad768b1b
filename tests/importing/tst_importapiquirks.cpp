// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// CQC API JSON through Importer into real SQLite files, from the hand-written
// fixtures in fixtures/ (one quirk of CQC-DATA.md each, see
// fixtures/README.md): one object, arrays, NDJSON and folders, trust-only key
// questions, numbers as strings and the history's odd entries.
#include <core/RatingGrid.h>
#include <importing/Importer.h>
#include <storage/RatingStore.h>
#include "ImportTestSupport.h"

#include <QDir>
#include <QtTest>

using namespace ImportTestSupport;

class TstImportApiQuirks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---- CQC API JSON ------------------------------------------------------------

    void apiShapes_data()
    {
        QTest::addColumn<QStringList>("paths");
        QTest::addColumn<qint64>("records");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("one object") << QStringList{fixture(QStringLiteral("api_location.json"))} << qint64(1)
                                    << sorted({QStringLiteral("RE9|RE901||Overall|Good|2020-07-03|"),
                                               QStringLiteral("RE9|RE901||Safe|Requires improvement|2020-07-03|"),
                                               QStringLiteral("RE9|RE901||Effective|Good|2020-07-03|"),
                                               QStringLiteral("RE9|RE901||Caring|Outstanding|2020-07-03|"),
                                               QStringLiteral("RE9|RE901||Responsive|Good|2020-07-03|"),
                                               QStringLiteral("RE9|RE901||Well-led|Good|2020-07-03|"),
                                               QStringLiteral("RE9|RE901|Surgery|Overall|Good|2020-07-03|"),
                                               QStringLiteral("RE9|RE901|Surgery|Caring|Good|2020-07-03|"),
                                               QStringLiteral("RE9|RE901|Surgery|Safe|Requires improvement|2020-07-03|")});
        QTest::newRow("array of two") << QStringList{fixture(QStringLiteral("api_array.json"))} << qint64(2)
                                      << sorted({QStringLiteral("RE9|RE902||Overall|Requires improvement|2023-02-22|"),
                                                 QStringLiteral("RE9|RE902||Safe|Inadequate|2023-02-22|"),
                                                 QStringLiteral("RE9|RE903||Overall|Outstanding|2022-05-05|"),
                                                 QStringLiteral("RE9|RE903||Caring|Outstanding|2022-05-05|")});
        QTest::newRow("NDJSON, three lines") << QStringList{fixture(QStringLiteral("api_lines.ndjson"))} << qint64(3)
                                             << sorted({QStringLiteral("RE9|RE904||Overall|Good|2021-09-09|"),
                                                        QStringLiteral("RE9|RE905||Overall|Requires improvement|2019-11-11|"),
                                                        QStringLiteral("RV7|RV701||Overall|Good|2017-04-12|")});
        QStringList missing;
        QTest::newRow("folder with subfolders")
            << Importer::expandPaths({fixture(QStringLiteral("api_dir"))}, &missing) << qint64(3)
            << sorted({QStringLiteral("RE9|RE906||Overall|Good|2018-08-08|"),
                       QStringLiteral("RE9|RE907||Overall|Outstanding|2019-09-19|"),
                       QStringLiteral("RE9|RE907|Dialysis services|Overall|Outstanding|2019-09-19|"),
                       QStringLiteral("RV7|||Overall|Good|2017-04-12|")});
    }

    void apiShapes()
    {
        QFETCH(QStringList, paths);
        QFETCH(qint64, records);
        QFETCH(QStringList, expected);
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        qint64 read = 0;
        for (const QString &path : paths) {
            const ImportResult r = import(db, path);
            QVERIFY2(r.ok, qPrintable(r.error));
            QCOMPARE(r.format, ImportFormat::ApiJson);
            read += r.records;
        }
        QCOMPARE(read, records);
        QCOMPARE(facts(db.database()), expected);
    }

    void expandPathsSearchesFolders()
    {
        QStringList missing;
        const QString dir = fixture(QStringLiteral("api_dir"));
        const QString gone = fixture(QStringLiteral("no_such_file.json"));
        const QStringList files = Importer::expandPaths({dir, gone, fixture(QStringLiteral("api_location.json"))}, &missing);
        QCOMPARE(missing, QStringList{gone + QStringLiteral(": no such file or folder")});
        QStringList names;
        for (const QString &f : files)
            names << QDir(QStringLiteral(TR_FIXTURES_DIR)).relativeFilePath(f);
        // notes.txt is not an import format; the subfolders are searched.
        QCOMPARE(sorted(names), sorted({QStringLiteral("api_dir/RE906.json"), QStringLiteral("api_dir/nested/RE907.json"),
                                        QStringLiteral("api_dir/nested/deeper/provider_RV7.json"),
                                        QStringLiteral("api_location.json")}));
    }

    void apiProviderWithUseOfResources()
    {
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const ImportResult r = import(db, fixture(QStringLiteral("api_provider_trust.json")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.providers, 1);
        QCOMPARE(r.locations, 0);
        const QString re9 = QStringLiteral("RE9|||");
        QCOMPARE(facts(db.database()),
                 sorted({re9 + QStringLiteral("Overall|Requires improvement|2020-07-03|"),
                         re9 + QStringLiteral("Safe|Requires improvement|2020-07-03|"),
                         re9 + QStringLiteral("Effective|Good|2020-07-03|"),
                         re9 + QStringLiteral("Caring|Good|2020-07-03|"),
                         re9 + QStringLiteral("Responsive|Requires improvement|2020-07-03|"),
                         re9 + QStringLiteral("Well-led|Good|2020-07-03|"),
                         re9 + QStringLiteral("Use of resources|Requires improvement|2020-07-03|"),
                         re9 + QStringLiteral("Combined quality and use of resources|Requires improvement|2020-07-03|"),
                         re9 + QStringLiteral("Overall|Requires improvement|2019-01-10|"),
                         re9 + QStringLiteral("Safe|Requires improvement|2019-01-10|"),
                         re9 + QStringLiteral("Effective|Requires improvement|2019-01-10|"),
                         re9 + QStringLiteral("Caring|Good|2019-01-10|"),
                         re9 + QStringLiteral("Responsive|Requires improvement|2019-01-10|"),
                         re9 + QStringLiteral("Well-led|Requires improvement|2019-01-10|"),
                         re9 + QStringLiteral("Use of resources|Good|2019-01-10|"),
                         re9 + QStringLiteral("Combined quality and use of resources|Requires improvement|2019-01-10|"),
                         QStringLiteral("RE9||Community health services for adults|Overall|Outstanding|2017-08-01|"),
                         QStringLiteral("RE9||Community health services for adults|Caring|Outstanding|2017-08-01|")}));
        const ProviderRecord p = providerOf(db.database(), QStringLiteral("RE9"));
        QCOMPARE(p.name, eastmere);
        QCOMPARE(p.type, QStringLiteral("NHS Healthcare Organisation"));
        QCOMPARE(p.region, QStringLiteral("East of England"));
        // The trust's grid gains the two trust-only columns.
        SubjectRatings ratings;
        QVERIFY(RatingStore(db.database()).loadSubject(Subject::provider(QStringLiteral("RE9")), &ratings));
        const RatingGrid grid = RatingGrid::build(ratings, {});
        QVERIFY(grid.columns().contains(KeyQuestion::UseOfResources));
        QVERIFY(grid.columns().contains(KeyQuestion::Combined));
        QCOMPARE(grid.cell(0, KeyQuestion::UseOfResources).rating.text(), QStringLiteral("Requires improvement"));
    }

    void apiNumbersAsStrings()
    {
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const ImportResult r = import(db, fixture(QStringLiteral("api_numbers_as_strings.json")));
        QVERIFY2(r.ok, qPrintable(r.error));
        const LocationRecord l = locationOf(db.database(), QStringLiteral("RE909"));
        QCOMPARE(l.name, QStringLiteral("Eastmere Hospice Unit"));
        // "primary": true (a JSON boolean, where CQC sends the string "true").
        QCOMPARE(l.inspectionCategory, QStringLiteral("Acute hospital - NHS non-specialist"));
        QCOMPARE(facts(db.database()), sorted({QStringLiteral("RE9|RE909||Overall|Good|2021-01-15|"),
                                                 QStringLiteral("RE9|RE909||Safe|Good|2021-01-15|")}));
    }

    void apiHistoricQuirks()
    {
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const ImportResult r = import(db, fixture(QStringLiteral("api_historic_quirks.json")));
        QVERIFY2(r.ok, qPrintable(r.error));
        const QString own = QStringLiteral("RE9|RE908||");
        const QStringList expected = sorted({
            // historicRatings[4]: an overall without key questions
            own + QStringLiteral("Overall|Good|2017-01-01|"),
            // [3] and [2]: two entries on one date
            own + QStringLiteral("Overall|Inadequate|2019-05-01|"),
            own + QStringLiteral("Overall|Requires improvement|2019-05-01|"),
            own + QStringLiteral("Safe|Inadequate|2019-05-01|"),
            // currentRatings, key questions in the order Well-led, Responsive, Safe, Effective, Caring
            own + QStringLiteral("Overall|Good|2021-03-01|"),
            own + QStringLiteral("Well-led|Outstanding|2021-03-01|"),
            own + QStringLiteral("Responsive|Requires improvement|2021-03-01|"),
            own + QStringLiteral("Effective|Good|2021-03-01|"),
            own + QStringLiteral("Caring|Outstanding|2021-03-01|"),
            // [0]: newer than the current overall
            own + QStringLiteral("Overall|Inspected but not rated|2023-05-10|"),
            own + QStringLiteral("Safe|Inspected but not rated|2023-05-10|"),
            // services: named by the payload's inspectionAreas ("npigynae"),
            // by the built-in table ("critical"), or left as the ID ("xyzunit")
            QStringLiteral("RE9|RE908|Gynaecology|Overall|Good|2021-03-01|"),
            QStringLiteral("RE9|RE908|Gynaecology|Safe|Good|2021-03-01|"),
            QStringLiteral("RE9|RE908|Gynaecology|Caring|Outstanding|2021-03-01|"),
            QStringLiteral("RE9|RE908|Critical care|Overall|Requires improvement|2019-05-01|"),
            QStringLiteral("RE9|RE908|xyzunit|Overall|Good|2017-01-01|"),
        });
        QCOMPARE(facts(db.database()), expected);
        // Facts that appear twice in the payload are stored once.
        QCOMPARE(r.newObservations, qint64(expected.size()));

        const Subject re908 = Subject::location(QStringLiteral("RE908"));
        const QString id = QStringLiteral("RE908");
        const GridCell overall = gridCell(db.database(), re908, id, QString(), KeyQuestion::Overall);
        QCOMPARE(overall.rating.text(), QStringLiteral("Good"));
        QCOMPARE(overall.date, QDate(2021, 3, 1));
        QCOMPARE(overall.laterNonGrade.text(), QStringLiteral("Inspected but not rated"));
        // A key question keeps its own, older date.
        const GridCell safe = gridCell(db.database(), re908, id, QString(), KeyQuestion::Safe);
        QCOMPARE(safe.rating.text(), QStringLiteral("Inadequate"));
        QCOMPARE(safe.date, QDate(2019, 5, 1));
        // Matched by name, not by position.
        QCOMPARE(gridCell(db.database(), re908, id, QString(), KeyQuestion::WellLed).rating.text(),
                 QStringLiteral("Outstanding"));
        QCOMPARE(gridCell(db.database(), re908, id, QString(), KeyQuestion::Responsive).rating.text(),
                 QStringLiteral("Requires improvement"));
        // Of the two entries on 2019-05-01, the one listed first (newest first) wins.
        QCOMPARE(gridCell(db.database(), re908, id, QString(), KeyQuestion::Overall, QDate(2019, 5, 1)).rating.text(),
                 QStringLiteral("Requires improvement"));
        QCOMPARE(gridCell(db.database(), re908, id, QString(), KeyQuestion::Overall, QDate(2018, 12, 31)).rating.text(),
                 QStringLiteral("Good"));
        QVERIFY(gridCell(db.database(), re908, id, QString(), KeyQuestion::Safe, QDate(2018, 12, 31)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstImportApiQuirks)
#include "tst_importapiquirks.moc"
