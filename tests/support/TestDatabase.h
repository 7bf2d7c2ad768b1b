#pragma once

#include <storage/Database.h>
#include <core/Records.h>

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
    QSqlDatabase connection() const { return m_db->connection(); }

    // A full dump (schema and rows, in a stable order) for "unchanged" checks.
    static QByteArray dump(const QSqlDatabase &db);
    QByteArray dump() const { return dump(connection()); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    bool m_ok = false;
    QString m_error;
};

// Builds an observation for tests without the database.
ObservationRecord observation(qint64 id, const QString &location, const QString &service, KeyQuestion kq,
                              const QString &rating, const QString &isoDate, const QString &inheritedFrom = {});
