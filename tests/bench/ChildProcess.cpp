// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "ChildProcess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace Bench {

QStringList childEnvironment;

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
        if (c.untilFirstFrame && !marker && errText.contains(c.marker.toLatin1())) {
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
        r.error = QStringLiteral("%1 never printed \"%2\": %3").arg(QFileInfo(c.program).fileName(), c.marker, tail);
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

} // namespace Bench
