#pragma once

#include <QSqlDatabase>
#include <QString>

// Loads the bundled sample (resources/sample/sample-ratings.json) into an
// empty database, marked as sample so that the first real import can remove it.
class SampleDataLoader
{
public:
    static QString resourcePath();
    // Loads the sample in one transaction. Returns false and sets *error,
    // leaving the database unchanged, if anything fails.
    static bool load(QSqlDatabase db, QString *error);
    static bool load(QSqlDatabase db, const QByteArray &json, QString *error);
};
