#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

// A prepared statement on the SQLite handle behind a QSQLITE connection.
// Used only on the hot paths of a national import and a million-row
// export, where Qt's QVariant and UTF-16 round trips cost more than SQLite
// itself. Everything SQLite-specific stays in this class and Database.
class SqliteStatement
{
public:
    // The raw handle of a QSQLITE connection, or nullptr for other drivers.
    static sqlite3 *handle(const QSqlDatabase &db);

    SqliteStatement(const QSqlDatabase &db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    void bindText(int index, const QByteArray &utf8);   // 1-based
    void bindText(int index, const QString &text) { bindText(index, text.toUtf8()); }
    void bindInt(int index, qint64 value);
    void bindNull(int index);
    // Runs the statement to completion (for writes); false on error.
    bool exec();
    // Steps once (for reads): true while a row is available.
    bool next();
    void reset();
    // Column access for reads, 0-based, zero-copy until the next step.
    QByteArray textAt(int column) const;
    qint64 intAt(int column) const;
    // Rows changed by the last exec().
    int changes() const;
    QString errorString() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
    bool m_stepped = false;
};
