// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once
// Shared by the fuzz targets: a QCoreApplication, Qt's messages silenced
// (qFatal still aborts), and a scratch folder on tmpfs for the targets whose
// code under test takes a path.

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace fuzz {

inline void messageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        std::abort();
    }
}

inline void init()
{
    static int argc = 1;
    static char name[] = "trfuzz";
    static char *argv[] = {name, nullptr};
    qInstallMessageHandler(messageHandler);
    static QCoreApplication app(argc, argv);
}

// $TR_FUZZ_TMP (run.sh points it at a folder it removes afterwards), else
// /dev/shm, else the temp folder; one subfolder per process.
inline QString workDir()
{
    static const QString dir = [] {
        QString base = qEnvironmentVariable("TR_FUZZ_TMP");
        if (base.isEmpty())
            base = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
        const QString d = base + QStringLiteral("/trfuzz-") + QString::number(getpid());
        if (!QDir().mkpath(d)) {
            std::fprintf(stderr, "cannot create %s\n", qPrintable(d));
            std::abort();
        }
        // Not workDir() itself: statics are destroyed before later atexit
        // handlers run, and this one is registered before `dir` is built.
        static const QString *cleanup = new QString(d);
        std::atexit([] { QDir(*cleanup).removeRecursively(); });
        return d;
    }();
    return dir;
}

inline void writeFile(const QString &path, const uint8_t *data, size_t size)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || f.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        std::abort();
    }
}

} // namespace fuzz
