// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <storage/Database.h>
// observation(), for the suites that write facts of their own.
#include "CoreTestData.h"

#include <QSqlDatabase>
#include <QTemporaryDir>

#include <memory>

// A real SQLite file in a temporary folder, opened and migrated, optionally
// holding the bundled sample. Each instance uses its own connection name.
class TestDatabase
{
public:
    enum Content { Empty, WithSample };
    explicit TestDatabase(Content content = WithSample);

    bool isOpen() const { return m_ok; }
    QString error() const { return m_error; }
    QString path() const;
    QString dirPath() const { return m_dir.path(); }
    Database &database() { return *m_db; }
    // The Qt Sql connection behind it, for checks of what storage wrote
    // (dumps, pragmas): the program itself never sees it.
    QSqlDatabase connection() const { return QSqlDatabase::database(m_db->connectionName(), false); }

    // A full dump (schema and rows, in a stable order) for "unchanged" checks.
    static QByteArray dump(const QSqlDatabase &db);
    QByteArray dump() const { return dump(connection()); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    bool m_ok = false;
    QString m_error;
};

// The Qt Sql connection behind a Database, for checks of what storage wrote.
inline QSqlDatabase connectionOf(const Database &db) { return QSqlDatabase::database(db.connectionName(), false); }
