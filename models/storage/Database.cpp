// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <storage/Database.h>

#include <storage/Schema.h>
#include <storage/SqliteBackend.h>

#include <QDir>
#include <QStandardPaths>

int Database::schemaVersion()
{
    return Schema::latestVersion();
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("trustratings.sqlite"));
}

// The one place the kind of database is chosen: SQLite, the only one yet.
Database::Database(QString connectionName)
    : m_name(std::move(connectionName)), m_backend(std::make_unique<SqliteBackend>(m_name))
{}

Database::~Database() = default;

bool Database::open(const QString &path, Access access)
{
    m_path = path;
    return m_backend->open(path, Schema::latestVersion(), access == Access::ReadOnly);
}

bool Database::open(const QString &path, int targetVersion)
{
    m_path = path;
    return m_backend->open(path, targetVersion, false);
}

void Database::close()
{
    m_backend->close();
}
bool Database::isOpen() const
{
    return m_backend->isOpen();
}
QString Database::databaseName() const
{
    return m_backend->databaseName();
}
QString Database::filePath() const
{
    return m_backend->filePath();
}
QString Database::errorString() const
{
    return m_backend->errorString();
}
bool Database::refusedFile() const
{
    return m_backend->refusedFile();
}
bool Database::isReadOnly() const
{
    return m_backend->isReadOnly();
}

bool Database::beginWrite(const std::function<bool(const QString &)> &stillWaiting)
{
    return m_backend->beginWrite(stillWaiting);
}

bool Database::commit()
{
    return m_backend->commit();
}
void Database::rollback()
{
    m_backend->rollback();
}
void Database::truncateLog()
{
    m_backend->truncateLog();
}
QString Database::writeErrorText(const QString &error) const
{
    return m_backend->writeErrorText(error);
}
bool Database::checkIntegrity()
{
    return m_backend->checkIntegrity();
}
void Database::endBulkWrite()
{
    m_backend->endBulkWrite();
}

void Database::prepareForBulkWrite()
{
    m_backend->prepareForBulkWrite();
}
