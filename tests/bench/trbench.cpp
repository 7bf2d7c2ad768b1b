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
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <functional>
#include <optional>
#include <vector>

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace {

const char *const FirstFrameMarker = "first frame painted";

struct Paths
{
    QString app = QStringLiteral(TR_BINARY);
    QString trgen = QStringLiteral(TR_TRGEN);
    QString bare = QStringLiteral(TR_BARE_WINDOW);
    QString interaction = QStringLiteral(TR_BENCH_INTERACTION);
    QString sqlite3;
    // --baseline-build: another build's trustratings and bench_interaction
    // (say, of the commit before a refactoring) become the reference of
    // every case, so that "no slower than before" is measured in one run.
    QString baselineApp;
    QString baselineInteraction;
    QString build;  // results file
    QString data;   // generated data, reused between runs
    QString work;   // databases and outputs of this run
};

Paths paths;
QStringList childEnvironment;

QString dataFile(const QString &name) { return paths.data + QLatin1Char('/') + name; }
QString workFile(const QString &name) { return paths.work + QLatin1Char('/') + name; }
QString month1Csv() { return dataFile(QStringLiteral("01_October_2026_Latest_ratings_Locations.csv")); }
QString month2Csv() { return dataFile(QStringLiteral("01_November_2026_Latest_ratings_Locations.csv")); }
QString month1Ods() { return dataFile(QStringLiteral("01_October_2026_Latest_ratings.ods")); }

void progress(const QString &line)
{
    std::fprintf(stderr, "trbench: %s\n", qPrintable(line));
    std::fflush(stderr);
}

[[noreturn]] void die(const QString &line)
{
    std::fprintf(stderr, "trbench: %s\n", qPrintable(line));
    std::exit(1);
}

// ---------------------------------------------------------------------------
// One child process, timed from outside.

struct Command
{
    Command(QString program, QStringList args, QString stdoutPath = {}, bool untilFirstFrame = false,
            QString stderrPath = {})
        : program(std::move(program)), args(std::move(args)), stdoutPath(std::move(stdoutPath)),
          untilFirstFrame(untilFirstFrame), stderrPath(std::move(stderrPath))
    {
    }
    QString program;
    QStringList args;
    QString stdoutPath;        // empty: /dev/null
    bool untilFirstFrame;      // time to the "first frame painted" line, not to the exit
    QString stderrPath;        // non-empty: keep the child's stderr there
};

struct RunResult
{
    bool ok = false;           // started, exited 0 (and printed the marker if asked)
    double ms = 0;             // spawn to exit, or to the marker line
    double maxRssMb = 0;       // the child's own peak resident memory
    QString error;             // why not ok, with the child's last stderr lines
};

RunResult run(const Command &c)
{
    RunResult r;
    std::vector<QByteArray> argStore{QFile::encodeName(c.program)};
    for (const QString &a : c.args)
        argStore.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : argStore)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<QByteArray> envStore;
    for (const QString &e : std::as_const(childEnvironment))
        envStore.push_back(e.toLocal8Bit());
    std::vector<char *> envp;
    for (QByteArray &e : envStore)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    int err[2];
    if (pipe2(err, O_CLOEXEC) != 0)
        die(QStringLiteral("pipe: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    const QByteArray out = c.stdoutPath.isEmpty() ? QByteArray("/dev/null") : QFile::encodeName(c.stdoutPath);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, out.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&actions, err[1], 2);

    QElapsedTimer timer;
    timer.start();
    pid_t pid = -1;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    ::close(err[1]);
    if (spawned != 0) {
        ::close(err[0]);
        r.error = QStringLiteral("%1: cannot start: %2").arg(c.program, QString::fromLocal8Bit(std::strerror(spawned)));
        return r;
    }

    // Read stderr to its end (the child's exit closes it), noting the marker.
    QByteArray errText;
    bool marker = false;
    double markerMs = 0;
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(err[0], buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        errText.append(buffer, n);
        if (c.untilFirstFrame && !marker && errText.contains(FirstFrameMarker)) {
            marker = true;
            markerMs = double(timer.nsecsElapsed()) / 1e6;
        }
        if (errText.size() > 1 << 20)
            errText = errText.right(1 << 19);
    }
    ::close(err[0]);
    if (!c.stderrPath.isEmpty()) {
        QFile keep(c.stderrPath);
        if (keep.open(QIODevice::WriteOnly | QIODevice::Truncate))
            keep.write(errText);
    }
    int status = 0;
    struct rusage usage {};
    while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {}
    const double exitMs = double(timer.nsecsElapsed()) / 1e6;

    r.ms = c.untilFirstFrame ? markerMs : exitMs;
    r.maxRssMb = double(usage.ru_maxrss) / 1024.0; // Linux: kilobytes
    const QStringList lines = QString::fromLocal8Bit(errText).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QString tail = lines.mid(qMax(0, int(lines.size()) - 5)).join(QStringLiteral(" | "));
    if (WIFSIGNALED(status))
        r.error = QStringLiteral("%1 died of signal %2: %3").arg(QFileInfo(c.program).fileName()).arg(WTERMSIG(status)).arg(tail);
    else if (WEXITSTATUS(status) != 0)
        r.error = QStringLiteral("%1 exited with %2: %3").arg(QFileInfo(c.program).fileName()).arg(WEXITSTATUS(status)).arg(tail);
    else if (c.untilFirstFrame && !marker)
        r.error = QStringLiteral("%1 never printed \"%2\": %3").arg(QFileInfo(c.program).fileName(), QLatin1String(FirstFrameMarker), tail);
    else
        r.ok = true;
    return r;
}

RunResult runOrDie(const Command &c)
{
    const RunResult r = run(c);
    if (!r.ok)
        die(r.error);
    return r;
}

QString readFirstLine(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(QStringLiteral("; "));
}

// ---------------------------------------------------------------------------
// Files.

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

Command appImport(const QString &db, const QStringList &files, const QString &summary = {})
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

// ---------------------------------------------------------------------------
// Statistics and the result lines.

double median(QVector<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const int n = int(v.size());
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

enum class Check { RatioAtMost, BelowAbsolute, ExtraAtMost };

struct Line
{
    QString name;
    double ours = 0, reference = 0;
    QString unit;              // s, ms or MB
    Check check = Check::RatioAtMost;
    double limit = 0;
    double worst = -1;         // for BelowAbsolute: must be below too
    QString failure;           // non-empty: the case could not be measured
    QString note;

    double ratio() const { return reference > 0 ? ours / reference : 0; }
    QString target() const
    {
        switch (check) {
        case Check::RatioAtMost: return QStringLiteral("<=%1").arg(limit);
        case Check::BelowAbsolute: return QStringLiteral("med+worst<%1%2").arg(limit).arg(unit);
        case Check::ExtraAtMost: return QStringLiteral("<=+%1%2").arg(limit).arg(unit);
        }
        return {};
    }
    bool met() const
    {
        switch (check) {
        case Check::RatioAtMost: return ratio() <= limit;
        case Check::BelowAbsolute: return ours < limit && worst < limit;
        case Check::ExtraAtMost: return ours - reference <= limit;
        }
        return false;
    }
    QString text() const
    {
        const int decimals = unit == QLatin1String("s") ? 2 : unit == QLatin1String("MB") ? 0 : 1;
        auto value = [&](double v) { return QStringLiteral("%1 %2").arg(v, 0, 'f', decimals).arg(unit); };
        QString s = QStringLiteral("%1  %2  %3  %4  %5  %6")
                        .arg(name, -34)
                        .arg(failure.isEmpty() ? value(ours) : QStringLiteral("-"), 10)
                        .arg(value(reference), 10)
                        .arg(failure.isEmpty() ? QString::number(ratio(), 'f', 2) : QStringLiteral("-"), 6)
                        .arg(target(), -18)
                        .arg(failure.isEmpty() ? (met() ? QStringLiteral("met") : QStringLiteral("MISSED"))
                                               : QStringLiteral("NOT MEASURED"), -6);
        const QString extra = failure.isEmpty() ? note : failure;
        if (!extra.isEmpty())
            s += QStringLiteral("  (%1)").arg(extra);
        return s;
    }
};

struct Alternated
{
    QVector<double> ours, reference, oursMb, referenceMb;
    QString failure;
    QString firstSummary;      // our first run's stdout
};

// Runs ours and the reference `reps` times, ABAB..., with untimed
// preparation (fresh or copied databases) and a sync() before each.
Alternated alternate(const QString &label, int reps, const std::function<void()> &prepareOurs, const Command &ours,
                     const std::function<void()> &prepareReference, const Command &reference, int warmups = 0)
{
    Alternated a;
    for (int i = -warmups; i < reps; ++i) {
        prepareOurs();
        ::sync();
        const RunResult o = run(ours);
        if (!o.ok) {
            a.failure = o.error;
            progress(QStringLiteral("%1: %2").arg(label, o.error));
            return a;
        }
        if (i == -warmups && !ours.stdoutPath.isEmpty())
            a.firstSummary = readFirstLine(ours.stdoutPath);
        prepareReference();
        ::sync();
        const RunResult r = run(reference);
        if (!r.ok) {
            a.failure = QStringLiteral("reference: ") + r.error;
            progress(QStringLiteral("%1: %2").arg(label, a.failure));
            return a;
        }
        if (i < 0) {
            progress(QStringLiteral("%1 warm-up: ours %2 ms, reference %3 ms").arg(label).arg(o.ms, 0, 'f', 0).arg(r.ms, 0, 'f', 0));
            continue;
        }
        a.ours << o.ms;
        a.reference << r.ms;
        a.oursMb << o.maxRssMb;
        a.referenceMb << r.maxRssMb;
        progress(QStringLiteral("%1 run %2/%3: ours %4 ms (%5 MB), reference %6 ms (%7 MB)")
                     .arg(label).arg(i + 1).arg(reps).arg(o.ms, 0, 'f', 0).arg(o.maxRssMb, 0, 'f', 0)
                     .arg(r.ms, 0, 'f', 0).arg(r.maxRssMb, 0, 'f', 0));
    }
    return a;
}

Line timeLine(const QString &name, const Alternated &a, double limit, const QString &note = {})
{
    Line l;
    l.name = name;
    l.unit = QStringLiteral("s");
    l.check = Check::RatioAtMost;
    l.limit = limit;
    l.failure = a.failure;
    l.ours = median(a.ours) / 1000;
    l.reference = median(a.reference) / 1000;
    l.note = note;
    return l;
}

QString summaryNote(const Alternated &a)
{
    // "FILE: ratings-csv, N records, ..." without the file's path
    const QString counts = a.firstSummary.section(QStringLiteral(": "), 1);
    return counts.isEmpty() ? QString() : QStringLiteral("ours: %1").arg(counts);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    // TRBENCH_ARGS="--reps 3 --cases 5,8" cmake --build build --target bench
    args << QProcessEnvironment::systemEnvironment().value(QStringLiteral("TRBENCH_ARGS"))
                .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    int reps = 5, samples = 30;
    QList<int> cases{1, 2, 3, 4, 5, 6, 7, 8};
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
                         "  --cases LIST  which of the cases 1-8 to run (default all)\n"
                         "  --samples N   trusts selected and keystrokes typed in case 6 (default 30)\n"
                         "  --baseline-build DIR  another build's trustratings and bench_interaction are the\n"
                         "                reference of every case (target: ratio <= 1.10)\n"
                         "Extra arguments are also read from $TRBENCH_ARGS.\n");
            return 2;
        }
    }
    if (reps < 1 || samples < 1 || cases.isEmpty()
        || std::any_of(cases.begin(), cases.end(), [](int c) { return c < 1 || c > 8; }))
        die(QStringLiteral("--reps and --samples must be at least 1; --cases are 1 to 8"));
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
    QStringList notes;
    QList<Line> lines;
    auto report = [&](const Line &l) {
        lines << l;
        std::printf("%s\n", qPrintable(l.text()));
        std::fflush(stdout);
    };

    const QString ours = workFile(QStringLiteral("ours.sqlite"));
    const QString ref = workFile(QStringLiteral("reference.sqlite"));
    const QString summary = workFile(QStringLiteral("ours-stdout.txt"));
    auto fresh = [&] { removeDatabase(ours); };
    auto freshReference = [&] { removeDatabase(ref); };

    if (wanted(1)) {
        const Alternated a = alternate(QStringLiteral("case 1"), reps, fresh, appImport(ours, {month1Csv()}, summary),
                                       freshReference, baselineMode() ? onBaseline(appImport(ref, {month1Csv()}))
                                                                      : sqliteImport(ref, month1Csv()));
        report(timeLine(QStringLiteral("1 import CSV, empty database"), a, limitOf(1.5), summaryNote(a)));
        if (a.failure.isEmpty())
            copyDatabase(ours, workFile(QStringLiteral("month1.sqlite"))); // the last run's result
    }
    if (wanted(2)) {
        const QString base = month1Database();
        const Alternated a = alternate(
            QStringLiteral("case 2"), reps, [&] { copyDatabase(base, ours); }, appImport(ours, {month1Csv()}, summary),
            baselineMode() ? std::function<void()>([&] { copyDatabase(base, ref); }) : freshReference,
            baselineMode() ? onBaseline(appImport(ref, {month1Csv()})) : sqliteImport(ref, month1Csv()));
        report(timeLine(QStringLiteral("2 import same CSV again"), a, limitOf(0.5), summaryNote(a)));
    }
    if (wanted(3)) {
        const QString base = month1Database();
        const Alternated a = alternate(
            QStringLiteral("case 3"), reps, [&] { copyDatabase(base, ours); }, appImport(ours, {month2Csv()}, summary),
            baselineMode() ? std::function<void()>([&] { copyDatabase(base, ref); }) : freshReference,
            baselineMode() ? onBaseline(appImport(ref, {month2Csv()})) : sqliteImport(ref, month2Csv()));
        report(timeLine(QStringLiteral("3 import next month's CSV"), a, limitOf(1.0),
                        summaryNote(a) + (baselineMode() ? QString() : QStringLiteral("; reference imports the month-2 CSV"))));
    }
    if (wanted(4)) {
        const Alternated a = alternate(QStringLiteral("case 4"), reps, fresh, appImport(ours, {month1Ods()}, summary),
                                       freshReference, baselineMode() ? onBaseline(appImport(ref, {month1Ods()}))
                                                                      : sqliteImport(ref, month1Csv()));
        report(timeLine(QStringLiteral("4 import .ods, empty database"), a, limitOf(3.0),
                        summaryNote(a) + QStringLiteral("; the .ods also holds the 3,228-row Providers sheet")));
    }
    std::optional<Line> memory; // measured with case 5, reported last
    if (wanted(5) || wanted(8)) {
        const QString db = nationalDatabase(&notes);
        const Command window{paths.app, {QStringLiteral("--database"), db}, {}, true};
        const Command bare = baselineMode() ? onBaseline(window) : Command{paths.bare, {}, {}, true};
        const QStringList plain = childEnvironment;
        childEnvironment << QStringLiteral("TRUSTRATINGS_EXIT_AFTER_FIRST_PAINT=1");
        const Alternated a = alternate(QStringLiteral("cases 5/8"), reps, [] {}, window, [] {}, bare, 1);
        childEnvironment = plain;
        if (wanted(5)) {
            Line l = timeLine(QStringLiteral("5 start window to first frame"), a, limitOf(1.5));
            l.unit = QStringLiteral("ms");
            l.ours *= 1000;
            l.reference *= 1000;
            report(l);
        }
        if (wanted(8)) {
            Line l;
            l.name = QStringLiteral("8 peak memory of the window");
            l.unit = QStringLiteral("MB");
            l.check = Check::ExtraAtMost;
            l.limit = baselineMode() ? 5 : 60;
            l.failure = a.failure;
            l.ours = median(a.oursMb);
            l.reference = median(a.referenceMb);
            l.note = QStringLiteral("max RSS to exit after the first frame; +%1 MB").arg(l.ours - l.reference, 0, 'f', 0);
            memory = l;
        }
    }
    if (wanted(6)) {
        const QString db = nationalDatabase(&notes);
        const QString out = workFile(QStringLiteral("interaction.txt"));
        progress(QStringLiteral("case 6: %1 trusts and %1 keystrokes, in process").arg(samples));
        const QString detail = workFile(QStringLiteral("interaction-detail.txt"));
        const RunResult r = run({paths.interaction, {QStringLiteral("--database"), db, QStringLiteral("--samples"),
                                                     QString::number(samples)}, out, false, detail});
        // The baseline's figures, measured the same way right after ours.
        const QString baselineOut = workFile(QStringLiteral("interaction-baseline.txt"));
        const RunResult b = baselineMode()
            ? run({paths.baselineInteraction, {QStringLiteral("--database"), db, QStringLiteral("--samples"),
                                               QString::number(samples)}, baselineOut, false, {}})
            : RunResult{};
        progress(QStringLiteral("case 6: each trust and keystroke in %1").arg(detail));
        struct Item { const char *key; const char *name; const char *note; };
        const Item items[] = {
            {"select-trust", "6 select trust: grid+diff filled", "MainWindow::selectProvider, synchronous"},
            {"select-trust-paint", "6 select trust + repaint", "plus window.grab()"},
            {"keystroke-nhs", "6 filter keystroke, NHS trusts", "setText + setFilterText, ~220 rows"},
            {"keystroke-nhs-paint", "6 filter keystroke + repaint", "plus grab() of the trust list panel"},
            {"keystroke-all", "6 filter keystroke, all providers", "setText + setFilterText, 25,000 rows"},
            {"keystroke-all-paint", "6 filter keystroke, all + repaint", "plus grab() of the trust list panel"},
        };
        auto resultLines = [](const QString &path) {
            QFile file(path);
            return file.open(QIODevice::ReadOnly)
                ? QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                : QStringList();
        };
        const QStringList results = resultLines(out);
        const QStringList baselineResults = baselineMode() ? resultLines(baselineOut) : QStringList();
        for (const Item &item : items) {
            Line l;
            l.name = QLatin1String(item.name);
            l.unit = QStringLiteral("ms");
            l.check = Check::BelowAbsolute;
            l.limit = 16;
            l.reference = 16;
            l.failure = r.ok ? QStringLiteral("no result") : r.error;
            for (const QString &result : results) {
                const QStringList f = result.split(QLatin1Char(' '));
                if (f.size() == 5 && f.at(0) == QLatin1String("RESULT") && f.at(1) == QLatin1String(item.key)) {
                    l.ours = f.at(3).toDouble();
                    l.worst = f.at(4).toDouble();
                    l.failure.clear();
                    l.note = QStringLiteral("worst %1 ms of %2; %3").arg(l.worst, 0, 'f', 1).arg(f.at(2), QLatin1String(item.note));
                }
            }
            if (baselineMode()) {
                l.check = Check::RatioAtMost;
                l.limit = limitOf(1);
                l.reference = 0;
                if (!b.ok)
                    l.failure = QStringLiteral("baseline: ") + b.error;
                for (const QString &result : baselineResults) {
                    const QStringList f = result.split(QLatin1Char(' '));
                    if (f.size() == 5 && f.at(0) == QLatin1String("RESULT") && f.at(1) == QLatin1String(item.key)) {
                        l.reference = f.at(3).toDouble();
                        l.note += QStringLiteral("; baseline worst %1 ms").arg(f.at(4).toDouble(), 0, 'f', 1);
                    }
                }
                if (l.reference <= 0 && l.failure.isEmpty())
                    l.failure = QStringLiteral("no baseline result");
            }
            report(l);
        }
    }
    if (wanted(7)) {
        const QString db = nationalDatabase(&notes);
        const QString oursCsv = workFile(QStringLiteral("ours-ratings.csv"));
        const QString refCsv = workFile(QStringLiteral("reference-ratings.csv"));
        // RatingStore::ratings(), the query behind `export ratings`, with the
        // export's headers as column names.
        const QString query = QStringLiteral(
            "SELECT o.provider_id AS \"Provider ID\", p.name AS \"Provider\","
            " COALESCE(o.location_id, '') AS \"Location ID\", COALESCE(l.name, '') AS \"Location\","
            " COALESCE(s.name, '') AS \"Service\", o.key_question AS \"Key question\", o.rating AS \"Rating\","
            " o.publication_date AS \"Publication date\", o.inherited_from AS \"Inherited\","
            " o.report_link_id AS \"Report link\""
            " FROM observations o"
            " JOIN providers p ON p.id = o.provider_id"
            " LEFT JOIN locations l ON l.id = o.location_id"
            " LEFT JOIN services s ON s.id = o.service_id"
            " ORDER BY o.provider_id, COALESCE(o.location_id, ''), COALESCE(s.name, ''),"
            " CASE o.key_question WHEN 'Safe' THEN 1 WHEN 'Effective' THEN 2 WHEN 'Caring' THEN 3"
            " WHEN 'Responsive' THEN 4 WHEN 'Well-led' THEN 5 WHEN 'Overall' THEN 6"
            " WHEN 'Use of resources' THEN 7 ELSE 8 END, o.publication_date, o.id");
        const Alternated a = alternate(
            QStringLiteral("case 7"), reps, [&] { QFile::remove(oursCsv); },
            {paths.app, {QStringLiteral("--database"), db, QStringLiteral("export"), QStringLiteral("ratings"),
                         QStringLiteral("--output"), oursCsv}, {}, false},
            [&] { QFile::remove(refCsv); },
            baselineMode()
                ? Command{paths.baselineApp, {QStringLiteral("--database"), db, QStringLiteral("export"),
                                              QStringLiteral("ratings"), QStringLiteral("--output"), refCsv}, {}, false}
                : Command{paths.sqlite3, {QStringLiteral("-csv"), QStringLiteral("-header"), db, query}, refCsv, false});
        QString note = QStringLiteral("ours %1 MB, %2 %3 MB")
                           .arg(QFileInfo(oursCsv).size() / 1e6, 0, 'f', 1)
                           .arg(baselineMode() ? QStringLiteral("baseline") : QStringLiteral("sqlite3"))
                           .arg(QFileInfo(refCsv).size() / 1e6, 0, 'f', 1);
        if (baselineMode() && a.failure.isEmpty()) {
            QFile o(oursCsv), r(refCsv);
            const bool same = o.open(QIODevice::ReadOnly) && r.open(QIODevice::ReadOnly) && o.readAll() == r.readAll();
            note += same ? QStringLiteral("; the same bytes") : QStringLiteral("; THE FILES DIFFER");
        }
        report(timeLine(QStringLiteral("7 export all ratings to CSV"), a, limitOf(1.5), note));
    }

    if (memory)
        report(*memory);

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
