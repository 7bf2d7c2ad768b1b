// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

// What the `trustratings export` suites share: the real binary run on real
// SQLite files under a temporary home, and every exported file read back by
// the strict reader of StrictCsv.h and by Python's csv module, which must
// see the same rows. A suite derives from it (after QObject) and calls
// loadSample() from its initTestCase.
#include "BinaryRun.h"
#include "StrictCsv.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <functional>
#include <sys/resource.h>

using Rows = QList<QStringList>;

class ExportCliFixture
{
protected:
    struct Run
    {
        int status = -1;
        QByteArray out;
        QString err;
    };

    QTemporaryDir m_home;
    QString m_database;      // the bundled sample, loaded by `stats`
    qint64 m_ratings = -1;   // the `ratings:` line of stats

    // `fileSizeLimit` > 0: the child may write no file beyond that many
    // bytes (RLIMIT_FSIZE), as if the disk filled up.
    Run run(const QStringList &args, rlim_t fileSizeLimit = 0)
    {
        std::function<void()> limitFileSize;
        if (fileSizeLimit > 0)
            limitFileSize = [fileSizeLimit] {
                std::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails with EFBIG instead
                struct rlimit limit;
                if (::getrlimit(RLIMIT_FSIZE, &limit) == 0) {
                    limit.rlim_cur = fileSizeLimit;
                    ::setrlimit(RLIMIT_FSIZE, &limit);
                }
            };
        const BinaryRun b = BinaryRun::start(m_home.path(), args, limitFileSize);
        return {b.status, b.out, b.err};
    }

    Run exportRun(const QString &database, const QStringList &args)
    {
        return run(QStringList{QStringLiteral("--database"), database, QStringLiteral("export")} + args);
    }

    static QStringList errorLines(const Run &r)
    {
        QStringList lines;
        for (const QString &l : r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (l.startsWith(QLatin1String("trustratings:")))
                lines << l;
        return lines;
    }

    static QByteArray bytes(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
    }

    static bool writeFile(const QString &path, const QByteArray &data)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
    }

    QString outPath(const QString &name) const { return m_home.filePath(QStringLiteral("out/") + name); }

    // The file's rows as the strict reader sees them, checked against
    // Python's csv module. Empty on failure (with the reason in *why).
    static Rows readBack(const QString &path, char separator, bool bom, bool crlf, QString *why)
    {
        const QByteArray data = bytes(path);
        const StrictCsv::Result strict =
            StrictCsv::parse(data, separator, crlf ? StrictCsv::LineEnd::CRLF : StrictCsv::LineEnd::LF);
        if (!strict.ok) {
            *why = QStringLiteral("%1: strict reader: %2").arg(path, strict.error);
            return {};
        }
        if (strict.bom != bom) {
            *why = QStringLiteral("%1: BOM %2, expected %3").arg(path).arg(strict.bom).arg(bom);
            return {};
        }
        const StrictCsv::PythonResult py = StrictCsv::readWithPython(path, separator, bom);
        if (!py.ok) {
            *why = QStringLiteral("%1: %2").arg(path, py.error);
            return {};
        }
        if (py.rows != strict.rows) {
            *why = QStringLiteral("%1: Python's csv module reads\n%2\nthe strict reader reads\n%3")
                       .arg(path, StrictCsv::show(py.rows), StrictCsv::show(strict.rows));
            return {};
        }
        return strict.rows;
    }

    // Runs an export into a file and reads it back both ways.
    Rows exported(const QString &database, const QStringList &args, const QString &name, char separator = ',',
                  bool bom = false, bool crlf = false)
    {
        const QString path = outPath(name);
        const Run r = exportRun(database, args + QStringList{QStringLiteral("--output"), path});
        if (r.status != 0 || !r.out.isEmpty()) {
            qWarning("export %s: status %d, stdout %d bytes, stderr %s", qPrintable(args.join(QLatin1Char(' '))),
                     r.status, int(r.out.size()), qPrintable(r.err));
            return {};
        }
        QString why;
        const Rows rows = readBack(path, separator, bom, crlf, &why);
        if (rows.isEmpty())
            qWarning("%s", qPrintable(why));
        return rows;
    }

    static int column(const Rows &rows, const QString &header)
    {
        return rows.isEmpty() ? -1 : int(rows.first().indexOf(header));
    }

    static bool isIsoDateOrEmpty(const QString &s)
    {
        static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        return s.isEmpty() || (iso.match(s).hasMatch() && QDate::fromString(s, Qt::ISODate).isValid());
    }

    // The home folder with its out/ folder, and the bundled sample, loaded
    // by `stats`, whose `ratings:` line is kept. QtTest's checks: the caller
    // returns when QTest::currentTestFailed().
    void loadSample()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(QDir().mkpath(m_home.filePath(QStringLiteral("out"))));
        m_database = m_home.filePath(QStringLiteral("export.sqlite"));
        const Run stats = run({QStringLiteral("--database"), m_database, QStringLiteral("stats")});
        QCOMPARE(stats.status, 0);
        const QString text = QString::fromUtf8(stats.out);
        QVERIFY2(text.contains(QStringLiteral("providers: 2\n")), qPrintable(text));
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("^ratings: (\\d+)$"),
                                                             QRegularExpression::MultilineOption).match(text);
        QVERIFY2(m.hasMatch(), qPrintable(text));
        m_ratings = m.captured(1).toLongLong();
        QVERIFY(m_ratings > 0);
    }

    // A fresh database `name` in the home folder holding one imported sheet,
    // written as `fileName` beside it. Sets *database when it is made.
    void importSheet(QString *database, const QString &name, const QString &fileName, const QByteArray &sheet)
    {
        const QString path = m_home.filePath(fileName);
        QVERIFY(writeFile(path, sheet));
        const Run import = run({QStringLiteral("--database"), m_home.filePath(name), QStringLiteral("import"), path});
        QVERIFY2(import.status == 0, qPrintable(import.err));
        *database = m_home.filePath(name);
    }
};
