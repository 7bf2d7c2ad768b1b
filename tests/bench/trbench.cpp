// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// trbench: national-scale benchmarks of trustratings, each side by side with
// a reference run in the same session (sqlite3, a bare Qt window, one frame
// at 60 Hz). See tests/bench/README.md; `cmake --build BUILD --target bench`
// builds everything and runs it.
//
// Every timed run is a child process started with posix_spawn and reaped
// with wait4(), which gives its wall time (QElapsedTimer, from just before
// the spawn to its exit, or to its "first frame painted" line) and its own
// peak resident memory (ru_maxrss). Ours and the reference alternate
// (ABAB...), each after a sync() so that neither pays for the other's
// writes; the line per case gives the medians.
//
// The children and their timing are in ChildProcess, the data and
// databases in BenchData, the cases in BenchCases, the lines in BenchResults.
#include "BenchCases.h"
#include "BenchData.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace Bench;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    // TRBENCH_ARGS="--reps 3 --cases 5,8" cmake --build build --target bench
    args << QProcessEnvironment::systemEnvironment().value(QStringLiteral("TRBENCH_ARGS"))
                .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    int reps = 5, samples = 30;
    QList<int> cases{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    paths.build = QDir::currentPath();
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--build-dir") && hasValue) {
            paths.build = args.at(++i);
        } else if (a == QLatin1String("--reps") && hasValue) {
            reps = args.at(++i).toInt();
        } else if (a == QLatin1String("--samples") && hasValue) {
            samples = args.at(++i).toInt();
        } else if (a == QLatin1String("--baseline-build") && hasValue) {
            const QString dir = QDir(args.at(++i)).absolutePath();
            paths.baselineApp = dir + QStringLiteral("/app/trustratings");
            paths.baselineInteraction = dir + QStringLiteral("/tests/bench/bench_interaction");
        } else if (a == QLatin1String("--cases") && hasValue) {
            cases.clear();
            for (const QString &c : args.at(++i).split(QLatin1Char(','), Qt::SkipEmptyParts))
                cases << c.toInt();
        } else {
            std::fprintf(stderr,
                         "usage: trbench [--build-dir DIR] [--reps N] [--cases 1,2,...] [--samples N] [--baseline-build DIR]\n"
                         "  --reps N      runs of ours and of the reference per case, alternating (default 5)\n"
                         "  --cases LIST  which of the cases 1-10 to run (default all)\n"
                         "  --samples N   trusts selected and keystrokes typed in case 6 (default 30)\n"
                         "  --baseline-build DIR  another build's trustratings and bench_interaction are the\n"
                         "                reference of every case (target: ratio <= 1.10)\n"
                         "Extra arguments are also read from $TRBENCH_ARGS.\n");
            return 2;
        }
    }
    if (reps < 1 || samples < 1 || cases.isEmpty()
        || std::any_of(cases.begin(), cases.end(), [](int c) { return c < 1 || c > 10; }))
        die(QStringLiteral("--reps and --samples must be at least 1; --cases are 1 to 10"));
    auto wanted = [&](int c) { return cases.contains(c); };

    paths.build = QDir(paths.build).absolutePath();
    paths.data = paths.build + QStringLiteral("/bench-data");
    paths.work = paths.build + QStringLiteral("/bench-work");
    paths.sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (paths.sqlite3.isEmpty())
        die(QStringLiteral("sqlite3 is not installed (bootstrap.sh installs the sqlite3 package)"));
    QStringList programs{paths.app, paths.trgen, paths.bare, paths.interaction};
    if (baselineMode())
        programs << paths.baselineApp << paths.baselineInteraction;
    for (const QString &p : std::as_const(programs))
        if (!QFileInfo(p).isExecutable())
            die(QStringLiteral("%1: not built").arg(p));
    QDir(paths.work).removeRecursively();
    QDir().mkpath(paths.work);

    // Children: offscreen Qt, a fixed locale, and no user's settings or data.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("HOME"), workFile(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), workFile(QStringLiteral("home/config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), workFile(QStringLiteral("home/data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), workFile(QStringLiteral("home/cache")));
    env.remove(QStringLiteral("TRUSTRATINGS_EXIT_AFTER_FIRST_PAINT"));
    env.remove(QStringLiteral("TRUSTRATINGS_EXIT_AFTER_LIST_READY"));
    childEnvironment = env.toStringList();
    QDir().mkpath(workFile(QStringLiteral("home")));

    QProcess version;
    version.start(paths.sqlite3, {QStringLiteral("--version")});
    version.waitForFinished();
    const QString sqliteVersion = QString::fromUtf8(version.readAllStandardOutput()).section(QLatin1Char(' '), 0, 0);
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    const QString load = loadavg.open(QIODevice::ReadOnly) ? QString::fromUtf8(loadavg.readAll()).section(QLatin1Char(' '), 0, 2)
                                                           : QStringLiteral("?");
    QStringList header;
    header << QStringLiteral("# trbench %1  load average %2  %3 CPUs  sqlite3 %4  Qt %5  QT_QPA_PLATFORM=offscreen  %6 runs each, alternating with the reference, medians")
                  .arg(QDateTime::currentDateTime().toString(Qt::ISODate), load)
                  .arg(QThread::idealThreadCount()).arg(sqliteVersion, QLatin1String(qVersion())).arg(reps);
    if (baselineMode())
        header << QStringLiteral("# reference of every case: the baseline build's %1 and %2")
                      .arg(paths.baselineApp, paths.baselineInteraction);
    for (const QString &h : std::as_const(header))
        std::printf("%s\n", qPrintable(h));
    std::fflush(stdout);

    ensureData();
    QList<Line> lines;
    auto report = [&](const Line &l) {
        lines << l;
        std::printf("%s\n", qPrintable(l.text()));
        std::fflush(stdout);
    };
    BenchCases bench(reps, samples, report);

    if (wanted(1))
        bench.importCsv();
    if (wanted(2))
        bench.importSameCsv();
    if (wanted(3))
        bench.importNextMonth();
    if (wanted(4))
        bench.importOds();
    std::optional<Line> memory; // measured with case 5, reported last
    if (wanted(5) || wanted(8))
        memory = bench.startWindow(wanted(5), wanted(8));
    if (wanted(6))
        bench.interaction();
    if (wanted(7))
        bench.exportRatings();
    if (wanted(9))
        bench.exportChanges();
    if (wanted(10))
        bench.englandView();

    if (memory)
        report(*memory);
    const QStringList &notes = bench.notes();

    // The same lines, with the header, in BUILD/bench-results.txt.
    QFile results(paths.build + QStringLiteral("/bench-results.txt"));
    if (results.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        QTextStream out(&results);
        for (const QString &h : std::as_const(header))
            out << h << '\n';
        for (const QString &n : std::as_const(notes))
            out << "# " << n << '\n';
        for (const Line &l : std::as_const(lines))
            out << l.text() << '\n';
        progress(QStringLiteral("results written to %1").arg(results.fileName()));
    }
    return 0;
}
