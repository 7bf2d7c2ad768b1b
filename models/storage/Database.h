#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>

// Owns one named connection to a Trust Ratings database and brings its schema
// up to date. Everything specific to SQLite (pragmas, file checks, the
// migration scripts' dialect) lives here and in Schema.cpp, so that a
// PostgreSQL backend only has to replace this class.
//
// Each thread opens its own Database (its own connection name): Qt's SQL
// connections must not cross threads.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // The schema version this program writes. Older files are migrated
    // forward; newer ones are refused untouched.
    static int schemaVersion();

    explicit Database(QString connectionName);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens or creates the file and migrates it to schemaVersion(). On
    // failure returns false, leaves the file exactly as it was, and
    // errorString() names the file and the reason.
    bool open(const QString &path);
    // For tests of the upgrade path: migrate only as far as `version`.
    bool open(const QString &path, int targetVersion);
    void close();

    QSqlDatabase connection() const;
    QString connectionName() const { return m_name; }
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    // True when open() refused the file itself (not a database, another
    // program's, damaged, too new) rather than failing to read or write it.
    bool refusedFile() const { return m_refused; }

    // Opened read-only: the file or its folder cannot be written here (a
    // read-only share, permissions). Reading works; writing is refused.
    bool isReadOnly() const { return m_readOnly; }
    static bool isReadOnly(const QSqlDatabase &db);

    // Begins a write transaction that holds SQLite's write lock from the
    // start (BEGIN IMMEDIATE), so that a second writer waits here rather
    // than failing half way with "database is locked". While another
    // process holds the lock, `stillWaiting` is called every few seconds
    // with a message to show; returning false gives up (*error says so).
    static bool beginWrite(const QSqlDatabase &db, const std::function<bool(const QString &message)> &stillWaiting,
                           QString *error);
    // After a failed or cancelled write: gives the disk back the space the
    // rolled-back pages took in the write-ahead log.
    static void truncateLog(const QSqlDatabase &db);
    // SQLite's text for a failed write, with a full disk named as such.
    static QString writeErrorText(const QSqlDatabase &db, const QString &error);

    // Reads every page (PRAGMA quick_check): run before adding to a file, not
    // on every open, where it would read a national database whole.
    static bool checkIntegrity(const QSqlDatabase &db, QString *error);

    // A large page cache for a connection about to write a national file in
    // one transaction, so SQLite does not spill half-built pages to the WAL
    // and read them back.
    static void prepareForBulkWrite(const QSqlDatabase &db);

    // The default database file under QStandardPaths::AppDataLocation.
    static QString defaultPath();
    // The full path of the file `db` reads ("" when it is not a file): a
    // read-only file is opened by a file: URI, which is not a path to show.
    static QString filePath(const QSqlDatabase &db);

private:
    bool fail(const QString &reason);
    bool refuse(const QString &reason);
    bool migrate(int from, int to);
    bool openReadOnly();

    QString m_name;
    QString m_path;
    QString m_error;
    bool m_readOnly = false;
    bool m_refused = false;
};
