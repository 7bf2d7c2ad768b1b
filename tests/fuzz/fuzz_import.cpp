// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// The whole import of one file (CSV, .ods or API JSON, detected from the
// content as the program does) into a SQLite database that holds the bundled
// sample, opened and migrated as the tests do (tests/TestDatabase.cpp).
// Every run starts from a copy of the same freshly migrated file, so a run
// does not depend on the ones before it. An odd-sized input is imported with
// keepGoing (import the valid records, list the rest), an even-sized one
// all-or-nothing.
#include <storage/Database.h>
#include "FuzzCommon.h"
#include <importing/Importer.h>
#include <storage/SampleDataLoader.h>

static QString inputPath;
static QString templatePath;
static QString databasePath;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::init();
    const QString dir = fuzz::workDir();
    inputPath = dir + QStringLiteral("/input");
    templatePath = dir + QStringLiteral("/template.sqlite");
    databasePath = dir + QStringLiteral("/test.sqlite");
    Database db(QStringLiteral("fuzz-template"));
    SampleDataLoader sample(db);
    if (!db.open(templatePath) || !sample.load()) {
        std::fprintf(stderr, "cannot create the template database: %s %s\n", qPrintable(db.errorString()),
                     qPrintable(sample.errorString()));
        std::abort();
    }
    db.close();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::writeFile(inputPath, data, size);
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(databasePath + QLatin1String(suffix));
    if (!QFile::copy(templatePath, databasePath))
        std::abort();
    Database db(QStringLiteral("fuzz"));
    if (!db.open(databasePath)) {
        std::fprintf(stderr, "cannot open the database: %s\n", qPrintable(db.errorString()));
        std::abort();
    }
    ImportOptions options;
    options.keepGoing = size % 2 == 1;
    const ImportResult result = Importer(db).importFile(inputPath, options);
    (void)result.summaryLine();
    db.close();
    return 0;
}
