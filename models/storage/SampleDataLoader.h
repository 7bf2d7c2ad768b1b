// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class Database;

// Loads the bundled sample (resources/sample/sample-ratings.json) into an
// empty database, marked as sample so that the first real import can remove it.
class SampleDataLoader
{
public:
    static QString resourcePath();

    explicit SampleDataLoader(Database &db) : m_db(db) {}
    // Loads the sample in one transaction. Returns false, leaving the
    // database unchanged, if anything fails; errorString() says what.
    bool load();
    bool load(const QByteArray &json);
    QString errorString() const { return m_error; }

private:
    Database &m_db;
    QString m_error;
};
