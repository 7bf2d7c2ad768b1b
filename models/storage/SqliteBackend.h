// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <storage/StorageBackend.h>

#include <QCoreApplication>

struct sqlite3;

// The SQLite file: everything specific to SQLite (file checks, pragmas, the
// write lock, the migration scripts' dialect in Schema.cpp, SQLite's own API
// on the hot paths) lives here.
//
// Its messages are the database's, under the Database context that the
// catalogues translate.
class SqliteBackend final : public StorageBackend
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    explicit SqliteBackend(QString connectionName);
    ~SqliteBackend() override;
    SqliteBackend(const SqliteBackend &) = delete;
    SqliteBackend &operator=(const SqliteBackend &) = delete;

    bool open(const QString &path, int targetVersion, bool readOnly) override;
    void close() override;
    bool isOpen() const override;
    bool refusedFile() const override { return m_refused; }
    bool isReadOnly() const override { return m_readOnly; }
    QString databaseName() const override;
    QString filePath() const override;
    QSqlDatabase connection() const override;

    bool beginWrite(const std::function<bool(const QString &message)> &stillWaiting) override;
    bool commit() override;
    void rollback() override;
    void truncateLog() override;
    QString writeErrorText(const QString &error) const override;
    bool checkIntegrity() override;
    void prepareForBulkWrite() override;
    void endBulkWrite() override;

    bool dropIndexes(const QString &table, QStringList *rebuild) override;
    bool execute(const QStringList &statements) override;
    std::unique_ptr<PreparedStatement> prepare(const char *sql) override;

    QString errorString() const override { return m_error; }

    // The full path of the file a QSQLITE connection of this name reads ("" when
    // it is not a file): a read-only file is opened by a file: URI, which is not a
    // path to show.
    static QString filePathOf(const QString &databaseName);

    // Why SQLite's own API cannot be used on the driver's handle, or "" when it
    // can. The handle is passed to the libsqlite3 this program is linked to, so
    // that library must be at least the version the program was built against
    // (`builtWith`, SQLITE_VERSION_NUMBER), and it must be the library the
    // driver itself uses (`driver`, SQLite's sqlite_version()): a Qt that
    // carries its own SQLite would otherwise get calls from another one.
    // Versions as SQLite numbers them: 3040001 is 3.40.1.
    static QString libraryProblem(int builtWith, int linked, int driver);
    static QString versionText(int version);

private:
    bool fail(const QString &reason);
    bool refuse(const QString &reason);
    bool migrate(int from, int to);
    bool reopenImmutable();
    bool checkLibrary();

    QString m_name;
    QString m_path;
    QString m_error;
    bool m_readOnly = false;
    // A bulk write into a database of at most this many pages (4 MiB: the
    // schema and the bundled sample) uses a rollback journal; see
    // prepareForBulkWrite().
    static constexpr qint64 SmallDatabasePages = 1024;
    // Page cache of a bulk write, in KiB: up to 64 MiB, used only as needed.
    // A national import at 32 MiB took 40% longer; at 256 MiB it held 50 MB
    // more for no gain. While a table's indexes are dropped its inserts are
    // appends, and 16 MiB serves them as fast, 45 MB lighter.
    static constexpr int BulkCacheKiB = 65536;
    static constexpr int AppendCacheKiB = 16384;
    bool m_rollbackJournalForBulk = false;
    bool m_refused = false;
    // The driver's handle, once checkLibrary() has passed it.
    sqlite3 *m_handle = nullptr;
};
