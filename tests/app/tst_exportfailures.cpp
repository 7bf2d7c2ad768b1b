// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// How `trustratings export` fails: bad usage exits 2 with one line, an
// output that is the database being read is refused, and a missing folder,
// an unwritable place, a disk filling up midway and a full disk exit 1 with
// one line, an earlier file kept byte for byte.
#include "ExportCliFixture.h"
#include "RatingsSheetRows.h"

#include <QFileInfo>
#include <QtTest>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

class TstExportFailures : public QObject, protected ExportCliFixture
{
    Q_OBJECT

    QString m_bigDatabase; // 2,000 ratings: an export of about 200 KB

    static QByteArray bigSheet()
    {
        QByteArray sheet = RatingsSheetRows::locationsHeader().join(QLatin1Char(',')).toUtf8() + "\n";
        const char *domains[] = {"Safe", "Effective", "Caring", "Responsive", "Well-led"};
        for (int l = 1; l <= 400; ++l)
            for (const char *domain : domains)
                sheet += QStringLiteral("ZY%1,ZY%1,Community Hospital %1,N,NHS Healthcare Organisation,"
                                        "Acute hospital - NHS non-specialist,,,,,,London,,,,,,Overall,%2,Good,"
                                        "01/02/2021,Location,N,,ZY1,Big Test NHS Trust,-,-\n")
                             .arg(l, 4, 10, QLatin1Char('0'))
                             .arg(QLatin1String(domain))
                             .toUtf8();
        return sheet;
    }

private Q_SLOTS:
    void initTestCase()
    {
        loadSample();
        if (!QTest::currentTestFailed())
            importSheet(&m_bigDatabase, QStringLiteral("big.sqlite"),
                        QStringLiteral("01_February_2021_Latest_ratings.csv"), bigSheet());
    }

    void badUsageExitsTwoWithOneLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown table") << QStringList{QStringLiteral("trusts")} << QStringLiteral("trusts");
        QTest::newRow("no table") << QStringList{} << QStringLiteral("TABLE");
        QTest::newRow("grid without --provider") << QStringList{QStringLiteral("grid")} << QStringLiteral("--provider");
        QTest::newRow("diff without --provider") << QStringList{QStringLiteral("diff")} << QStringLiteral("--provider");
        QTest::newRow("unknown provider (grid)")
            << QStringList{QStringLiteral("grid"), QStringLiteral("--provider"), QStringLiteral("NOPE")}
            << QStringLiteral("NOPE");
        QTest::newRow("unknown provider (ratings)")
            << QStringList{QStringLiteral("ratings"), QStringLiteral("--provider"), QStringLiteral("NOPE")}
            << QStringLiteral("NOPE");
        QTest::newRow("unknown location (diff)")
            << QStringList{QStringLiteral("diff"), QStringLiteral("--location"), QStringLiteral("XX999")}
            << QStringLiteral("XX999");
    }

    void badUsageExitsTwoWithOneLine()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        // Without --output: nothing on stdout.
        const Run r = exportRun(m_database, args);
        QCOMPARE(r.status, 2);
        const QStringList lines = errorLines(r);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(mentions), qPrintable(lines.first()));
        QVERIFY(r.out.isEmpty());

        // With --output onto an existing file: the file is left byte-identical.
        const QString path = outPath(QStringLiteral("keep.csv"));
        const QByteArray old = "Provider ID,Provider\r\nRJ2,\"Lewisham, Greenwich\"\r\n";
        QVERIFY(writeFile(path, old));
        const Run withOutput = exportRun(m_database, args + QStringList{QStringLiteral("--output"), path});
        QCOMPARE(withOutput.status, 2);
        QCOMPARE(errorLines(withOutput).size(), 1);
        QCOMPARE(bytes(path), old);

        // And no file appears where there was none.
        const QString fresh = outPath(QStringLiteral("never-written.csv"));
        const Run withNew = exportRun(m_database, args + QStringList{QStringLiteral("--output"), fresh});
        QCOMPARE(withNew.status, 2);
        QVERIFY(!QFileInfo::exists(fresh));
    }

    // The output is never the database being read, whatever it is called
    // (issue 10: `export ratings --output DB` used to replace the database).
    void outputThatIsTheDatabaseIsRefused_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("the same name") << QStringLiteral("name");
        QTest::newRow("another spelling of the path") << QStringLiteral("dotted");
        QTest::newRow("a symbolic link to it") << QStringLiteral("symlink");
        QTest::newRow("a hard link to it") << QStringLiteral("hardlink");
        QTest::newRow("its -wal file") << QStringLiteral("wal");
        QTest::newRow("its -shm file") << QStringLiteral("shm");
    }

    void outputThatIsTheDatabaseIsRefused()
    {
        QFETCH(QString, how);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(QStringLiteral("ratings.sqlite"));
        QVERIFY(QFile::copy(m_database, db));
        QString output = db;
        if (how == QLatin1String("dotted")) {
            output = dir.path() + QStringLiteral("/./ratings.sqlite");
        } else if (how == QLatin1String("symlink")) {
            output = dir.filePath(QStringLiteral("link.csv"));
            QVERIFY(QFile::link(db, output));
        } else if (how == QLatin1String("hardlink")) {
            output = dir.filePath(QStringLiteral("hard.csv"));
            QCOMPARE(::link(QFile::encodeName(db).constData(), QFile::encodeName(output).constData()), 0);
        } else if (how == QLatin1String("wal") || how == QLatin1String("shm")) {
            output = db + QLatin1Char('-') + how;
        }
        const QByteArray before = bytes(db);
        const Run r = exportRun(db, {QStringLiteral("ratings"), QStringLiteral("--output"), output});
        QCOMPARE(r.status, 2);
        const QStringList lines = errorLines(r);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(output) && lines.first().contains(QStringLiteral("database being exported")),
                 qPrintable(lines.first()));
        QVERIFY(bytes(db) == before);
        if (how == QLatin1String("symlink"))
            QVERIFY(QFileInfo(output).isSymLink());
        const Run stats = run({QStringLiteral("--database"), db, QStringLiteral("stats")});
        QCOMPARE(stats.status, 0);
        QVERIFY2(stats.out.contains("ratings: " + QByteArray::number(m_ratings) + "\n"), stats.out.constData());
    }

    void missingFolderExitsOne()
    {
        const QString path = m_home.filePath(QStringLiteral("no/such/folder/providers.csv"));
        const Run r = exportRun(m_database, {QStringLiteral("providers"), QStringLiteral("--output"), path});
        QCOMPARE(r.status, 1);
        const QStringList lines = errorLines(r);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(path), qPrintable(lines.first()));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFileInfo::exists(m_home.filePath(QStringLiteral("no"))));
    }

    void unwritablePlaceExitsOneAndKeepsNothing()
    {
        // /proc refuses new files even to root.
        const QString path = QStringLiteral("/proc/trustratings-export.csv");
        const Run r = exportRun(m_database, {QStringLiteral("ratings"), QStringLiteral("--output"), path});
        QCOMPARE(r.status, 1);
        const QStringList lines = errorLines(r);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(path), qPrintable(lines.first()));
        QVERIFY(!QFileInfo::exists(path));

        // A folder given as the output file.
        const QString folder = m_home.filePath(QStringLiteral("out"));
        const Run dir = exportRun(m_database, {QStringLiteral("providers"), QStringLiteral("--output"), folder});
        QCOMPARE(dir.status, 1);
        QCOMPARE(errorLines(dir).size(), 1);
        QVERIFY(QFileInfo(folder).isDir());
    }

    void diskFillingUpMidwayKeepsTheOldFile()
    {
        const QString path = outPath(QStringLiteral("big-ratings.csv"));
        const QByteArray old = "Provider ID,Provider\nZY1,an earlier export\n";
        QVERIFY(writeFile(path, old));
        const QStringList args = {QStringLiteral("--database"), m_bigDatabase, QStringLiteral("export"),
                                  QStringLiteral("ratings"), QStringLiteral("--output"), path};
        // Writes past 64 KB fail, as on a full disk: exit 1, one line, the old file kept.
        const Run r = run(args, 64 * 1024);
        QCOMPARE(r.status, 1);
        const QStringList lines = errorLines(r);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(path), qPrintable(lines.first()));
        QCOMPARE(bytes(path), old);
        QCOMPARE(QDir(outPath(QString())).entryList({QStringLiteral("big-ratings.csv*"), QStringLiteral(".big-ratings*")},
                                                    QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("big-ratings.csv")});

        // Without the limit the same export succeeds and is larger than it.
        const Run ok = run(args);
        QCOMPARE(ok.status, 0);
        QVERIFY(bytes(path).size() > 64 * 1024);
        QString why;
        const Rows rows = readBack(path, ',', false, false, &why);
        QVERIFY2(!rows.isEmpty(), qPrintable(why));
        QCOMPARE(rows.size(), 2001);
    }

    void fullDiskExitsOne()
    {
        QVERIFY2(QFileInfo::exists(QStringLiteral("/dev/full")), "/dev/full is missing on this Linux machine");
        // Our own copy of /dev/full where we may make one (root), so that a
        // regression can never replace the real node with a regular file.
        QString full = m_home.filePath(QStringLiteral("full"));
        if (::mknod(QFile::encodeName(full).constData(), S_IFCHR | 0666, makedev(1, 7)) != 0)
            full = QStringLiteral("/dev/full");
        const Run r = exportRun(m_database, {QStringLiteral("ratings"), QStringLiteral("--output"), full});
        QCOMPARE(r.status, 1);
        const QStringList lines = errorLines(r);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(full), qPrintable(lines.first()));
        struct stat st;
        QVERIFY(::stat(QFile::encodeName(full).constData(), &st) == 0 && S_ISCHR(st.st_mode));
    }
};

QTEST_MAIN(TstExportFailures)
#include "tst_exportfailures.moc"
