// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QProcess>
#include <QStringList>

#include <functional>

// Runs the real trustratings binary as a user would: offscreen, with its
// default database kept under `home` instead of the real home folder.
struct BinaryRun
{
    int status = -1;    // exit status; -1: did not finish (killed), -2: crashed
    QByteArray out;
    QString err;

    // `environment`: more variables, "NAME=value".
    static BinaryRun start(const QString &home, const QStringList &args,
                           const std::function<void()> &childModifier = {}, const QStringList &environment = {})
    {
        QProcess p;
        if (childModifier)
            p.setChildProcessModifier(childModifier);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        for (const QString &variable : environment)
            env.insert(variable.section(QLatin1Char('='), 0, 0), variable.section(QLatin1Char('='), 1));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TR_BINARY), args);
        BinaryRun r;
        // Not a timing check: a hung process must end the test, not the CI job.
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            r.err = QStringLiteral("did not finish");
            return r;
        }
        r.status = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = p.readAllStandardOutput();
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
};
