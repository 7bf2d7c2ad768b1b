// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// What the program guarantees when several processes share a database, when
// the database cannot be written, when the disk fills and when an import is
// killed: the real binary on real SQLite files, as users run it.
#include <storage/Database.h>
#include <importing/Importer.h>
#include "RatingsSheetRows.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace {

struct Run
{
    int status = -1; // -1: did not finish, -2: crashed or killed
    QString out, err;
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QStringList errorLines(const QString &err)
{
    QStringList lines;
    for (const QString &l : err.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (l.startsWith(QLatin1String("trustratings:")))
            lines << l;
    return lines;
}

// `ratings: N` of a stats run, -1 if absent.
qint64 statsValue(const QString &out, const QString &name)
{
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("^%1: (\\d+)$").arg(name), QRegularExpression::MultilineOption).match(out);
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

// The Locations sheet of one trust with `sites` sites, each rated on six
// key questions: a file with IDs of its own for each `code`.
QByteArray trustSheet(const QString &code, int sites)
{
    using namespace RatingsSheetRows;
    static const char *const domains[] = {"Overall", "Safe", "Effective", "Caring", "Responsive", "Well-led"};
    static const char *const grades[] = {"Outstanding", "Good", "Requires improvement", "Inadequate"};
    QByteArray out = csvLine(locationsHeader());
    for (int s = 0; s < sites; ++s) {
        const QString id = code + QStringLiteral("%1").arg(s, 4, 10, QLatin1Char('0'));
        for (int d = 0; d < 6; ++d)
            out += csvLine(locationRow(id, QStringLiteral("Site %1").arg(s), QStringLiteral("Overall"),
                                       QLatin1String(domains[d]), QLatin1String(grades[(s + d) % 4]),
                                       QStringLiteral("03/07/2020"), code, code + QStringLiteral(" NHS Trust")));
    }
    return out;
}

} // namespace

class TestReliability : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QString m_binary; // a copy in a folder anyone may read, for runs as another user

    QProcess *start(const QStringList &args, bool asNobody = false)
    {
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p->setProcessEnvironment(env);
        if (asNobody && ::geteuid() == 0) {
            // Root may write anything; the rights of an ordinary user are what
            // a read-only share or folder means.
            p->setChildProcessModifier([] {
                if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                    ::_exit(126);
            });
        }
        p->start(asNobody ? m_binary : QStringLiteral(TR_BINARY), args);
        return p;
    }

    static Run finish(QProcess *p)
    {
        Run r;
        // Not a timing check: a hung process must end the test, not the CI job.
        if (!p->waitForFinished(180000)) {
            p->kill();
            p->waitForFinished();
            r.err = QStringLiteral("did not finish");
        } else {
            r.status = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -2;
        }
        r.out = QString::fromUtf8(p->readAllStandardOutput());
        r.err += QString::fromUtf8(p->readAllStandardError());
        p->deleteLater();
        return r;
    }

    Run run(const QStringList &args, bool asNobody = false) { return finish(start(args, asNobody)); }

    static QString integrity(const QString &path)
    {
        QString result;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity"));
            db.setDatabaseName(path);
            if (!db.open())
                return db.lastError().text();
            QSqlQuery q(db);
            result = q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next() ? q.value(0).toString()
                                                                                  : q.lastError().text();
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("integrity"));
        return result;
    }

    // A dump of the file's schema and rows, through a connection of its own.
    static QByteArray dumpOf(const QString &path)
    {
        QByteArray dump;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dump"));
            db.setDatabaseName(path);
            if (!db.open())
                return "cannot open: " + db.lastError().text().toUtf8();
            dump = TestDatabase::dump(db);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("dump"));
        return dump;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // Readable and searchable by any user, for the runs as nobody.
        QVERIFY(QFile::setPermissions(m_home.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                         | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                                         | QFileDevice::ExeOther | QFileDevice::ReadGroup
                                                         | QFileDevice::ExeGroup));
        m_binary = m_home.filePath(QStringLiteral("trustratings"));
        QVERIFY(QFile::copy(QStringLiteral(TR_BINARY), m_binary));
    }

    // Issue 10: the second writer used to fail at once with "database is
    // locked"; now it waits for the first, and both complete.
    void twoImportsAtOnceBothComplete()
    {
        const QString db = m_home.filePath(QStringLiteral("shared.sqlite"));
        QCOMPARE(run({QStringLiteral("--database"), db, QStringLiteral("stats")}).status, 0);
        // New files each round: a file imported before is recognised without writing.
        for (int round = 0; round < 3; ++round) {
            const QString first = m_home.filePath(QStringLiteral("first-%1.csv").arg(round));
            const QString second = m_home.filePath(QStringLiteral("second-%1.csv").arg(round));
            QVERIFY(writeFile(first, trustSheet(QStringLiteral("RA%1").arg(round), 3000)));
            QVERIFY(writeFile(second, trustSheet(QStringLiteral("RB%1").arg(round), 3000)));
            QProcess *a = start({QStringLiteral("--database"), db, QStringLiteral("import"), first});
            QProcess *b = start({QStringLiteral("--database"), db, QStringLiteral("import"), second});
            const Run ra = finish(a), rb = finish(b);
            QVERIFY2(ra.status == 0, qPrintable(ra.err));
            QVERIFY2(rb.status == 0, qPrintable(rb.err));
        }
        const Run stats = run({QStringLiteral("--database"), db, QStringLiteral("stats")});
        QCOMPARE(statsValue(stats.out, QStringLiteral("ratings")), qint64(3 * 2 * 3000 * 6));
        QCOMPARE(statsValue(stats.out, QStringLiteral("imports")), qint64(6)); // the sample's was removed
        QCOMPARE(integrity(db), QStringLiteral("ok"));
    }

    // Issue 10: processes opening a new file at once raced the schema
    // ("table imports already exists") and could each load the sample.
    void threeFirstOpensAtOnce()
    {
        for (int round = 0; round < 3; ++round) {
            const QString db = m_home.filePath(QStringLiteral("new-%1.sqlite").arg(round));
            QList<QProcess *> starts;
            for (int i = 0; i < 3; ++i)
                starts << start({QStringLiteral("--database"), db, QStringLiteral("stats")});
            QStringList outs;
            for (QProcess *p : starts) {
                const Run r = finish(p);
                QVERIFY2(r.status == 0, qPrintable(r.err));
                outs << r.out;
            }
            QCOMPARE(statsValue(outs.first(), QStringLiteral("imports")), qint64(1));
            QCOMPARE(outs.at(1), outs.first());
            QCOMPARE(outs.at(2), outs.first());
        }
    }

    // Issue 10: a database that cannot be written was refused as a bad
    // file. It is read (stats, export) and only writing is refused.
    void readOnlyDatabaseCanBeRead_data()
    {
        QTest::addColumn<bool>("folderReadOnly");
        QTest::newRow("read-only file") << false;
        QTest::newRow("read-only folder") << true;
    }

    void readOnlyDatabaseCanBeRead()
    {
        QFETCH(bool, folderReadOnly);
        const QString folder = m_home.filePath(folderReadOnly ? QStringLiteral("ro-folder") : QStringLiteral("ro-file"));
        QVERIFY(QDir().mkpath(folder));
        const QString db = folder + QStringLiteral("/ratings.sqlite");
        const Run made = run({QStringLiteral("--database"), db, QStringLiteral("stats")});
        QCOMPARE(made.status, 0);
        QVERIFY(!QFileInfo::exists(db + QStringLiteral("-wal"))); // closed cleanly: no log beside it
        QVERIFY(::chmod(QFile::encodeName(db).constData(), 0444) == 0);
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), folderReadOnly ? 0555 : 0777) == 0);
        const QByteArray before = readAll(db);

        const Run stats = run({QStringLiteral("--database"), db, QStringLiteral("stats")}, true);
        QVERIFY2(stats.status == 0, qPrintable(stats.err));
        QCOMPARE(stats.out, made.out);
        const Run exported = run({QStringLiteral("--database"), db, QStringLiteral("export"), QStringLiteral("providers")}, true);
        QVERIFY2(exported.status == 0, qPrintable(exported.err));
        QVERIFY(exported.out.contains(QStringLiteral("Lewisham and Greenwich NHS Trust")));

        const QString sheet = m_home.filePath(QStringLiteral("ro.csv"));
        QVERIFY(writeFile(sheet, trustSheet(QStringLiteral("RC3"), 2)));
        QVERIFY(::chmod(QFile::encodeName(sheet).constData(), 0644) == 0);
        const Run import = run({QStringLiteral("--database"), db, QStringLiteral("import"), sheet}, true);
        QCOMPARE(import.status, 1);
        const QStringList lines = errorLines(import.err);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(db) && lines.first().contains(QStringLiteral("cannot be written here")),
                 qPrintable(lines.first()));
        QVERIFY(readAll(db) == before);
        // A reader may leave SQLite's empty log beside a file it cannot write.
        QVERIFY(!QFileInfo::exists(db + QStringLiteral("-wal")) || QFileInfo(db + QStringLiteral("-wal")).size() == 0);
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
    }

    // A subfolder the user cannot read was skipped without a word: it is
    // named, and the exit status is 2 unless --keep-going (then "skipped").
    void unreadableSubfolderIsNamed()
    {
        const QString tree = m_home.filePath(QStringLiteral("tree"));
        const QString locked = tree + QStringLiteral("/locked");
        const QString dbFolder = m_home.filePath(QStringLiteral("tree-db"));
        QVERIFY(QDir().mkpath(locked));
        QVERIFY(QDir().mkpath(dbFolder));
        QVERIFY(writeFile(tree + QStringLiteral("/a.csv"), trustSheet(QStringLiteral("RD1"), 2)));
        QVERIFY(writeFile(locked + QStringLiteral("/b.csv"), trustSheet(QStringLiteral("RD2"), 2)));
        QVERIFY(::chmod(QFile::encodeName(tree).constData(), 0755) == 0);
        QVERIFY(::chmod(QFile::encodeName(tree + QStringLiteral("/a.csv")).constData(), 0644) == 0);
        QVERIFY(::chmod(QFile::encodeName(locked).constData(), 0700) == 0); // root's own: nobody cannot list it
        QVERIFY(::chmod(QFile::encodeName(dbFolder).constData(), 0777) == 0);
        const QString db = dbFolder + QStringLiteral("/ratings.sqlite");

        const Run strict = run({QStringLiteral("--database"), db, QStringLiteral("import"), tree}, true);
        QVERIFY2(strict.status == 2, qPrintable(strict.err));
        QStringList lines = errorLines(strict.err);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first(), QStringLiteral("trustratings: %1: the folder cannot be read (permission denied); its "
                                               "files were not imported")
                                    .arg(locked));
        QVERIFY2(strict.out.contains(QStringLiteral("/a.csv: ratings-csv, 12 records")), qPrintable(strict.out));

        const Run lenient = run({QStringLiteral("--database"), db, QStringLiteral("import"), QStringLiteral("--keep-going"),
                                 tree},
                                true);
        QVERIFY2(lenient.status == 0, qPrintable(lenient.err));
        lines = errorLines(lenient.err);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().startsWith(QStringLiteral("trustratings: skipped %1: ").arg(locked)),
                 qPrintable(lines.first()));
        const Run stats = run({QStringLiteral("--database"), db, QStringLiteral("stats")});
        QCOMPARE(statsValue(stats.out, QStringLiteral("providers")), 1); // RD1 only
    }

    // A disk that fills during an import (SQLite's own limit on the file's
    // pages stands in for the disk): the message says so, nothing is
    // changed, and the log does not keep the rolled-back pages.
    void fullDiskDuringImport()
    {
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const QByteArray before = db.dump();
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
        const int pages = q.value(0).toInt();
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 20)));
        q.finish();
        const QString sheet = db.dirPath() + QStringLiteral("/big.csv");
        QVERIFY(writeFile(sheet, trustSheet(QStringLiteral("RD4"), 3000)));

        const ImportResult r = Importer(db.database()).importFile(sheet);
        QVERIFY(!r.ok);
        QVERIFY(!r.badInput);
        QVERIFY2(r.error.contains(QStringLiteral("no space left on ")) && r.error.contains(db.path()), qPrintable(r.error));
        QVERIFY2(!r.error.contains(QLatin1Char('\n')), qPrintable(r.error));
        QCOMPARE(db.dump(), before);
        QCOMPARE(QFileInfo(db.path() + QStringLiteral("-wal")).size(), qint64(0));
    }

    // kill -9 at random points of an import leaves the database exactly as
    // it was, and whole (SQLite's atomic commit, with the import in one
    // transaction).
    void killDuringImportLeavesTheDatabase()
    {
        const QString db = m_home.filePath(QStringLiteral("killed.sqlite"));
        const QString base = m_home.filePath(QStringLiteral("base.csv"));
        const QString big = m_home.filePath(QStringLiteral("big-import.csv"));
        QVERIFY(writeFile(base, trustSheet(QStringLiteral("RE5"), 50)));
        QVERIFY(writeFile(big, trustSheet(QStringLiteral("RF6"), 20000)));
        QCOMPARE(run({QStringLiteral("--database"), db, QStringLiteral("import"), base}).status, 0);
        QByteArray before = dumpOf(db);

        // How long a whole import takes here, to kill within it.
        const QString probe = m_home.filePath(QStringLiteral("probe.sqlite"));
        QVERIFY(QFile::copy(db, probe));
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(run({QStringLiteral("--database"), probe, QStringLiteral("import"), big}).status, 0);
        const qint64 whole = qMax<qint64>(timer.elapsed(), 200);
        const QString completeStats = run({QStringLiteral("--database"), probe, QStringLiteral("stats")}).out;
        QVERIFY(statsValue(completeStats, QStringLiteral("providers")) == 2);

        // Kills at random moments until three have landed inside an import.
        // The probe's time is only a guess on a loaded machine: each import
        // that finishes (or commits) before its kill halves the window.
        int killedMidway = 0;
        qint64 latest = whole * 9 / 10;
        for (int i = 0; i < 20 && killedMidway < 3; ++i) {
            QProcess *p = start({QStringLiteral("--database"), db, QStringLiteral("import"), big});
            QVERIFY(p->waitForStarted());
            QTest::qWait(int(QRandomGenerator::global()->bounded(qint64(20), qMax<qint64>(latest, 21))));
            if (p->state() == QProcess::Running) {
                ::kill(pid_t(p->processId()), SIGKILL);
                ++killedMidway;
            }
            const Run r = finish(p);
            if (r.status == 0) {
                // It finished before the kill: start again from the base.
                latest = qMax<qint64>(40, latest / 2);
                QVERIFY(QFile::remove(db));
                QFile::remove(db + QStringLiteral("-wal"));
                QFile::remove(db + QStringLiteral("-shm"));
                QCOMPARE(run({QStringLiteral("--database"), db, QStringLiteral("import"), base}).status, 0);
                before = dumpOf(db);
                continue;
            }
            QCOMPARE(integrity(db), QStringLiteral("ok"));
            if (dumpOf(db) != before) {
                // Killed after its commit, before it exited (a loaded machine):
                // then the import must be whole, as the probe's. All or nothing.
                const Run killedStats = run({QStringLiteral("--database"), db, QStringLiteral("stats")});
                QVERIFY2(killedStats.out == completeStats,
                         qPrintable(QStringLiteral("run %1 left a partial import:\n%2").arg(i).arg(killedStats.out)));
                --killedMidway;
                latest = qMax<qint64>(40, latest / 2);
                QVERIFY(QFile::remove(db));
                QFile::remove(db + QStringLiteral("-wal"));
                QFile::remove(db + QStringLiteral("-shm"));
                QCOMPARE(run({QStringLiteral("--database"), db, QStringLiteral("import"), base}).status, 0);
                before = dumpOf(db);
            }
        }
        QVERIFY2(killedMidway >= 3, qPrintable(QString::number(killedMidway)));
    }
};

QTEST_GUILESS_MAIN(TestReliability)
#include "tst_reliability.moc"
