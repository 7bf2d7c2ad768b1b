// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "AppDatabase.h"

#include "ErrorReport.h"

#include <storage/RatingStore.h>
#include <storage/SampleDataLoader.h>

#include <QDir>
#include <QFileInfo>

AppDatabase::Result AppDatabase::open(Database &db, const QString &requested, bool loadSampleIfEmpty, QString *error)
{
    QString path = requested;
    if (path.isEmpty()) {
        path = Database::defaultPath();
        QDir().mkpath(QFileInfo(path).absolutePath());
    }
    // SQLite's in-memory and URI names would open something that is lost
    // at exit, so an import would report success and keep nothing.
    if (path == QLatin1String(":memory:") || path.startsWith(QLatin1String("file:"))) {
        *error = QStringLiteral("--database %1: not a database file; give the path of one (it is created if missing)")
                     .arg(path);
        return Result::BadInput;
    }
    if (!db.open(path)) {
        *error = db.errorString();
        return db.refusedFile() ? Result::BadInput : Result::Failure;
    }
    RatingStore store(db);
    const bool empty = loadSampleIfEmpty && store.isEmpty() && store.imports().isEmpty();
    if (!store.errorString().isEmpty()) {
        // Unreadable is not empty: loading the sample over it would hide the damage.
        *error =
            QStringLiteral("%1: cannot read the database: %2").arg(QDir::toNativeSeparators(path), store.errorString());
        return Result::Failure;
    }
    if (empty) {
        SampleDataLoader sample(db);
        if (!sample.load()) {
            *error = QStringLiteral("%1: could not load the bundled sample: %2")
                         .arg(QDir::toNativeSeparators(path), sample.errorString());
            return Result::Failure;
        }
    }
    return Result::Ok;
}

int AppDatabase::openOrReport(Database &db, const QString &path, bool loadSampleIfEmpty, QString *message)
{
    QString error;
    const Result result = open(db, path, loadSampleIfEmpty, &error);
    if (message)
        *message = error;
    switch (result) {
    case Result::Ok: return ErrorReport::Success;
    case Result::BadInput: return ErrorReport::fail(ErrorReport::BadInput, error);
    case Result::Failure: break;
    }
    return ErrorReport::fail(ErrorReport::Failure, error);
}
