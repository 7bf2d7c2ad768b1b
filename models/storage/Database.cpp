#include <storage/Database.h>

#include <storage/Schema.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QUrl>

#include <unistd.h>

int Database::schemaVersion() { return Schema::latestVersion(); }

Database::Database(QString connectionName) : m_name(std::move(connectionName)) {}

Database::~Database() { close(); }

QSqlDatabase Database::connection() const { return QSqlDatabase::database(m_name, false); }

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("trustratings.sqlite"));
}

QString Database::filePath(const QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QSQLITE"))
        return {};
    const QString name = db.databaseName();
    if (name.startsWith(QLatin1String("file:")))
        return QUrl(name).toLocalFile();
    return name.isEmpty() || name == QLatin1String(":memory:") ? QString() : QFileInfo(name).absoluteFilePath();
}

bool Database::fail(const QString &reason)
{
    m_error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(m_path), reason);
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

bool Database::refuse(const QString &reason)
{
    fail(reason);
    m_refused = true;
    return false;
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool Database::open(const QString &path) { return open(path, Schema::latestVersion()); }

// By the calling process's rights, so that a read-only mount, a folder of
// another user and a file without write permission are all seen as such.
static bool writable(const QString &path)
{
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}

bool Database::isReadOnly(const QSqlDatabase &db)
{
    return db.connectOptions().contains(QLatin1String("QSQLITE_OPEN_READONLY"));
}

bool Database::beginWrite(const QSqlDatabase &db, const std::function<bool(const QString &)> &stillWaiting,
                          QString *error)
{
    QSqlQuery q(db);
    for (;;) {
        // Each attempt waits up to busy_timeout inside SQLite.
        if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return true;
        const QSqlError e = q.lastError();
        const bool busy = e.nativeErrorCode() == QLatin1String("5") || e.nativeErrorCode() == QLatin1String("6");
        if (!busy) {
            *error = e.text();
            return false;
        }
        const QString message = tr("%1: waiting for another import to finish")
                                    .arg(QDir::toNativeSeparators(db.databaseName()));
        if (stillWaiting && !stillWaiting(message)) {
            *error = tr("another import was still writing to it; nothing was changed");
            return false;
        }
    }
}

void Database::truncateLog(const QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QSQLITE") || isReadOnly(db))
        return;
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

QString Database::writeErrorText(const QSqlDatabase &db, const QString &error)
{
    if (!error.contains(QLatin1String("disk is full")) && !error.contains(QLatin1String("No space left")))
        return error;
    const QStorageInfo disk(QFileInfo(db.databaseName()).absolutePath());
    return tr("no space left on %1").arg(QDir::toNativeSeparators(disk.isValid() ? disk.rootPath() : QFileInfo(db.databaseName()).absolutePath()));
}

// A database in a folder that cannot be written: SQLite cannot create the
// -shm file a WAL database needs, so the file is opened as immutable (no
// locks, no log): right for a read-only share nobody writes meanwhile.
bool Database::openReadOnly()
{
    QSqlDatabase db = connection();
    db.close();
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    QUrl uri = QUrl::fromLocalFile(QFileInfo(m_path).absoluteFilePath());
    uri.setQuery(QStringLiteral("immutable=1"));
    db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
    return db.open();
}

bool Database::checkIntegrity(const QSqlDatabase &db, QString *error)
{
    if (db.driverName() != QLatin1String("QSQLITE"))
        return true;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    if (q.value(0).toString() != QLatin1String("ok")) {
        *error = q.value(0).toString();
        return false;
    }
    return true;
}

void Database::prepareForBulkWrite(const QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QSQLITE"))
        return;
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA cache_size = -262144")); // KiB: up to 256 MiB, used only as needed
    q.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
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

bool Database::open(const QString &path, int targetVersion)
{
    close();
    m_path = path;
    m_error.clear();
    m_refused = false;

    const QFileInfo info(path);
    m_readOnly = !writable(info.absolutePath()) || (info.exists() && !writable(path));
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
        if (!openReadOnly())
            return fail(tr("cannot open read-only: %1").arg(connection().lastError().text()));
        db = connection();
        q = QSqlQuery(db);
    }
    q.finish();
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
                        .arg(version).arg(Schema::latestVersion()));
    if ((version == 0 && tables > 0) || (version > 0 && applicationId != Schema::ApplicationId))
        return refuse(tr("is an SQLite database of another program, not a Trust Ratings database; it was left untouched"));

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
bool Database::migrate(int from, int to)
{
    QSqlDatabase db = connection();
    QString error;
    QElapsedTimer waited;
    waited.start();
    // Another process's upgrade takes a moment; its import may take minutes.
    if (!beginWrite(db, [&](const QString &) { return waited.elapsed() < 15 * 60 * 1000; }, &error))
        return fail(tr("cannot start the schema upgrade: %1").arg(error));
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
