// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// What a sequence of imports leaves in a real SQLite file: re-imports that add
// nothing, monthly files in either order, the date of CQC's view from its file
// name, a later file naming a provider, the bundled sample removed by the first
// real import only, and the imports table.
#include <importing/SnapshotCollector.h>
#include <storage/RatingStore.h>
#include "ImportTestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace ImportTestSupport;

class TstImportSequence : public QObject
{
    Q_OBJECT

    // Written in initTestCase.
    LatestRatingsOds m_odsGood;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_odsGood.write());
    }

    // ---- repeated and combined imports -------------------------------------------

    void viewDateFromCqcFileName()
    {
        QCOMPARE(SnapshotCollector::dateFromFileName(QStringLiteral("01_September_2026_Latest_ratings.ods")), QDate(2026, 9, 1));
        QCOMPARE(SnapshotCollector::dateFromFileName(QStringLiteral("/x/04_January_2022_Latest_ratings_Locations.csv")),
                 QDate(2022, 1, 4));
        QCOMPARE(SnapshotCollector::dateFromFileName(QStringLiteral("01 April 2016 Latest ratings.xlsx")), QDate(2016, 4, 1));
        QVERIFY(!SnapshotCollector::dateFromFileName(QStringLiteral("latest_locations_current.csv")).isValid());
        QVERIFY(!SnapshotCollector::dateFromFileName(QStringLiteral("31_February_2026_Latest_ratings.ods")).isValid());

        // A file under CQC's name is dated by it; --snapshot-date overrides.
        QTemporaryDir dir;
        const QString named = dir.filePath(QStringLiteral("01_March_2023_Latest_ratings_Locations.csv"));
        QVERIFY(QFile::copy(fixture(QStringLiteral("latest_locations_current.csv")), named));
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const ImportResult r = import(db, named);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.snapshotDate, QDate(2023, 3, 1));
        QCOMPARE(gridCell(db.database(), Subject::location(QStringLiteral("RE901")), QStringLiteral("RE901"), QString(),
                          KeyQuestion::Overall).snapshotDate,
                 QDate(2023, 3, 1));
        ImportOptions options;
        options.snapshotDate = QDate(2024, 5, 6);
        const ImportResult overridden = import(db, named, options);
        QVERIFY2(overridden.ok, qPrintable(overridden.error));
        QCOMPARE(overridden.snapshotDate, QDate(2024, 5, 6));
        QCOMPARE(overridden.newObservations, qint64(0));
        QCOMPARE(overridden.snapshots, qint64(2)); // the same cells, as CQC's view of another date
        QCOMPARE(gridCell(db.database(), Subject::location(QStringLiteral("RE901")), QStringLiteral("RE901"), QString(),
                          KeyQuestion::Overall).snapshotDate,
                 QDate(2024, 5, 6));
    }

    // The same bytes again (issue 14): recognised by their SHA-256 before
    // anything is read or written, and reported with the first import's date.
    void reimportIsRecognisedAndChangesNothing()
    {
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const QString file = sample(QStringLiteral("location_RM317.json"));
        const ImportResult first = import(db, file);
        QVERIFY2(first.ok, qPrintable(first.error));
        QVERIFY(first.newObservations > 100);
        const QStringList factsAfterFirst = facts(db.database());
        const ImportResult second = import(db, file);
        QVERIFY2(second.ok, qPrintable(second.error));
        QCOMPARE(second.newObservations, 0);
        QCOMPARE(second.records, 1);
        QCOMPARE(facts(db.database()), factsAfterFirst);
        const QVector<ImportRecord> imports = RatingStore(db.database()).imports();
        QCOMPARE(imports.size(), 1);
        QCOMPARE(imports.at(0).newObservations, first.newObservations);
        QCOMPARE(second.alreadyImportedAt, imports.at(0).importedAt);
        QVERIFY2(second.summaryLine().contains(QStringLiteral(": already imported on %1")
                                                   .arg(imports.at(0).importedAt.toString(
                                                       QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")))),
                 qPrintable(second.summaryLine()));
        QCOMPARE(imports.at(0).sha256,
                 QString::fromLatin1(QCryptographicHash::hash(readAll(file), QCryptographicHash::Sha256).toHex()));
    }

    // Not the same import after all: another snapshot date asks for views
    // the first did not record, and a file whose skipped rows --keep-going
    // allowed must fail again without it.
    void reimportThatIsNotTheSameImport()
    {
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const QString file = fixture(QStringLiteral("latest_locations_current.csv"));
        QVERIFY(import(db, file).ok);
        ImportOptions other;
        other.snapshotDate = QDate(2025, 1, 1);
        const ImportResult redated = import(db, file, other);
        QVERIFY2(redated.ok, qPrintable(redated.error));
        QVERIFY(!redated.alreadyImportedAt.isValid());
        QVERIFY(redated.snapshots > 0);
        QCOMPARE(RatingStore(db.database()).stats().imports, 2);

        const QString mixed = fixture(QStringLiteral("keepgoing_mixed.csv"));
        ImportOptions keepGoing;
        keepGoing.keepGoing = true;
        const ImportResult skipped = import(db, mixed, keepGoing);
        QVERIFY2(skipped.ok && skipped.skipped > 0, qPrintable(skipped.error));
        const ImportResult strict = import(db, mixed);
        QVERIFY(!strict.ok);
        QVERIFY(strict.badInput);
        const ImportResult again = import(db, mixed, keepGoing);
        QVERIFY(again.ok);
        QVERIFY(again.alreadyImportedAt.isValid());
        QCOMPARE(again.skipped, skipped.skipped);
    }

    void reimportCsvAddsNothing()
    {
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const QString file = fixture(QStringLiteral("latest_locations_current.csv"));
        QVERIFY(import(db, file).ok);
        const ImportResult again = import(db, file);
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.newObservations, 0);
        QCOMPARE(again.records, 11);
        QCOMPARE(RatingStore(db.database()).stats().ratings, 11);
        QCOMPARE(RatingStore(db.database()).stats().imports, 1);
        QVERIFY(again.alreadyImportedAt.isValid());
        QCOMPARE(again.snapshotDate, RatingStore(db.database()).snapshotDates().value(0));
    }

    // Imports write without foreign-key checks (Database::prepareForBulkWrite):
    // every file the suites know, in one database, leaves no rating, view or
    // location without its parent.
    void importsLeaveNoOrphans()
    {
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        QStringList files;
        for (const QFileInfo &f : QDir(fixture(QString())).entryInfoList(QDir::Files))
            if (!f.fileName().startsWith(QLatin1String("bad_")) && f.suffix() != QLatin1String("md"))
                files << f.filePath();
        for (const QFileInfo &f : QDir(sample(QString())).entryInfoList({QStringLiteral("*.json")}, QDir::Files))
            files << f.filePath();
        QVERIFY(files.size() > 20);
        ImportOptions keepGoing;
        keepGoing.keepGoing = true;
        int imported = 0;
        for (const QString &file : std::as_const(files)) {
            const ImportResult r = import(db, file, keepGoing);
            // A few fixtures are refused whole (bracket_title.csv): they write nothing.
            QVERIFY2(r.ok || r.badInput, qPrintable(file + QLatin1String(": ") + r.error));
            imported += r.ok ? 1 : 0;
        }
        QVERIFY(imported > 20);
        QVERIFY(RatingStore(db.database()).stats().ratings > 500);
        QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fkcheck"));
        check.setDatabaseName(db.path());
        QVERIFY(check.open());
        {
            QSqlQuery q(check);
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
            QStringList orphans;
            while (q.next())
                orphans << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString() + QLatin1String(" -> ")
                        + q.value(2).toString();
            QVERIFY2(orphans.isEmpty(), qPrintable(orphans.join(QLatin1String("; "))));
        }
        check.close();
        check = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("fkcheck"));
    }

    void monthlySnapshotsInEitherOrder()
    {
        const QString june = fixture(QStringLiteral("snapshot_2024-06.csv"));
        const QString july = fixture(QStringLiteral("snapshot_2024-07.csv"));
        TestDatabase forward(TestDatabase::Empty), backward(TestDatabase::Empty);
        QVERIFY2(forward.isOpen() && backward.isOpen(), qPrintable(forward.error() + backward.error()));
        const ImportResult f1 = import(forward, june), f2 = import(forward, july);
        const ImportResult b1 = import(backward, july), b2 = import(backward, june);
        QVERIFY2(f1.ok && f2.ok && b1.ok && b2.ok, qPrintable(f1.error + f2.error + b1.error + b2.error));
        // July re-states RE902's row: only RE901's new report is new.
        QCOMPARE(f1.newObservations, 3);
        QCOMPARE(f2.newObservations, 2);
        QCOMPARE(b1.newObservations, 3);
        QCOMPARE(b2.newObservations, 2);
        const QStringList expected = sorted({
            QStringLiteral("RE9|RE901||Overall|Good|2020-07-03|"),
            QStringLiteral("RE9|RE901||Safe|Requires improvement|2020-07-03|"),
            QStringLiteral("RE9|RE901||Overall|Requires improvement|2024-06-14|"),
            QStringLiteral("RE9|RE901||Safe|Requires improvement|2024-06-14|"),
            QStringLiteral("RE9|RE902||Overall|Requires improvement|2023-02-22|"),
        });
        QCOMPARE(facts(forward.database()), expected);
        QCOMPARE(facts(backward.database()), expected);
        // The grid goes by publication date, not by import order.
        for (TestDatabase *db : {&forward, &backward}) {
            const GridCell c = gridCell(db->database(), Subject::location(QStringLiteral("RE901")),
                                        QStringLiteral("RE901"), QString(), KeyQuestion::Overall);
            QCOMPARE(c.rating.text(), QStringLiteral("Requires improvement"));
            QCOMPARE(c.date, QDate(2024, 6, 14));
        }
    }

    void laterFileNamesTheProvider_data()
    {
        QTest::addColumn<QString>("namingFile");
        QTest::newRow("provider payload") << fixture(QStringLiteral("api_provider_trust.json"));
        QTest::newRow("Providers sheet") << fixture(QStringLiteral("latest_providers.csv"));
    }

    void laterFileNamesTheProvider()
    {
        QFETCH(QString, namingFile);
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const QString location = fixture(QStringLiteral("api_location.json"));
        ImportResult r = import(db, location);
        QVERIFY2(r.ok, qPrintable(r.error));
        // A location payload knows its provider only by ID.
        ProviderRecord p = providerOf(db.database(), QStringLiteral("RE9"));
        QCOMPARE(p.id, QStringLiteral("RE9"));
        QVERIFY2(p.name.isEmpty(), qPrintable(p.name));
        QCOMPARE(locationOf(db.database(), QStringLiteral("RE901")).providerId, QStringLiteral("RE9"));

        r = import(db, namingFile);
        QVERIFY2(r.ok, qPrintable(r.error));
        p = providerOf(db.database(), QStringLiteral("RE9"));
        QCOMPARE(p.name, eastmere);
        QCOMPARE(p.type, QStringLiteral("NHS Healthcare Organisation"));
        QCOMPARE(p.inspectionCategory, QStringLiteral("Acute hospital - NHS non-specialist"));
        QCOMPARE(p.region, QStringLiteral("East of England"));
        QCOMPARE(p.url, QStringLiteral("https://www.cqc.org.uk/provider/RE9"));

        // A later location payload, still naming the provider by ID only,
        // does not blank out what is known.
        r = import(db, location);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(providerOf(db.database(), QStringLiteral("RE9")).name, eastmere);
        // The location keeps its provider.
        QCOMPARE(RatingStore(db.database()).locationsOf(QStringLiteral("RE9")).size(), 1);
    }

    // ---- the bundled sample ------------------------------------------------------

    void firstRealImportRemovesTheSample()
    {
        TestDatabase db(TestDatabase::WithSample);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        QCOMPARE(providerOf(db.database(), QStringLiteral("RJ2")).id, QStringLiteral("RJ2"));
        QVERIFY(RatingStore(db.database()).holdsOnlySample());

        const ImportResult r = import(db, fixture(QStringLiteral("api_location.json")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.removedSample);
        QVERIFY2(r.summaryLine().contains(QLatin1String("sample")), qPrintable(r.summaryLine()));
        QCOMPARE(providerOf(db.database(), QStringLiteral("RJ2")).id, QStringLiteral("<missing>"));
        QCOMPARE(providerOf(db.database(), QStringLiteral("RXY")).id, QStringLiteral("<missing>"));
        QCOMPARE(locationOf(db.database(), QStringLiteral("RJ224")).id, QStringLiteral("<missing>"));
        const DatabaseStats s = RatingStore(db.database()).stats();
        QCOMPARE(s.providers, 1);
        QCOMPARE(s.locations, 1);
        QCOMPARE(s.ratings, r.newObservations);
        const QVector<ImportRecord> imports = RatingStore(db.database()).imports();
        QCOMPARE(imports.size(), 1);
        QVERIFY(!imports.first().isSample);
        QVERIFY(!RatingStore(db.database()).holdsOnlySample());

        // Only the first real import does it.
        const ImportResult second = import(db, fixture(QStringLiteral("api_array.json")));
        QVERIFY2(second.ok, qPrintable(second.error));
        QVERIFY(!second.removedSample);
        QCOMPARE(RatingStore(db.database()).stats().locations, 3);
    }

    void failedImportKeepsTheSample_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("cancel");
        QTest::newRow("bad record") << fixture(QStringLiteral("bad_date.csv")) << false;
        QTest::newRow("list response") << sample(QStringLiteral("locations.json")) << false;
        QTest::newRow("cancelled") << fixture(QStringLiteral("latest_locations_current.csv")) << true;
    }

    void failedImportKeepsTheSample()
    {
        QFETCH(QString, file);
        QFETCH(bool, cancel);
        TestDatabase db(TestDatabase::WithSample);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const QByteArray before = db.dump();
        ImportOptions options;
        if (cancel)
            options.progress = [](qint64, double) { return false; };
        const ImportResult r = import(db, file, options);
        QVERIFY(!r.ok);
        QCOMPARE(r.cancelled, cancel);
        QCOMPARE(db.dump(), before);
        QCOMPARE(providerOf(db.database(), QStringLiteral("RJ2")).name, QStringLiteral("Lewisham and Greenwich NHS Trust"));
        QVERIFY(RatingStore(db.database()).holdsOnlySample());
        // Nothing was removed, so the result must not say so.
        QVERIFY(!r.removedSample);
    }

    // ---- the imports table -------------------------------------------------------

    void importIsRecorded_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<qint64>("records");
        QTest::addColumn<qint64>("providers");
        QTest::addColumn<qint64>("locations");
        QTest::addColumn<qint64>("views");
        QTest::addColumn<QString>("viewsAsOf");
        QTest::newRow("csv") << fixture(QStringLiteral("latest_locations_current.csv")) << QStringLiteral("ratings-csv")
                             << qint64(11) << qint64(1) << qint64(2) << qint64(2) << QStringLiteral(" (as of 2023-02-22)");
        QTest::newRow("json") << fixture(QStringLiteral("api_array.json")) << QStringLiteral("api-json") << qint64(2)
                              << qint64(1) << qint64(2) << qint64(2) << QString();
        // Two locations and the provider's own rows of the Providers sheet.
        QTest::newRow("ods") << QString() << QStringLiteral("ratings-ods") << qint64(4) << qint64(1) << qint64(2)
                             << qint64(3) << QStringLiteral(" (as of 2023-02-22)");
    }

    void importIsRecorded()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(qint64, records);
        QFETCH(qint64, providers);
        QFETCH(qint64, locations);
        QFETCH(qint64, views);
        QFETCH(QString, viewsAsOf);
        if (file.isEmpty())
            file = m_odsGood.path();
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-1);
        const ImportResult r = import(db, file);
        QVERIFY2(r.ok, qPrintable(r.error));
        const QDateTime finished = QDateTime::currentDateTimeUtc().addSecs(1);
        const QVector<ImportRecord> imports = RatingStore(db.database()).imports();
        QCOMPARE(imports.size(), 1);
        const ImportRecord &i = imports.first();
        QCOMPARE(i.fileName, QFileInfo(file).fileName());
        QCOMPARE(i.sha256, QString::fromLatin1(QCryptographicHash::hash(readAll(file), QCryptographicHash::Sha256).toHex()));
        QCOMPARE(i.format, format);
        QCOMPARE(i.records, records);
        QCOMPARE(i.newObservations, r.newObservations);
        QCOMPARE(i.providers, providers);
        QCOMPARE(i.locations, locations);
        QCOMPARE(i.skipped, 0);
        QVERIFY(!i.isSample);
        QVERIFY2(i.importedAt >= started && i.importedAt <= finished, qPrintable(i.importedAt.toString(Qt::ISODate)));
        // Every observation points at this import.
        for (const ObservationRecord &o : RatingStore(db.database()).observationsOfProvider(QStringLiteral("RE9")))
            QCOMPARE(o.importId, i.id);
        QCOMPARE(r.summaryLine(),
                 QStringLiteral("%1: %2, %3 records, %4 new observations, %5 providers, %6 locations, 0 skipped,"
                                " %7 current views%8")
                     .arg(QDir::toNativeSeparators(file), format)
                     .arg(records)
                     .arg(r.newObservations)
                     .arg(providers)
                     .arg(locations)
                     .arg(views)
                     .arg(viewsAsOf));
    }
};

QTEST_GUILESS_MAIN(TstImportSequence)
#include "tst_importsequence.moc"
