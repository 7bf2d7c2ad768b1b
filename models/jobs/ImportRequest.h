#pragma once

#include <QString>
#include <QStringList>

// What to import, and where.
struct ImportRequest
{
    QString databasePath;
    QStringList files;
    bool keepGoing = false;
};
