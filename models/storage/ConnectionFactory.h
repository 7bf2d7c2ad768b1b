// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <memory>

class Database;

// Opens connections to one database for work on other threads: each open()
// is a new connection, with its own name, on the thread that calls it, as
// Qt's SQL connections must not cross threads. A small value, copied into
// the task that uses it (Database::connectionFactory()).
class ConnectionFactory
{
public:
    ConnectionFactory() = default;
    explicit ConnectionFactory(QString path) : m_path(std::move(path)) {}

    // The database's path, as the window's Database opened it.
    QString path() const { return m_path; }

    // The open database, or one whose errorString() says why it is not
    // (check Database::isOpen()).
    std::unique_ptr<Database> open() const;

private:
    QString m_path;
};
