// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "BenchData.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace Bench {

Paths paths;

QString dataFile(const QString &name) { return paths.data + QLatin1Char('/') + name; }
QString workFile(const QString &name) { return paths.work + QLatin1Char('/') + name; }
QString month1Csv() { return dataFile(QStringLiteral("01_October_2026_Latest_ratings_Locations.csv")); }
QString month2Csv() { return dataFile(QStringLiteral("01_November_2026_Latest_ratings_Locations.csv")); }
QString month1Ods() { return dataFile(QStringLiteral("01_October_2026_Latest_ratings.ods")); }

void removeDatabase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

void copyDatabase(const QString &from, const QString &to)
{
    removeDatabase(to);
    for (const char *suffix : {"", "-wal"}) {
        const QString source = from + QLatin1String(suffix);
        if (QFile::exists(source) && !QFile::copy(source, to + QLatin1String(suffix)))
            die(QStringLiteral("cannot copy %1 to %2").arg(source, to));
    }
}

Command appImport(const QString &db, const QStringList &files, const QString &summary)
{
    return {paths.app, QStringList{QStringLiteral("--database"), db, QStringLiteral("import")} + files, summary, false};
}

bool baselineMode() { return !paths.baselineApp.isEmpty(); }

// A command of ours run by the baseline build's binary instead.
Command onBaseline(Command c)
{
    c.program = c.program == paths.interaction ? paths.baselineInteraction : paths.baselineApp;
    c.stdoutPath.clear();
    return c;
}

// The limit of a case's ratio: its target against sqlite3 or a bare window,
// or, against the baseline build, "no slower" give or take this machine's
// noise.
double limitOf(double target) { return baselineMode() ? 1.10 : target; }

Command sqliteImport(const QString &db, const QString &csv)
{
    return {paths.sqlite3, {db, QStringLiteral(".import --csv %1 raw").arg(csv)}, {}, false};
}

// The generated data: trgen is deterministic, so a set is kept under the
// build folder and made again only when trgen itself was rebuilt.
void ensureData()
{
    QDir().mkpath(paths.data);
    const QString stamp = QStringLiteral("trgen %1 %2").arg(paths.trgen)
                              .arg(QFileInfo(paths.trgen).lastModified().toMSecsSinceEpoch());
    struct Set { QString done; QStringList args; QStringList files; };
    const Set sets[] = {
        {QStringLiteral("month1.done"), {QStringLiteral("--month"), QStringLiteral("1"), QStringLiteral("--formats"), QStringLiteral("csv,ods")},
         {month1Csv(), month1Ods()}},
        {QStringLiteral("month2.done"), {QStringLiteral("--month"), QStringLiteral("2"), QStringLiteral("--formats"), QStringLiteral("csv")},
         {month2Csv()}},
    };
    for (const Set &set : sets) {
        QFile done(dataFile(set.done));
        bool fresh = done.open(QIODevice::ReadOnly) && QString::fromUtf8(done.readAll()).trimmed() == stamp;
        done.close();
        for (const QString &f : set.files)
            fresh = fresh && QFileInfo::exists(f);
        if (fresh)
            continue;
        progress(QStringLiteral("generating %1 (trgen %2)").arg(paths.data, set.args.join(QLatin1Char(' '))));
        QFile::remove(dataFile(set.done));
        runOrDie({paths.trgen, QStringList{QStringLiteral("--out"), paths.data} + set.args, {}, false});
        if (!done.open(QIODevice::WriteOnly) || done.write((stamp + QLatin1Char('\n')).toUtf8()) < 0)
            die(QStringLiteral("cannot write %1").arg(done.fileName()));
    }
}

// month 1's locations CSV imported into an empty database (case 1's result).
QString month1Database()
{
    const QString db = workFile(QStringLiteral("month1.sqlite"));
    if (!QFileInfo::exists(db)) {
        progress(QStringLiteral("building the month-1 database (untimed)"));
        runOrDie(appImport(db, {month1Csv()}));
    }
    return db;
}

// The same, written by the baseline build: a baseline of an older schema
// cannot open a database ours has written.
QString baselineMonth1Database()
{
    const QString db = workFile(QStringLiteral("baseline-month1.sqlite"));
    if (!QFileInfo::exists(db)) {
        progress(QStringLiteral("building the baseline's month-1 database (untimed)"));
        runOrDie(onBaseline(appImport(db, {month1Csv()})));
    }
    return db;
}

// The national database of the window and export cases: months 1 and 2,
// both sheets of each, so that trusts have their own ratings and history.
QString nationalDatabase(QStringList *notes)
{
    const QString db = workFile(QStringLiteral("national.sqlite"));
    if (QFileInfo::exists(db))
        return db;
    const QString base = month1Database();
    progress(QStringLiteral("building the national database: month 1 and 2, locations and providers (untimed)"));
    const QString staging = workFile(QStringLiteral("national-staging.sqlite"));
    copyDatabase(base, staging);
    runOrDie(appImport(staging, {dataFile(QStringLiteral("01_October_2026_Latest_ratings_Providers.csv")), month2Csv(),
                                 dataFile(QStringLiteral("01_November_2026_Latest_ratings_Providers.csv"))}));
    const QString statsFile = workFile(QStringLiteral("national-stats.txt"));
    runOrDie({paths.app, {QStringLiteral("--database"), staging, QStringLiteral("stats")}, statsFile, false});
    copyDatabase(staging, db);
    removeDatabase(staging);
    const QString stats = readFirstLine(statsFile);
    notes->append(QStringLiteral("national database: %1 (%2 MB)").arg(stats)
                      .arg(QFileInfo(db).size() / 1e6, 0, 'f', 0));
    std::printf("# %s\n", qPrintable(notes->last()));
    std::fflush(stdout);
    return db;
}

} // namespace Bench
