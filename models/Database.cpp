#include "Database.h"

#include "Schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

static QString tr(const char *text) { return QCoreApplication::translate("Database", text); }

int Database::schemaVersion() { return Schema::latestVersion(); }

Database::Database(QString connectionName) : m_name(std::move(connectionName)) {}

Database::~Database() { close(); }

QSqlDatabase Database::connection() const { return QSqlDatabase::database(m_name, false); }

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("trustratings.sqlite"));
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
    if (info.exists()) {
        if (info.isDir())
            return refuse(tr("is a folder, not a database file"));
        if (info.size() > 0 && !looksLikeSqlite(path))
            return refuse(tr("is not a Trust Ratings database (not an SQLite file); it was left untouched"));
    } else if (!info.dir().exists()) {
        return fail(tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(info.absolutePath())));
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    if (!db.open())
        return fail(tr("cannot open: %1").arg(db.lastError().text()));

    QSqlQuery q(db);
    auto pragmaInt = [&](const char *pragma, int *out) {
        if (!q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(pragma))) || !q.next())
            return false;
        *out = q.value(0).toInt();
        return true;
    };
    int version = 0, applicationId = 0, tables = 0;
    if (!pragmaInt("user_version", &version) || !pragmaInt("application_id", &applicationId))
        return refuse(tr("is not a usable SQLite database (%1); it was left untouched").arg(q.lastError().text()));
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
        return refuse(tr("is damaged (%1); it was left untouched").arg(q.lastError().text()));
    tables = q.value(0).toInt();

    if (version > Schema::latestVersion())
        return refuse(tr("was written by a newer Trust Ratings (schema version %1; this program knows up to %2); "
                       "it was left untouched, please upgrade the program")
                        .arg(version).arg(Schema::latestVersion()));
    if ((version == 0 && tables > 0) || (version > 0 && applicationId != Schema::ApplicationId))
        return refuse(tr("is an SQLite database of another program, not a Trust Ratings database; it was left untouched"));

    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    q.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    q.finish();

    if (version < targetVersion && !migrate(version, targetVersion))
        return false;
    return true;
}

bool Database::migrate(int from, int to)
{
    QSqlDatabase db = connection();
    if (!db.transaction())
        return fail(tr("cannot start the schema upgrade: %1").arg(db.lastError().text()));
    QSqlQuery q(db);
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
