// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <storage/SqliteBackend.h>

#include <storage/Schema.h>
#include <storage/SqliteStatement.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QUrl>
#include <QVariant>

#include <sqlite3.h>
#include <unistd.h>

SqliteBackend::SqliteBackend(QString connectionName) : m_name(std::move(connectionName))
{}

SqliteBackend::~SqliteBackend()
{
    close();
}

QSqlDatabase SqliteBackend::connection() const
{
    return QSqlDatabase::database(m_name, false);
}

bool SqliteBackend::isOpen() const
{
    return QSqlDatabase::contains(m_name) && connection().isOpen();
}

QString SqliteBackend::databaseName() const
{
    return connection().databaseName();
}

QString SqliteBackend::filePath() const
{
    return filePathOf(databaseName());
}

QString SqliteBackend::filePathOf(const QString &name)
{
    if (name.startsWith(QLatin1String("file:")))
        return QUrl(name).toLocalFile();
    return name.isEmpty() || name == QLatin1String(":memory:") ? QString() : QFileInfo(name).absoluteFilePath();
}

bool SqliteBackend::fail(const QString &reason)
{
    m_error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(m_path), reason);
    m_handle = nullptr;
    // Close the file now, but leave removing the connection to close() (the
    // next open() or the destructor): the caller still holds a handle and a
    // query on it, and removing it under them prints "connection is still in
    // use" on every refused file.
    if (QSqlDatabase::contains(m_name)) {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    return false;
}

bool SqliteBackend::refuse(const QString &reason)
{
    fail(reason);
    m_refused = true;
    return false;
}

void SqliteBackend::close()
{
    m_handle = nullptr;
    if (!QSqlDatabase::contains(m_name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

// By the calling process's rights, so that a read-only mount, a folder of
// another user and a file without write permission are all seen as such.
static bool writable(const QString &path)
{
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}

bool SqliteBackend::beginWrite(const std::function<bool(const QString &)> &stillWaiting)
{
    QSqlQuery q(connection());
    for (;;) {
        // Each attempt waits up to busy_timeout inside SQLite.
        if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return true;
        const QSqlError e = q.lastError();
        const bool busy = e.nativeErrorCode() == QLatin1String("5") || e.nativeErrorCode() == QLatin1String("6");
        if (!busy) {
            m_error = e.text();
            return false;
        }
        const QString message =
            tr("%1: waiting for another import to finish").arg(QDir::toNativeSeparators(databaseName()));
        if (stillWaiting && !stillWaiting(message)) {
            m_error = tr("another import was still writing to it; nothing was changed");
            return false;
        }
    }
}

bool SqliteBackend::commit()
{
    QSqlDatabase db = connection();
    if (db.commit())
        return true;
    m_error = db.lastError().text();
    return false;
}

void SqliteBackend::rollback()
{
    connection().rollback();
}

void SqliteBackend::truncateLog()
{
    if (m_readOnly)
        return;
    QSqlQuery q(connection());
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

QString SqliteBackend::writeErrorText(const QString &error) const
{
    if (!error.contains(QLatin1String("disk is full")) && !error.contains(QLatin1String("No space left")))
        return error;
    const QString folder = QFileInfo(databaseName()).absolutePath();
    const QStorageInfo disk(folder);
    return tr("no space left on %1").arg(QDir::toNativeSeparators(disk.isValid() ? disk.rootPath() : folder));
}

// A database in a folder that cannot be written: SQLite cannot create the
// -shm file a WAL database needs, so the file is opened as immutable (no
// locks, no log): right for a read-only share nobody writes meanwhile.
bool SqliteBackend::reopenImmutable()
{
    QSqlDatabase db = connection();
    db.close();
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    QUrl uri = QUrl::fromLocalFile(QFileInfo(m_path).absoluteFilePath());
    uri.setQuery(QStringLiteral("immutable=1"));
    db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
    return db.open();
}

bool SqliteBackend::checkIntegrity()
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next()) {
        m_error = q.lastError().text();
        return false;
    }
    if (q.value(0).toString() != QLatin1String("ok")) {
        m_error = q.value(0).toString();
        return false;
    }
    return true;
}

void SqliteBackend::prepareForBulkWrite()
{
    QSqlQuery q(connection());
    q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(BulkCacheKiB));
    q.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    // Outside the transaction: inside one, SQLite ignores the pragma.
    q.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    // Into a database that holds (almost) nothing yet, WAL writes every new
    // page twice: to the log, then again at the checkpoint that follows the
    // commit (1.8 s of a 7 s first national import, 100 MB each time). A
    // rollback journal copies only pages that existed before, and a new
    // database has a handful, so each page is written once. Changing the
    // mode needs the file to ourselves: with another connection open (a
    // window, a second program) SQLite refuses and WAL stays, as before.
    // FULL while in that mode: NORMAL's guarantee holds only for WAL.
    m_rollbackJournalForBulk = false;
    if (q.exec(QStringLiteral("PRAGMA page_count")) && q.next() && q.value(0).toLongLong() <= SmallDatabasePages
        && q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) && q.next()
        && q.value(0).toString() == QLatin1String("delete")) {
        m_rollbackJournalForBulk = true;
        q.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    }
}

void SqliteBackend::endBulkWrite()
{
    QSqlQuery q(connection());
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (m_rollbackJournalForBulk) {
        q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        m_rollbackJournalForBulk = false;
    }
}

// The statements come from sqlite_master: the indexes as this database has
// them, whatever migration made them (a primary key's has no SQL).
bool SqliteBackend::dropIndexes(const QString &table, QStringList *rebuild)
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?"
                             " AND sql IS NOT NULL ORDER BY name"));
    q.addBindValue(table);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    QStringList names, statements;
    while (q.next()) {
        names << q.value(0).toString();
        statements << q.value(1).toString();
    }
    QStringList drops;
    for (const QString &name : std::as_const(names))
        drops << QStringLiteral("DROP INDEX \"%1\"").arg(name);
    drops << QStringLiteral("PRAGMA cache_size = -%1").arg(AppendCacheKiB);
    if (!execute(drops))
        return false;
    *rebuild = statements << QStringLiteral("PRAGMA cache_size = -%1").arg(BulkCacheKiB);
    return true;
}

bool SqliteBackend::execute(const QStringList &statements)
{
    QSqlQuery q(connection());
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            m_error = q.lastError().text();
            return false;
        }
    }
    return true;
}

std::unique_ptr<PreparedStatement> SqliteBackend::prepare(const char *sql)
{
    return std::make_unique<SqliteStatement>(m_handle, sql);
}

QString SqliteBackend::versionText(int version)
{
    return QStringLiteral("%1.%2.%3").arg(version / 1000000).arg(version / 1000 % 1000).arg(version % 1000);
}

QString SqliteBackend::libraryProblem(int builtWith, int linked, int driver)
{
    if (linked < builtWith)
        return tr("this program was built for SQLite %1 or later, but the SQLite library here is version %2")
            .arg(versionText(builtWith), versionText(linked));
    if (driver != linked)
        return tr("Qt's SQLite driver uses SQLite %1, but this program calls SQLite %2; both must be the same library")
            .arg(versionText(driver), versionText(linked));
    return {};
}

// Before the driver's handle is used with SQLite's own API (prepare()): it
// must be an sqlite3*, and of the library this program calls.
bool SqliteBackend::checkLibrary()
{
    const QSqlDatabase db = connection();
    const QVariant handle = db.driver()->handle();
    sqlite3 *raw = nullptr;
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        raw = *static_cast<sqlite3 *const *>(handle.constData());
    if (!raw)
        return fail(tr("Qt's SQLite driver gives no SQLite handle"));
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT sqlite_version()")) || !q.next())
        return fail(tr("cannot open: %1").arg(q.lastError().text()));
    const QStringList parts = q.value(0).toString().split(QLatin1Char('.'));
    const int driver = parts.value(0).toInt() * 1000000 + parts.value(1).toInt() * 1000 + parts.value(2).toInt();
    const QString problem = libraryProblem(SQLITE_VERSION_NUMBER, sqlite3_libversion_number(), driver);
    if (!problem.isEmpty())
        return fail(problem);
    m_handle = raw;
    return true;
}

// Reads the 16-byte SQLite header without opening the file through SQLite,
// so that a file of another kind is refused before anything could touch it.
static bool looksLikeSqlite(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

bool SqliteBackend::open(const QString &path, int targetVersion, bool readOnly)
{
    close();
    m_path = path;
    m_error.clear();
    m_refused = false;

    const QFileInfo info(path);
    m_readOnly = readOnly || !writable(info.absolutePath()) || (info.exists() && !writable(path));
    if (info.exists()) {
        if (info.isDir())
            return refuse(tr("is a folder, not a database file"));
        if (info.size() > 0 && !looksLikeSqlite(path))
            return refuse(tr("is not a Trust Ratings database (not an SQLite file); it was left untouched"));
    } else if (!info.dir().exists()) {
        return fail(tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(info.absolutePath())));
    } else if (m_readOnly) {
        return fail(tr("cannot create the database: the folder %1 cannot be written")
                        .arg(QDir::toNativeSeparators(info.absolutePath())));
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    if (m_readOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open())
        return fail(tr("cannot open: %1").arg(db.lastError().text()));

    QSqlQuery q(db);
    // First: every statement below may meet another process's lock.
    q.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    if (m_readOnly && !(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next())) {
        q.finish();
        q = QSqlQuery();
        if (!reopenImmutable())
            return fail(tr("cannot open read-only: %1").arg(connection().lastError().text()));
        db = connection();
        q = QSqlQuery(db);
    }
    q.finish();
    if (!checkLibrary())
        return false;
    // One statement, so one snapshot: read apart, another process's first
    // upgrade could commit between them (version 0 with tables: "another
    // program").
    int version = 0, applicationId = 0, tables = 0;
    if (!q.exec(QStringLiteral("SELECT (SELECT user_version FROM pragma_user_version),"
                               " (SELECT application_id FROM pragma_application_id),"
                               " (SELECT count(*) FROM sqlite_master)"))
        || !q.next())
        return refuse(tr("is not a usable SQLite database (%1); it was left untouched").arg(q.lastError().text()));
    version = q.value(0).toInt();
    applicationId = q.value(1).toInt();
    tables = q.value(2).toInt();
    q.finish();

    if (version > Schema::latestVersion())
        return refuse(tr("was written by a newer Trust Ratings (schema version %1; this program knows up to %2); "
                         "it was left untouched, please upgrade the program")
                          .arg(version)
                          .arg(Schema::latestVersion()));
    if ((version == 0 && tables > 0) || (version > 0 && applicationId != Schema::ApplicationId))
        return refuse(
            tr("is an SQLite database of another program, not a Trust Ratings database; it was left untouched"));

    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (m_readOnly) {
        q.finish();
        if (version < targetVersion)
            return refuse(tr("cannot be written here and was made by an older Trust Ratings (schema version %1); "
                             "open it once where it can be written, to upgrade it")
                              .arg(version));
        return true;
    }
    q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    q.finish();

    if (version < targetVersion && !migrate(version, targetVersion))
        return false;
    return true;
}

// Under the write lock, and from the version read under it: processes that
// open an older (or new, empty) file at once upgrade it once, in turn.
bool SqliteBackend::migrate(int from, int to)
{
    QSqlDatabase db = connection();
    QElapsedTimer waited;
    waited.start();
    // Another process's upgrade takes a moment; its import may take minutes.
    if (!beginWrite([&](const QString &) { return waited.elapsed() < 15 * 60 * 1000; }))
        return fail(tr("cannot start the schema upgrade: %1").arg(m_error));
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        const QString why = q.lastError().text();
        q.finish();
        db.rollback();
        return fail(tr("cannot start the schema upgrade: %1").arg(why));
    }
    from = q.value(0).toInt();
    q.finish();
    for (int version = from + 1; version <= to; ++version) {
        for (const QString &statement : Schema::migrationTo(version)) {
            if (!q.exec(statement)) {
                const QString error = q.lastError().text();
                q.finish();
                db.rollback();
                return fail(tr("schema upgrade to version %1 failed: %2").arg(version).arg(error));
            }
        }
        q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
    }
    q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Schema::ApplicationId));
    q.finish();
    if (!db.commit()) {
        const QString error = db.lastError().text();
        db.rollback();
        return fail(tr("schema upgrade failed: %1").arg(error));
    }
    return true;
}
