// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// Database against real SQLite files: schema creation and migration,
// refusal of files that are not ours (left byte-for-byte untouched), the
// file a connection names and the SQLite library check.

#include <storage/Database.h>
#include <storage/RatingStore.h>
#include <storage/RatingWriter.h>
#include <storage/Schema.h>
#include <storage/SqliteBackend.h>
#include "StorageSuite.h"
#include "TestDatabase.h"

#include <QtTest>

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

static QVariant pragma(const QSqlDatabase &db, const char *name)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name))) || !q.next())
        return {};
    return q.value(0);
}

static bool hasIndex(const QSqlDatabase &db, const char *name)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = ?"));
    q.addBindValue(QLatin1String(name));
    return q.exec() && q.next() && q.value(0).toInt() == 1;
}

// Tables and indexes with their SQL, to compare an upgraded file with a fresh one.
static QStringList schema(const QSqlDatabase &db)
{
    QStringList out;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"));
    while (q.next())
        out << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString() + QLatin1String(": ") + q.value(2).toString();
    return out;
}

static QByteArray contents(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

static bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Everything in the folder, so that a stray -wal, -shm or -journal shows up.
static QStringList listing(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

class TestDatabaseSuite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void freshDatabase();
    void emptyFileBecomesADatabase();
    void reopenKeepsData();
    void upgradeFromVersion1();
    void upgradeFromVersion6AddsTheIcb();
    void refusesFile_data();
    void refusesFile();
    void missingFolder();
    void filePathOfAConnection();
    void sqliteLibraryIsChecked();
};

void TestDatabaseSuite::init()
{
    failOnAnyWarning();
}

void TestDatabaseSuite::freshDatabase()
{
    TestDatabase db(TestDatabase::Empty);
    QVERIFY2(db.isOpen(), qPrintable(db.error()));
    QVERIFY(QFile::exists(db.path()));
    QCOMPARE(pragma(db.connection(), "user_version").toInt(), Database::schemaVersion());
    QCOMPARE(Database::schemaVersion(), Schema::latestVersion());
    QCOMPARE(pragma(db.connection(), "application_id").toInt(), Schema::ApplicationId);
    QCOMPARE(pragma(db.connection(), "foreign_keys").toInt(), 1);
    QCOMPARE(pragma(db.connection(), "journal_mode").toString(), QStringLiteral("wal"));
    // The index that makes a repeated fact a no-op.
    QVERIFY(hasIndex(db.connection(), "observations_identity"));
    QVERIFY(RatingStore(db.database()).isEmpty());
    QVERIFY(!db.database().refusedFile());
    QVERIFY(db.database().errorString().isEmpty());
}

void TestDatabaseSuite::emptyFileBecomesADatabase()
{
    // A zero-byte file (say, made by "touch") is a new database, not a refusal.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    QVERIFY(writeFile(path, QByteArray()));
    Database db(QStringLiteral("empty-file"));
    QVERIFY2(db.open(path), qPrintable(db.errorString()));
    QCOMPARE(pragma(connectionOf(db), "user_version").toInt(), Database::schemaVersion());
    QCOMPARE(pragma(connectionOf(db), "application_id").toInt(), Schema::ApplicationId);
}

void TestDatabaseSuite::reopenKeepsData()
{
    TestDatabase sample(TestDatabase::WithSample);
    QVERIFY2(sample.isOpen(), qPrintable(sample.error()));
    const QByteArray before = sample.dump();
    sample.database().close();
    QVERIFY2(sample.database().open(sample.path()), qPrintable(sample.database().errorString()));
    QCOMPARE(sample.dump(), before);
}

void TestDatabaseSuite::upgradeFromVersion1()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        Database v1(QStringLiteral("upgrade-v1"));
        QVERIFY2(v1.open(path, 1), qPrintable(v1.errorString()));
        QCOMPARE(pragma(connectionOf(v1), "user_version").toInt(), 1);
        QCOMPARE(pragma(connectionOf(v1), "application_id").toInt(), Schema::ApplicationId);
        // Version 2's read indexes are not there yet.
        QVERIFY(hasIndex(connectionOf(v1), "observations_identity"));
        QVERIFY(!hasIndex(connectionOf(v1), "observations_by_location"));

        // Only the statements whose tables version 1 already had in their
        // final shape: the writer targets the latest schema.
        RatingWriter writer(v1);
        QVERIFY(writer.beginImport(anImport("ratings-2020.csv")) > 0);
        QVERIFY2(writer.writeProvider(aProvider("RJ2", "Lewisham and Greenwich NHS Trust")),
                 qPrintable(writer.errorString()));
        // Observations gained columns in version 6: a version 1 row, as that program wrote it.
        QSqlQuery q(connectionOf(v1));
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO services (name) VALUES ('Surgery')")), qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral(
                     "INSERT INTO observations (provider_id, service_id, key_question, rating, publication_date, import_id)"
                     " SELECT 'RJ2', s.id, 'Overall', 'Good', '2020-07-03', i.id FROM services s, imports i")),
                 qPrintable(q.lastError().text()));
        QCOMPARE(q.numRowsAffected(), 1);
    }
    // The writer's statements are gone; only now may the connection close.

    Database latest(QStringLiteral("upgrade-latest"));
    QVERIFY2(latest.open(path), qPrintable(latest.errorString()));
    QVERIFY(Database::schemaVersion() >= 2);
    QCOMPARE(pragma(connectionOf(latest), "user_version").toInt(), Database::schemaVersion());
    QCOMPARE(pragma(connectionOf(latest), "application_id").toInt(), Schema::ApplicationId);
    // Every later migration ran: the upgraded file has exactly a fresh file's schema.
    TestDatabase fresh(TestDatabase::Empty);
    QVERIFY2(fresh.isOpen(), qPrintable(fresh.error()));
    QCOMPARE(schema(connectionOf(latest)), schema(fresh.connection()));
    QVERIFY(hasIndex(connectionOf(latest), "observations_by_location"));

    const RatingStore store(latest);
    const DatabaseStats stats = store.stats();
    QCOMPARE(stats.providers, 1);
    QCOMPARE(stats.ratings, 1);
    QCOMPARE(stats.imports, 1);
    ProviderRecord p;
    QVERIFY(store.provider(QStringLiteral("RJ2"), &p));
    QCOMPARE(p.name, QStringLiteral("Lewisham and Greenwich NHS Trust"));
    const QVector<ObservationRecord> observations = store.observationsOfProvider(QStringLiteral("RJ2"));
    QCOMPARE(observations.size(), 1);
    QCOMPARE(observations.first().service, QStringLiteral("Surgery"));
    QCOMPARE(observations.first().rating.text(), QStringLiteral("Good"));
    QCOMPARE(observations.first().publicationDate, QDate(2020, 7, 3));
    QCOMPARE(observations.first().importFile, QStringLiteral("ratings-2020.csv"));

    // The upgraded file takes new data like a fresh one.
    RatingWriter writer(latest);
    QVERIFY(writer.beginImport(anImport("ratings-2021.csv")) > 0);
    QVERIFY2(writer.writeLocation(aLocation("RJ231", "RJ2", "Queen Elizabeth Hospital")),
             qPrintable(writer.errorString()));
    QCOMPARE(store.stats().locations, 1);
}

// Version 7 added locations.icb: a version 6 file (the last without it),
// with a location as that program wrote it, upgrades in place.
void TestDatabaseSuite::upgradeFromVersion6AddsTheIcb()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v6.sqlite"));
    {
        Database v6(QStringLiteral("upgrade-v6"));
        QVERIFY2(v6.open(path, 6), qPrintable(v6.errorString()));
        QCOMPARE(pragma(connectionOf(v6), "user_version").toInt(), 6);
        QSqlQuery q(connectionOf(v6));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pragma_table_info('locations') WHERE name = 'icb'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        for (const char *sql : {"INSERT INTO providers (id, name) VALUES ('RM3', 'Northern Care Alliance NHS Foundation Trust')",
                                "INSERT INTO locations (id, provider_id, name, region, predecessor_id)"
                                " VALUES ('RM317', 'RM3', 'Royal Oldham Hospital', 'North West', 'RW603')"})
            QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
    }
    Database latest(QStringLiteral("upgrade-v6-latest"));
    QVERIFY2(latest.open(path), qPrintable(latest.errorString()));
    QCOMPARE(pragma(connectionOf(latest), "user_version").toInt(), Database::schemaVersion());
    QVERIFY(Database::schemaVersion() >= 7);
    TestDatabase fresh(TestDatabase::Empty);
    QVERIFY2(fresh.isOpen(), qPrintable(fresh.error()));
    QCOMPARE(schema(connectionOf(latest)), schema(fresh.connection()));

    const RatingStore store(latest);
    LocationRecord l;
    QVERIFY(store.location(QStringLiteral("RM317"), &l));
    QCOMPARE(l.name, QStringLiteral("Royal Oldham Hospital"));
    QCOMPARE(l.region, QStringLiteral("North West"));
    QCOMPARE(l.predecessorId, QStringLiteral("RW603"));
    QCOMPARE(l.icb, QString());
    // The new column takes an ICB, and the trust list reads it.
    RatingWriter writer(latest);
    QVERIFY(writer.beginImport(anImport("location_RM317.json")) > 0);
    LocationRecord withIcb = l;
    withIcb.icb = QStringLiteral("NHS Greater Manchester Integrated Care Board");
    QVERIFY2(writer.writeLocation(withIcb), qPrintable(writer.errorString()));
    QVERIFY(store.location(QStringLiteral("RM317"), &l));
    QCOMPARE(l.icb, withIcb.icb);
    const QVector<ProviderSummary> trusts = store.providerSummaries();
    QCOMPARE(trusts.size(), 1);
    QCOMPARE(trusts.first().icb, withIcb.icb);
    QCOMPARE(trusts.first().provider.name, QStringLiteral("Northern Care Alliance NHS Foundation Trust"));
}

void TestDatabaseSuite::refusesFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");   // a word the error must contain

    QTest::newRow("newer Trust Ratings") << "newer" << "newer";
    QTest::newRow("junk bytes") << "junk" << "not an SQLite file";
    QTest::newRow("JSON file") << "json" << "not an SQLite file";
    QTest::newRow("another program's SQLite database") << "other" << "another program";
    QTest::newRow("SQLite header, damaged body") << "damaged" << "left untouched";
    QTest::newRow("a folder") << "folder" << "folder";
}

// Makes the file to refuse; returns an empty string or what went wrong.
static QString makeFile(const QString &kind, const QString &path)
{
    if (kind == QLatin1String("newer")) {
        Database db(QStringLiteral("make-newer"));
        if (!db.open(path))
            return db.errorString();
        QSqlQuery q(connectionOf(db));
        if (!q.exec(QStringLiteral("PRAGMA user_version = 99")))
            return QStringLiteral("cannot set user_version");
        // Closing the last connection checkpoints and deletes the -wal file,
        // so the bytes compared below are all there is.
        return {};
    }
    if (kind == QLatin1String("junk")) {
        QByteArray junk;
        for (int i = 0; i < 4096; ++i)
            junk.append(char((i * 37 + 11) & 0xff));
        return writeFile(path, junk) ? QString() : QStringLiteral("cannot write");
    }
    if (kind == QLatin1String("json"))
        return writeFile(path, R"({"providers": [{"id": "RJ2", "name": "Lewisham and Greenwich NHS Trust"}]})")
                   ? QString() : QStringLiteral("cannot write");
    if (kind == QLatin1String("other")) {
        const QString name = QStringLiteral("make-other");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            if (!db.open())
                return QStringLiteral("cannot create");
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"))
                || !q.exec(QStringLiteral("INSERT INTO notes (body) VALUES ('shopping list')")))
                return QStringLiteral("cannot fill");
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return {};
    }
    if (kind == QLatin1String("damaged")) {
        QByteArray bytes("SQLite format 3\0", 16);
        bytes.append(QByteArray(4080, '\x5a'));
        return writeFile(path, bytes) ? QString() : QStringLiteral("cannot write");
    }
    if (kind == QLatin1String("folder"))
        return QDir().mkdir(path) ? QString() : QStringLiteral("cannot mkdir");
    return QStringLiteral("unknown kind");
}

void TestDatabaseSuite::refusesFile()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ratings.sqlite"));
    const QString error = makeFile(kind, path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(listing(dir.path()), QStringList{QStringLiteral("ratings.sqlite")});
    const QByteArray before = contents(path);
    QCOMPARE(before.isEmpty(), kind == QLatin1String("folder"));

    Database db(QStringLiteral("refuse-") + kind);
    QVERIFY(!db.open(path));
    QVERIFY(db.refusedFile());
    QVERIFY2(db.errorString().contains(QDir::toNativeSeparators(path)), qPrintable(db.errorString()));
    QVERIFY2(db.errorString().contains(reason), qPrintable(db.errorString()));
    QVERIFY(!db.isOpen());
    QVERIFY(!connectionOf(db).isOpen());

    // Untouched: same bytes, and no journal, -wal or -shm left beside it.
    QCOMPARE(contents(path), before);
    QCOMPARE(listing(dir.path()), QStringList{QStringLiteral("ratings.sqlite")});
}

void TestDatabaseSuite::missingFolder()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("no-such-folder"));
    Database db(QStringLiteral("missing-folder"));
    QVERIFY(!db.open(QDir(folder).filePath(QStringLiteral("ratings.sqlite"))));
    // Not the file's fault: nothing to refuse, the user picked a wrong place.
    QVERIFY(!db.refusedFile());
    QVERIFY2(db.errorString().contains(QDir::toNativeSeparators(folder) + QStringLiteral(" does not exist")),
             qPrintable(db.errorString()));
    QVERIFY(!QFileInfo::exists(folder));
}

// About names the open file: a read-only one is opened by a file: URI,
// which is shown as the path it names.
void TestDatabaseSuite::filePathOfAConnection()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.error()));
    QCOMPARE(db.database().filePath(), QFileInfo(db.path()).absoluteFilePath());
    QCOMPARE(RatingStore(db.database()).databaseFile(), QFileInfo(db.path()).absoluteFilePath());
    QCOMPARE(SqliteBackend::filePathOf(QUrl::fromLocalFile(QStringLiteral("/srv/share/my ratings.sqlite")).toString()
                                       + QStringLiteral("?immutable=1")),
             QStringLiteral("/srv/share/my ratings.sqlite"));
    QCOMPARE(SqliteBackend::filePathOf(QStringLiteral(":memory:")), QString());
}

// SQLite's own API is used on the driver's handle only when the library this
// program calls is at least the one it was built against and is the one the
// driver uses; otherwise opening fails and says which versions it found.
void TestDatabaseSuite::sqliteLibraryIsChecked()
{
    QCOMPARE(SqliteBackend::versionText(3040001), QStringLiteral("3.40.1"));
    QCOMPARE(SqliteBackend::libraryProblem(3040001, 3040001, 3040001), QString());
    QCOMPARE(SqliteBackend::libraryProblem(3040001, 3045002, 3045002), QString());

    const QString older = SqliteBackend::libraryProblem(3040001, 3031001, 3031001);
    QVERIFY2(older.contains(QStringLiteral("3.40.1")) && older.contains(QStringLiteral("3.31.1")), qPrintable(older));
    const QString another = SqliteBackend::libraryProblem(3040001, 3040001, 3045000);
    QVERIFY2(another.contains(QStringLiteral("3.45.0")) && another.contains(QStringLiteral("3.40.1")),
             qPrintable(another));
    QVERIFY(another != older);

    // This build's own libraries pass, and the open that checked them reads
    // through the raw handle.
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.error()));
    QSqlQuery version(db.connection());
    QVERIFY(version.exec(QStringLiteral("SELECT sqlite_version()")) && version.next());
    QCOMPARE(version.value(0).toString(), QString::fromLatin1(sqlite3_libversion()));
    QVERIFY(sqlite3_libversion_number() >= SQLITE_VERSION_NUMBER);
    const auto cursor = RatingStore(db.database()).ratings(Subject());
    RatingRow row;
    QVERIFY2(cursor->next(&row), qPrintable(cursor->errorString()));
    QVERIFY(!row.values[RatingRow::ProviderId].isEmpty());
}

QTEST_GUILESS_MAIN(TestDatabaseSuite)
#include "tst_database.moc"
