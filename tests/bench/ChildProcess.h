// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <utility>

namespace Bench {

// The environment of every child (offscreen Qt, a fixed locale, no user's
// settings), set by main before the first run.
extern QStringList childEnvironment;

// A progress line on stderr; die() also exits 1.
void progress(const QString &line);
[[noreturn]] void die(const QString &line);

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
    bool untilFirstFrame;      // time to the marker line, not to the exit
    QString stderrPath;        // non-empty: keep the child's stderr there
    // The line timed to with untilFirstFrame: the window's first frame, or
    // "trust list ready" (TRUSTRATINGS_EXIT_AFTER_LIST_READY) for case 5's list.
    QString marker = QStringLiteral("first frame painted");
};

struct RunResult
{
    bool ok = false;           // started, exited 0 (and printed the marker if asked)
    double ms = 0;             // spawn to exit, or to the marker line
    double maxRssMb = 0;       // the child's own peak resident memory
    QString error;             // why not ok, with the child's last stderr lines
};

// Runs c with posix_spawn and reaps it with wait4(): its wall time and peak
// resident memory. runOrDie() exits when the child fails.
RunResult run(const Command &c);
RunResult runOrDie(const Command &c);
// A file's lines joined with "; ": a child's summary on stdout.
QString readFirstLine(const QString &path);

} // namespace Bench
