// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <storage/StorageBackend.h>

struct sqlite3;
struct sqlite3_stmt;

// SqliteBackend's prepared statement: SQLite's own API on the handle behind
// the QSQLITE connection, which SqliteBackend hands out only once it has
// checked that this program's SQLite is the driver's (see
// SqliteBackend::libraryProblem).
class SqliteStatement final : public PreparedStatement
{
public:
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement() override;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const override { return m_stmt != nullptr; }
    using PreparedStatement::bindText;
    void bindText(int index, const QByteArray &utf8) override;
    void bindInt(int index, qint64 value) override;
    void bindNull(int index) override;
    bool exec() override;
    int changes() const override;
    bool next() override;
    QByteArrayView column(int index) const override;
    QString errorString() const override { return m_error; }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
};
