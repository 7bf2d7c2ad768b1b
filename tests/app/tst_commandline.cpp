// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// The real binary, run as a user runs it: exit statuses, output lines and
// files of DESIGN.md section 4.
#include "BinaryRun.h"
#include "DatabaseErrorBox.h"
#include "TestDatabase.h"

#include <QImage>
#include <QMessageBox>
#include <QProcess>
#include <QSqlQuery>
#include <QtTest>

class TstCommandLine : public QObject
{
    Q_OBJECT

    struct Run
    {
        int status = -1;
        QString out, err;
    };

    QTemporaryDir m_home;

    Run run(const QStringList &args, const QStringList &environment = {})
    {
        const BinaryRun b = BinaryRun::start(m_home.path(), args, {}, environment);
        return {b.status, QString::fromUtf8(b.out), b.err};
    }

    // Damages every table's and index's root page of a database the binary
    // made: it opens, but no count can be read.
    bool makeDamagedDatabase(const QString &path)
    {
        if (run({QStringLiteral("--database"), path, QStringLiteral("stats")}).status != 0)
            return false;
        QList<int> rootPages; // of every table and index, so that no count can go round the damage
        int pageSize = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
            db.setDatabaseName(path);
            if (!db.open())
                return false;
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE rootpage > 1"));
            while (q.next())
                rootPages << q.value(0).toInt();
            if (q.exec(QStringLiteral("PRAGMA page_size")) && q.next())
                pageSize = q.value(0).toInt();
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("damage"));
        if (rootPages.size() <= 5 || pageSize <= 0
            || (QFileInfo::exists(path + QStringLiteral("-wal")) && QFileInfo(path + QStringLiteral("-wal")).size() > 0))
            return false;
        QFile f(path);
        if (!f.open(QIODevice::ReadWrite))
            return false;
        for (int page : rootPages)
            if (!f.seek(qint64(page - 1) * pageSize) || f.write(QByteArray(pageSize, '\xA5')) != pageSize)
                return false;
        return true;
    }

    static QByteArray bytes(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
    }

    static QStringList errorLines(const Run &r)
    {
        // Qt's own start-up notes are not ours; count the program's lines.
        QStringList lines;
        for (const QString &l : r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (l.startsWith(QLatin1String("trustratings:")))
                lines << l;
        return lines;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void helpAndVersion()
    {
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.status, 0);
        QVERIFY(help.out.contains(QStringLiteral("Usage: trustratings")));
        QVERIFY(help.out.contains(QStringLiteral("--screenshot")));
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.status, 0);
        QVERIFY(version.out.startsWith(QStringLiteral("trustratings ")));
    }

    void badUsageExitsTwoWithOneLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")} << QStringLiteral("--bogus");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("missing value") << QStringList{QStringLiteral("--database")} << QStringLiteral("--database");
        QTest::newRow("bad date") << QStringList{QStringLiteral("--screenshot"), QStringLiteral("x.png"),
                                                 QStringLiteral("--compare"), QStringLiteral("2019-13-01"),
                                                 QStringLiteral("2020-07-03")}
                                  << QStringLiteral("2019-13-01");
        QTest::newRow("both subjects") << QStringList{QStringLiteral("--provider"), QStringLiteral("RJ2"),
                                                      QStringLiteral("--location"), QStringLiteral("RJ224")}
                                       << QStringLiteral("--location");
        QTest::newRow("bad size") << QStringList{QStringLiteral("--screenshot"), QStringLiteral("x.png"),
                                                 QStringLiteral("--size"), QStringLiteral("big")}
                                  << QStringLiteral("--size");
        QTest::newRow("stats with argument") << QStringList{QStringLiteral("stats"), QStringLiteral("extra")}
                                             << QStringLiteral("extra");
    }

    void badUsageExitsTwoWithOneLine()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const Run r = run(args);
        QCOMPARE(r.status, 2);
        const QStringList lines = errorLines(r);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(mentions), qPrintable(lines.first()));
        QVERIFY(r.out.isEmpty());
    }

    // Issue 11: Qt's own options were refused as unknown. They go to
    // QApplication: -reverse mirrors the window, -style picks the style.
    void qtOptionsReachQt()
    {
        const QString db = m_home.filePath(QStringLiteral("qtoptions.sqlite"));
        const QString plain = m_home.filePath(QStringLiteral("plain.png"));
        const QString mirrored = m_home.filePath(QStringLiteral("mirrored.png"));
        const Run a = run({QStringLiteral("--database"), db, QStringLiteral("--screenshot"), plain,
                           QStringLiteral("-style"), QStringLiteral("Fusion")});
        QVERIFY2(a.status == 0, qPrintable(a.err));
        const Run b = run({QStringLiteral("--database"), db, QStringLiteral("--screenshot"), mirrored,
                           QStringLiteral("--style=Fusion"), QStringLiteral("-reverse")});
        QVERIFY2(b.status == 0, qPrintable(b.err));
        const QImage left(plain), right(mirrored);
        QVERIFY(!left.isNull() && !right.isNull());
        QCOMPARE(left.size(), right.size());
        QVERIFY(left != right); // mirrored: -reverse reached QApplication
        // Our own options are still checked.
        const Run bad = run({QStringLiteral("--database"), db, QStringLiteral("--bogus")});
        QCOMPARE(bad.status, 2);
    }

    // --palette dark: the whole window dark (its background, not only the
    // tiles), whatever the desktop says; light the opposite.
    void paletteOptionColoursTheWindow()
    {
        const QString db = m_home.filePath(QStringLiteral("palette.sqlite"));
        auto meanLightness = [](const QImage &image) {
            qint64 sum = 0;
            for (int y = 0; y < image.height(); y += 4)
                for (int x = 0; x < image.width(); x += 4)
                    sum += image.pixelColor(x, y).lightness();
            return double(sum) / ((image.height() + 3) / 4 * ((image.width() + 3) / 4));
        };
        QHash<QString, double> lightness;
        for (const QString &scheme : {QStringLiteral("light"), QStringLiteral("dark")}) {
            const QString png = m_home.filePath(scheme + QStringLiteral(".png"));
            const Run r = run({QStringLiteral("--database"), db, QStringLiteral("--screenshot"), png,
                               QStringLiteral("--provider"), QStringLiteral("RJ2"), QStringLiteral("--palette"), scheme});
            QVERIFY2(r.status == 0, qPrintable(r.err));
            const QImage image(png);
            QVERIFY(!image.isNull());
            lightness[scheme] = meanLightness(image);
        }
        QVERIFY2(lightness[QStringLiteral("light")] > 180, qPrintable(QString::number(lightness[QStringLiteral("light")])));
        QVERIFY2(lightness[QStringLiteral("dark")] < 90, qPrintable(QString::number(lightness[QStringLiteral("dark")])));
        const Run bad = run({QStringLiteral("--database"), db, QStringLiteral("--palette"), QStringLiteral("purple")});
        QCOMPARE(bad.status, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("--palette purple: use light or dark")), qPrintable(bad.err));
        const Run withCommand = run({QStringLiteral("--database"), db, QStringLiteral("--palette"), QStringLiteral("dark"),
                                     QStringLiteral("stats")});
        QCOMPARE(withCommand.status, 2);
    }

    void statsOnNewFileLoadsTheSample()
    {
        const QString path = m_home.filePath(QStringLiteral("stats.sqlite"));
        const Run r = run({QStringLiteral("--database"), path, QStringLiteral("stats")});
        QCOMPARE(r.status, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.at(0), QStringLiteral("providers: 2"));
        QCOMPARE(lines.at(1), QStringLiteral("locations: 2"));
        QVERIFY(lines.at(2).startsWith(QStringLiteral("reports: ")) && lines.at(2).mid(9).toInt() > 0);
        QVERIFY(lines.at(3).startsWith(QStringLiteral("ratings: ")) && lines.at(3).mid(9).toInt() > 0);
        QCOMPARE(lines.at(4), QStringLiteral("imports: 1"));
        // A second start does not load the sample again.
        const Run again = run({QStringLiteral("--database"), path, QStringLiteral("stats")});
        QCOMPARE(again.out, r.out);
    }

    void defaultDatabaseLivesInAppData()
    {
        const Run r = run({QStringLiteral("stats")});
        QCOMPARE(r.status, 0);
        QVERIFY(QFile::exists(m_home.filePath(QStringLiteral("data/TrustRatings/trustratings/trustratings.sqlite"))));
    }

    void refusedDatabasesAreLeftUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("text file") << QByteArray("Location ID,Location Name\nRJ224,University Hospital Lewisham\n")
                                   << QStringLiteral("not a Trust Ratings database");
        QByteArray junk(4096, '\0');
        for (int i = 0; i < junk.size(); ++i)
            junk[i] = char((i * 7919) % 251);
        QTest::newRow("binary junk") << junk << QStringLiteral("not a Trust Ratings database");
    }

    void refusedDatabasesAreLeftUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, mentions);
        const QString path = m_home.filePath(QStringLiteral("refused.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
        f.close();
        for (const QStringList &extra : {QStringList{QStringLiteral("stats")},
                                         QStringList{QStringLiteral("--screenshot"), m_home.filePath(QStringLiteral("r.png"))}}) {
            const Run r = run(QStringList{QStringLiteral("--database"), path} + extra);
            QCOMPARE(r.status, 2);
            QVERIFY2(r.err.contains(mentions) && r.err.contains(path), qPrintable(r.err));
            QCOMPARE(bytes(path), content);
        }
    }

    // Issue 10: a table that cannot be read is an error naming the
    // database (exit 1), not "ratings: 0".
    void damagedTableFailsStats()
    {
        const QString path = m_home.filePath(QStringLiteral("damaged.sqlite"));
        QVERIFY(makeDamagedDatabase(path));

        const Run r = run({QStringLiteral("--database"), path, QStringLiteral("stats")});
        QCOMPARE(r.status, 1);
        QVERIFY2(!r.out.contains(QStringLiteral("ratings: ")), qPrintable(r.out));
        const QStringList lines = errorLines(r);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(path) && lines.first().contains(QStringLiteral("cannot read the database")),
                 qPrintable(lines.first()));
    }

    // Issue 11: in window mode a bad database was one line on stderr, which
    // a user who started the program from a desktop menu never sees.
    void databaseErrorBoxNamesTheFile()
    {
        const QString path = m_home.filePath(QStringLiteral("<b>odd</b>.db"));
        const QString problem = path + QStringLiteral(": is not a Trust Ratings database (not an SQLite file)");
        const auto box = DatabaseErrorBox::create(path, problem);
        QCOMPARE(box->icon(), QMessageBox::Critical);
        QCOMPARE(box->textFormat(), Qt::PlainText); // the name as written, not bold
        QCOMPARE(box->text(), QStringLiteral("Trust Ratings cannot open the database ") + path);
        QVERIFY2(box->informativeText().contains(problem.toHtmlEscaped()), qPrintable(box->informativeText()));
        QCOMPARE(box->buttons().size(), 1);
        QCOMPARE(box->standardButton(box->buttons().first()), QMessageBox::Ok);
    }

    void windowModeShowsABadDatabase_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("problem");
        QTest::newRow("garbage") << "garbage" << 2 << "is not a Trust Ratings database";
        QTest::newRow("newer schema") << "newer" << 2 << "newer";
        QTest::newRow("a folder") << "folder" << 2 << "is a folder";
        QTest::newRow("unreadable tables") << "damaged" << 1 << "cannot read the database";
    }

    void windowModeShowsABadDatabase()
    {
        QFETCH(QString, kind);
        QFETCH(int, status);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("bad.db"));
        if (kind == QLatin1String("garbage")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("garbage, not a database\n");
        } else if (kind == QLatin1String("newer")) {
            QCOMPARE(run({QStringLiteral("--database"), path, QStringLiteral("stats")}).status, 0);
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99")));
            db.close();
            db = {};
            QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        } else if (kind == QLatin1String("folder")) {
            QVERIFY(QDir().mkpath(path));
        } else {
            QVERIFY(makeDamagedDatabase(path));
        }
        const QStringList reportDialogs{QStringLiteral("TRUSTRATINGS_REPORT_DIALOGS=1")};

        // The window: the line on stderr, the same exit status, and the box,
        // which the hook saw on screen and closed with its OK button.
        const Run window = run({QStringLiteral("--database"), path}, reportDialogs);
        QCOMPARE(window.status, status);
        const QStringList lines = errorLines(window);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(path) && lines.first().contains(problem), qPrintable(window.err));
        const QStringList shown = window.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(shown.size(), 3);
        QCOMPARE(shown.at(0), QStringLiteral("dialog shown: Cannot open the database"));
        QCOMPARE(shown.at(1), QStringLiteral("Trust Ratings cannot open the database ") + path);
        QVERIFY2(shown.at(2).contains(path) && shown.at(2).contains(problem), qPrintable(shown.at(2)));

        // Headless commands and screenshots: stderr only, no box.
        for (const QStringList &args : {QStringList{QStringLiteral("stats")},
                                        QStringList{QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("s.png"))}}) {
            const Run headless = run(QStringList{QStringLiteral("--database"), path} + args, reportDialogs);
            QCOMPARE(headless.status, status);
            QCOMPARE(errorLines(headless).size(), 1);
            QVERIFY2(headless.out.isEmpty(), qPrintable(headless.out));
        }
    }

    void newerSchemaIsRefused()
    {
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA user_version = 99"));
        db.database().close();
        const QByteArray before = bytes(db.path());
        const Run r = run({QStringLiteral("--database"), db.path(), QStringLiteral("stats")});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(QStringLiteral("newer")), qPrintable(r.err));
        QCOMPARE(bytes(db.path()), before);
    }

    void screenshotWritesThePicture()
    {
        const QString database = m_home.filePath(QStringLiteral("shot.sqlite"));
        const QString png = m_home.filePath(QStringLiteral("rj2.png"));
        const Run r = run({QStringLiteral("--database"), database, QStringLiteral("--screenshot"), png,
                           QStringLiteral("--provider"), QStringLiteral("RJ2"),
                           QStringLiteral("--compare"), QStringLiteral("2019-01-10"), QStringLiteral("2020-07-03")});
        QCOMPARE(r.status, 0);
        QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1280, 800));

        const Run small = run({QStringLiteral("--database"), database, QStringLiteral("--screenshot"), png,
                               QStringLiteral("--location"), QStringLiteral("RJ231"), QStringLiteral("--size"),
                               QStringLiteral("1024x640")});
        QCOMPARE(small.status, 0);
        QCOMPARE(QImage(png).size(), QSize(1024, 640));
    }

    void screenshotOfEachPanel_data()
    {
        QTest::addColumn<QString>("tab");
        QTest::addColumn<QString>("size");
        for (const char *tab : {"changes", "history", "timeline"})
            for (const char *size : {"1280x800", "1024x640"})
                QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(tab), QLatin1String(size))))
                    << QString::fromLatin1(tab) << QString::fromLatin1(size);
    }

    // The pictures a reviewer looks at, made in every test run: a trust, a
    // comparison, a cell's history and the timeline, at both sizes. They are
    // kept in the build folder (screenshots/) for looking at.
    void screenshotOfEachPanel()
    {
        QFETCH(QString, tab);
        QFETCH(QString, size);
        const QString database = m_home.filePath(QStringLiteral("panels.sqlite"));
        QDir().mkpath(QStringLiteral("screenshots"));
        const QString png = QStringLiteral("screenshots/rj2-%1-%2.png").arg(tab, size);
        QFile::remove(png);
        const Run r = run({QStringLiteral("--database"), database, QStringLiteral("--screenshot"), png,
                           QStringLiteral("--provider"), QStringLiteral("RJ2"), QStringLiteral("--compare"),
                           QStringLiteral("2019-01-10"), QStringLiteral("2020-07-03"), QStringLiteral("--tab"), tab,
                           QStringLiteral("--size"), size});
        QCOMPARE(r.status, 0);
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(QStringLiteral("%1x%2").arg(image.width()).arg(image.height()), size);
        // Not a blank frame: rating tiles bring many colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    }

    void screenshotFailuresLeaveExistingOutput()
    {
        const QString database = m_home.filePath(QStringLiteral("shot.sqlite"));
        const QString png = m_home.filePath(QStringLiteral("keep.png"));
        QFile f(png);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old picture");
        f.close();
        const Run unknown = run({QStringLiteral("--database"), database, QStringLiteral("--screenshot"), png,
                                 QStringLiteral("--provider"), QStringLiteral("NOPE")});
        QCOMPARE(unknown.status, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("NOPE")));
        QCOMPARE(bytes(png), QByteArray("old picture"));

        const Run badDates = run({QStringLiteral("--database"), database, QStringLiteral("--screenshot"), png,
                                  QStringLiteral("--provider"), QStringLiteral("RJ2"), QStringLiteral("--compare"),
                                  QStringLiteral("2018-01-01"), QStringLiteral("2020-07-03")});
        QCOMPARE(badDates.status, 2);
        QCOMPARE(bytes(png), QByteArray("old picture"));

        const Run noFolder = run({QStringLiteral("--database"), database, QStringLiteral("--screenshot"),
                                  m_home.filePath(QStringLiteral("no/such/folder/x.png"))});
        QCOMPARE(noFolder.status, 1);
        QVERIFY(noFolder.err.contains(QStringLiteral("x.png")));
    }
};

QTEST_MAIN(TstCommandLine)
#include "tst_commandline.moc"
