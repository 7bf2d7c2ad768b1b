// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <storage/ConnectionFactory.h>

#include <QString>

#include <functional>
#include <memory>

class StorageBackend;

// The program's one way to its database: owns one open connection and
// brings its schema up to date; RatingStore reads through it and
// RatingWriter writes through it (both made from a Database), and worker
// threads open their own through connectionFactory(). Which kind of
// database it is, and so every dialect's detail, is its backend's business
// (SqliteBackend), out of sight here: no Qt Sql above storage.
//
// Every failure is reported by errorString(), the reason for the last one:
// after open(), a whole line naming the file; after a write, the database's
// own reason (the caller names the file it was importing).
class Database
{
public:
    // The schema version this program writes. Older files are migrated
    // forward; newer ones are refused untouched.
    static int schemaVersion();
    // The default database file under QStandardPaths::AppDataLocation.
    static QString defaultPath();

    // Each connection to a database in a process needs its own name.
    explicit Database(QString connectionName);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    enum class Access { ReadWrite, ReadOnly };
    // Opens or creates the file and migrates it to schemaVersion(), or, to
    // read only, opens it as it is. On failure returns false, leaves the file
    // exactly as it was, and errorString() names the file and the reason.
    bool open(const QString &path, Access access = Access::ReadWrite);
    // For tests of the upgrade path: migrate only as far as `version`.
    bool open(const QString &path, int targetVersion);
    void close();
    bool isOpen() const;

    QString connectionName() const { return m_name; }
    // The path open() was given.
    QString path() const { return m_path; }
    // The name the file was opened by, as messages name it: the path, or
    // the file: URI by which a file in a folder that cannot be written is opened.
    QString databaseName() const;
    // The full path of the file ("" when it is not a file).
    QString filePath() const;
    QString errorString() const;
    // True when open() refused the file itself (not a database, another
    // program's, damaged, too new) rather than failing to read or write it.
    bool refusedFile() const;
    // Opened read-only: asked for, or the file or its folder cannot be
    // written here (a read-only share, permissions). Reading works; writing
    // is refused.
    bool isReadOnly() const;

    // Opens further connections to the same file, for other threads.
    ConnectionFactory connectionFactory() const { return ConnectionFactory(m_path); }

    // Begins a write transaction that holds the write lock from the start,
    // so that a second writer waits here rather than failing half way with
    // "database is locked". While another process holds the lock,
    // `stillWaiting` is called every few seconds with a message to show;
    // returning false gives up.
    bool beginWrite(const std::function<bool(const QString &message)> &stillWaiting);
    bool commit();
    void rollback();
    // After a failed or cancelled write: gives the disk back the space the
    // rolled-back pages took in the write-ahead log.
    void truncateLog();
    // The database's text for a failed write, with a full disk named as such.
    QString writeErrorText(const QString &error) const;
    // Reads every page: run before adding to a file, not on every open,
    // where it would read a national database whole.
    bool checkIntegrity();
    // A large page cache for a connection about to write a national file in
    // one transaction, so the database does not spill half-built pages and
    // read them back.
    // Also: no foreign-key checks until endBulkWrite(). The importer writes
    // every parent before its children (placeholders where a file names only
    // an ID), and tests check each import with PRAGMA foreign_key_check;
    // four parent look-ups per rating were a seventh of a national import.
    void prepareForBulkWrite();
    void endBulkWrite();

private:
    friend class RatingStore;
    friend class RatingWriter;
    StorageBackend *backend() const { return m_backend.get(); }

    QString m_name;
    QString m_path;
    std::unique_ptr<StorageBackend> m_backend;
};
