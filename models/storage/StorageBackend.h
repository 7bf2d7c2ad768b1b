// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <cstring>
#include <functional>
#include <memory>

// Internal to trstorage: this header includes Qt Sql, which no library above
// storage can include, so nothing outside storage compiles with it.

// A statement prepared once and run many times with its values bound by
// position (1-based) and its columns read as UTF-8 text (0-based): the hot
// paths, a national import's inserts and a million-row export's read, where
// Qt Sql's QVariant and UTF-16 round trips would cost more than the database.
class PreparedStatement
{
public:
    virtual ~PreparedStatement() = default;

    // False when the statement could not be prepared; errorString() says why
    // and every use of it fails.
    virtual bool isValid() const = 0;
    virtual void bindText(int index, const QByteArray &utf8) = 0;
    void bindText(int index, const QString &text) { bindText(index, text.toUtf8()); }
    virtual void bindInt(int index, qint64 value) = 0;
    virtual void bindNull(int index) = 0;
    // Runs a write to completion, ready to be bound again; false on error.
    virtual bool exec() = 0;
    // Rows changed by the last exec().
    virtual int changes() const = 0;
    // Steps a read: true while a row is available.
    virtual bool next() = 0;
    // One column of the current row as text (NULL: empty), without a copy:
    // valid until next().
    virtual QByteArrayView column(int index) const = 0;
    // The current row's first `count` columns as text, deep copies.
    // A value no one else holds is overwritten in place: an export of every
    // rating copies 3.7 million values, and an allocation each was a tenth
    // of its time.
    void copyRow(QByteArray *values, int count) const
    {
        for (int c = 0; c < count; ++c) {
            const QByteArrayView v = column(c);
            QByteArray &out = values[c];
            if (out.isDetached() && out.capacity() >= v.size()) {
                out.resize(v.size());
                if (!v.isEmpty())
                    memcpy(out.data(), v.data(), size_t(v.size()));
            } else {
                out = v.toByteArray();
            }
        }
    }
    virtual QString errorString() const = 0;
};

// What a kind of database must provide for the program's store: opening a
// database and bringing its schema up to date, the few things each dialect
// says its own way (a write lock, an integrity check, a bulk-write setting),
// the Qt Sql connection on which RatingStore and RatingWriter run their
// portable statements (ISO date text, INSERT ... ON CONFLICT), and the
// prepared statements of the hot paths. Database holds one and is the
// program's only way to it. SqliteBackend is the one there is; a PostgreSQL
// one (Qt's QPSQL driver) would implement the same.
//
// Every failure is reported by errorString(), the reason for the last one.
class StorageBackend
{
public:
    virtual ~StorageBackend() = default;

    // Opens or creates the database at `path` and migrates it to
    // `targetVersion`, or opens it only to read. On failure errorString() is
    // one line naming the database and the reason, and refusedFile() says
    // whether the database itself was refused (not one of this program's,
    // damaged, too new) rather than could not be reached.
    virtual bool open(const QString &path, int targetVersion, bool readOnly) = 0;
    virtual void close() = 0;
    virtual bool isOpen() const = 0;
    virtual bool refusedFile() const = 0;
    // Opened to read only (asked for, or the file cannot be written here).
    virtual bool isReadOnly() const = 0;
    // The name the connection was opened by, as messages show it.
    virtual QString databaseName() const = 0;
    // The full path of the database's file ("" when it is not a file).
    virtual QString filePath() const = 0;

    virtual QSqlDatabase connection() const = 0;

    // Begins a write transaction that holds the write lock from the start,
    // so a second writer waits here rather than failing half way. While
    // another holds it, `stillWaiting` is called now and then with a message
    // to show; returning false gives up.
    virtual bool beginWrite(const std::function<bool(const QString &message)> &stillWaiting) = 0;
    virtual bool commit() = 0;
    virtual void rollback() = 0;
    // After a failed or cancelled write: gives back the space it took.
    virtual void truncateLog() = 0;
    // The database's text for a failed write, with a full disk named as such.
    virtual QString writeErrorText(const QString &error) const = 0;
    // Reads every page: before adding to a database, not on every open.
    virtual bool checkIntegrity() = 0;
    // Settings for a connection about to write a national file in one
    // transaction.
    virtual void prepareForBulkWrite() = 0;
    // After the bulk write's commit or rollback: the connection's usual checks.
    virtual void endBulkWrite() = 0;

    // Drops `table`'s indexes (not its primary key) within the write
    // transaction and gives the statements that build them again. A bulk
    // load into an empty table then builds each index once, from sorted
    // keys, instead of inserting into it row by row (and the connection may
    // cache less meanwhile, as appends need little).
    virtual bool dropIndexes(const QString &table, QStringList *rebuild) = 0;
    // Runs each statement in turn (DDL such as dropIndexes' rebuild).
    virtual bool execute(const QStringList &statements) = 0;

    virtual std::unique_ptr<PreparedStatement> prepare(const char *sql) = 0;

    virtual QString errorString() const = 0;
};
