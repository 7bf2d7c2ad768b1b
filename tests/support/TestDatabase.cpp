// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "TestDatabase.h"

#include <storage/SampleDataLoader.h>

#include <QAtomicInt>
#include <QSqlQuery>
#include <QSqlRecord>

static QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("test-%1").arg(counter.fetchAndAddRelaxed(1));
}

TestDatabase::TestDatabase(Content content) : m_db(std::make_unique<Database>(nextConnectionName()))
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder");
        return;
    }
    if (!m_db->open(path())) {
        m_error = m_db->errorString();
        return;
    }
    if (content == WithSample) {
        SampleDataLoader sample(*m_db);
        if (!sample.load()) {
            m_error = sample.errorString();
            return;
        }
    }
    m_ok = true;
}

QString TestDatabase::path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }

QByteArray TestDatabase::dump(const QSqlDatabase &db)
{
    QByteArray out;
    QSqlQuery q(db);
    QStringList tables;
    q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"));
    while (q.next()) {
        out += q.value(0).toString().toUtf8() + ' ' + q.value(1).toString().toUtf8() + ' '
             + q.value(2).toString().toUtf8() + '\n';
        if (q.value(0).toString() == QLatin1String("table"))
            tables << q.value(1).toString();
    }
    q.exec(QStringLiteral("PRAGMA user_version"));
    if (q.next())
        out += "user_version " + q.value(0).toString().toUtf8() + '\n';
    for (const QString &table : tables) {
        QSqlQuery rows(db);
        rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(table));
        while (rows.next()) {
            out += table.toUtf8() + ':';
            for (int i = 0; i < rows.record().count(); ++i)
                out += '|' + rows.value(i).toString().toUtf8();
            out += '\n';
        }
    }
    return out;
}
