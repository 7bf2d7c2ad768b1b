// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// `trustratings export`, run as a user runs it: the real binary on real
// SQLite files. Every exported file is read back by the strict reader of
// StrictCsv.h and by Python's csv module, and both must see the same rows.
#include "StrictCsv.h"
#include "BinaryRun.h"
#include "RatingsSheetRows.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using Rows = QList<QStringList>;

class TstExportCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int status = -1;
        QByteArray out;
        QString err;
    };

    QTemporaryDir m_home;
    QString m_database;      // the bundled sample, loaded by `stats`
    qint64 m_ratings = -1;   // the `ratings:` line of stats
    QString m_guardDatabase; // a provider and a location with formula-like names
    QString m_bigDatabase;   // 2,000 ratings: an export of about 200 KB

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

    // A small Latest ratings sheet (CQC-DATA.md 1a, 28 columns) whose
    // provider and location names look like spreadsheet formulas.
    static QByteArray guardSheet()
    {
        QByteArray sheet = RatingsSheetRows::locationsHeader().join(QLatin1Char(',')).toUtf8() + "\r\n";
        auto row = [](const QString &domain, const QString &rating) {
            return QByteArray("ZZ101,ZZ101,\"+Plus Hospital, \"\"East\"\"\",N,NHS Healthcare Organisation,"
                              "Acute hospital - NHS non-specialist,1 High Street,,Testtown,ZZ1 1ZZ,Testshire,London,"
                              "London,,,,,Overall,")
                + domain.toUtf8() + ',' + rating.toUtf8()
                + ",03/07/2020,Location,N,https://www.cqc.org.uk/location/ZZ101,ZZ1,"
                  "\"=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\",-,-\r\n";
        };
        sheet += row(QStringLiteral("Overall"), QStringLiteral("Good"));
        sheet += row(QStringLiteral("Safe"), QStringLiteral("Requires improvement"));
        return sheet;
    }

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

        // The guard database: a fresh file with one imported sheet.
        m_guardDatabase = m_home.filePath(QStringLiteral("guard.sqlite"));
        const QString sheet = m_home.filePath(QStringLiteral("01_July_2020_Latest_ratings.csv"));
        QVERIFY(writeFile(sheet, guardSheet()));
        const Run import = run({QStringLiteral("--database"), m_guardDatabase, QStringLiteral("import"), sheet});
        QVERIFY2(import.status == 0, qPrintable(import.err));

        m_bigDatabase = m_home.filePath(QStringLiteral("big.sqlite"));
        const QString big = m_home.filePath(QStringLiteral("01_February_2021_Latest_ratings.csv"));
        QVERIFY(writeFile(big, bigSheet()));
        const Run bigImport = run({QStringLiteral("--database"), m_bigDatabase, QStringLiteral("import"), big});
        QVERIFY2(bigImport.status == 0, qPrintable(bigImport.err));
    }

    void providers()
    {
        const Rows rows = exported(m_database, {QStringLiteral("providers")}, QStringLiteral("providers.csv"));
        QVERIFY(!rows.isEmpty());
        QCOMPARE(bytes(outPath(QStringLiteral("providers.csv"))).split('\n').first(),
                 QByteArray("Provider ID,Provider,Type,Region,Overall,Overall date,Locations"));
        // Sorted by name, as the window first lists them.
        QCOMPARE(rows, (Rows{{QStringLiteral("Provider ID"), QStringLiteral("Provider"), QStringLiteral("Type"),
                              QStringLiteral("Region"), QStringLiteral("Overall"), QStringLiteral("Overall date"),
                              QStringLiteral("Locations")},
                             {QStringLiteral("RXY"), QStringLiteral("Kent and Medway NHS and Social Care Partnership Trust"),
                              QStringLiteral("Mental health - community & residential - NHS"), QStringLiteral("South East"),
                              QStringLiteral("Good"), QStringLiteral("2023-08-03"), QStringLiteral("0")},
                             {QStringLiteral("RJ2"), QStringLiteral("Lewisham and Greenwich NHS Trust"),
                              QStringLiteral("Acute hospital - NHS non-specialist"), QStringLiteral("London"),
                              QStringLiteral("Requires improvement"), QStringLiteral("2020-07-03"), QStringLiteral("2")}}));
    }

    void grid()
    {
        const Rows rows = exported(m_database, {QStringLiteral("grid"), QStringLiteral("--provider"), QStringLiteral("RJ2")},
                                   QStringLiteral("grid-RJ2.csv"));
        QVERIFY(!rows.isEmpty());
        const QStringList listed = {QStringLiteral("Level"), QStringLiteral("Location ID"), QStringLiteral("Location"),
                                    QStringLiteral("Service"), QStringLiteral("Safe"), QStringLiteral("Effective"),
                                    QStringLiteral("Caring"), QStringLiteral("Responsive"), QStringLiteral("Well-led"),
                                    QStringLiteral("Overall")};
        QCOMPARE(rows.first().mid(0, listed.size()), listed);
        // Only RJ2's extra columns may follow.
        QCOMPARE(rows.first().mid(listed.size()), (QStringList{QStringLiteral("Use of resources"),
                                                               QStringLiteral("Combined quality and use of resources")}));
        // The provider's own row.
        const QStringList provider = rows.at(1);
        QCOMPARE(provider.mid(0, 4), (QStringList{QStringLiteral("Provider"), QString(), QString(), QString()}));
        QCOMPARE(provider.mid(4, 6),
                 (QStringList{QStringLiteral("Requires improvement"), QStringLiteral("Good"), QStringLiteral("Good"),
                              QStringLiteral("Requires improvement"), QStringLiteral("Good"),
                              QStringLiteral("Requires improvement")}));
        // Location rows: Level "Location", their IDs, and an own row with an empty Service.
        QStringList levels, locationOwnRows;
        for (const QStringList &r : rows.mid(1)) {
            levels << r.at(0);
            if (r.at(0) == QLatin1String("Location") && r.at(3).isEmpty())
                locationOwnRows << r.at(1);
        }
        QCOMPARE(levels.count(QStringLiteral("Provider")), 1);
        QCOMPARE(levels.count(QStringLiteral("Provider")) + levels.count(QStringLiteral("Location")), levels.size());
        locationOwnRows.sort();
        QCOMPARE(locationOwnRows, (QStringList{QStringLiteral("RJ224"), QStringLiteral("RJ231")}));

        // By location: the same columns, that location's rows only.
        const Rows location = exported(m_database, {QStringLiteral("grid"), QStringLiteral("--location"),
                                                    QStringLiteral("RJ231")},
                                       QStringLiteral("grid-RJ231.csv"));
        QVERIFY(location.size() > 1);
        QCOMPARE(location.first().mid(0, listed.size()), listed);
    }

    void diff()
    {
        const Rows rows = exported(m_database, {QStringLiteral("diff"), QStringLiteral("--provider"), QStringLiteral("RJ2")},
                                   QStringLiteral("diff-RJ2.csv"));
        QVERIFY(!rows.isEmpty());
        QCOMPARE(bytes(outPath(QStringLiteral("diff-RJ2.csv"))).split('\n').first(),
                 QByteArray("Level,Location ID,Location,Service,Key question,Previous,Previous date,Current,Current date,"
                            "Change"));
        const QStringList changes = {QStringLiteral("improved"), QStringLiteral("declined"), QStringLiteral("unchanged"),
                                     QStringLiteral("new"), QStringLiteral("no longer rated"),
                                     QStringLiteral("not comparable")};
        QStringList improved;
        for (const QStringList &r : rows.mid(1)) {
            QVERIFY2(changes.contains(r.at(9)), qPrintable(r.join(QLatin1Char('|'))));
            QVERIFY(isIsoDateOrEmpty(r.at(6)) && isIsoDateOrEmpty(r.at(8)));
            if (r.at(0) == QLatin1String("Provider") && r.at(3).isEmpty() && r.at(9) == QLatin1String("improved")) {
                improved << r.at(4);
                QCOMPARE(r.mid(5, 4), (QStringList{QStringLiteral("Requires improvement"), QStringLiteral("2019-01-10"),
                                                   QStringLiteral("Good"), QStringLiteral("2020-07-03")}));
            }
        }
        QCOMPARE(improved, (QStringList{QStringLiteral("Effective"), QStringLiteral("Well-led")}));
        // In the window's first order (issue 11): declines, improvements,
        // other changes, and the unchanged cells last.
        const QStringList rank = {QStringLiteral("declined"), QStringLiteral("improved"), QStringLiteral("new"),
                                  QStringLiteral("no longer rated"), QStringLiteral("not comparable"),
                                  QStringLiteral("unchanged")};
        for (int r = 2; r < rows.size(); ++r)
            QVERIFY2(rank.indexOf(rows.at(r - 1).at(9)) <= rank.indexOf(rows.at(r).at(9)),
                     qPrintable(rows.at(r - 1).at(9) + QStringLiteral(" before ") + rows.at(r).at(9)));
        QCOMPARE(rows.at(1).at(9), QStringLiteral("improved"));
        QCOMPARE(rows.last().at(9), QStringLiteral("unchanged"));

        // --from/--to pick the reports compared.
        const Rows older = exported(m_database, {QStringLiteral("diff"), QStringLiteral("--provider"), QStringLiteral("RJ2"),
                                                 QStringLiteral("--from"), QStringLiteral("2017-08-01"),
                                                 QStringLiteral("--to"), QStringLiteral("2019-01-10")},
                                    QStringLiteral("diff-RJ2-older.csv"));
        QVERIFY(older.size() > 1);
        for (const QStringList &r : older.mid(1))
            if (!r.at(6).isEmpty())
                QCOMPARE(r.at(6), QStringLiteral("2017-08-01"));

        // Given the other way round, the dates are put in order (issue 11:
        // gains were reported as "declined"): the same file.
        const QStringList forward = {QStringLiteral("--database"), m_database, QStringLiteral("export"),
                                     QStringLiteral("diff"), QStringLiteral("--provider"), QStringLiteral("RJ2"),
                                     QStringLiteral("--from"), QStringLiteral("2019-01-10"), QStringLiteral("--to"),
                                     QStringLiteral("2020-07-03")};
        QStringList backward = forward;
        backward.swapItemsAt(7, 9);
        const Run ahead = run(forward), behind = run(backward);
        QCOMPARE(ahead.status, 0);
        QCOMPARE(behind.status, 0);
        QVERIFY(ahead.out.contains(",improved"));
        QCOMPARE(behind.out, ahead.out);
        // One date twice compares nothing: refused, in one line.
        QStringList same = forward;
        same[9] = same[7];
        const Run twice = run(same);
        QCOMPARE(twice.status, 2);
        QVERIFY(twice.out.isEmpty());
        QVERIFY2(twice.err.contains(QStringLiteral("--from and --to are both 2019-01-10")), qPrintable(twice.err));
        const Run screenshot = run({QStringLiteral("--database"), m_database, QStringLiteral("--screenshot"),
                                    m_home.filePath(QStringLiteral("same.png")), QStringLiteral("--provider"),
                                    QStringLiteral("RJ2"), QStringLiteral("--compare"), QStringLiteral("2019-01-10"),
                                    QStringLiteral("2019-01-10")});
        QCOMPARE(screenshot.status, 2);
        QVERIFY2(screenshot.err.contains(QStringLiteral("the same date twice")), qPrintable(screenshot.err));
        QVERIFY(!QFileInfo::exists(m_home.filePath(QStringLiteral("same.png"))));
    }

    void ratings()
    {
        const Rows rows = exported(m_database, {QStringLiteral("ratings")}, QStringLiteral("ratings.csv"));
        QVERIFY(!rows.isEmpty());
        QCOMPARE(bytes(outPath(QStringLiteral("ratings.csv"))).split('\n').first(),
                 QByteArray("Provider ID,Provider,Location ID,Location,Service,Key question,Rating,Publication date,"
                            "Inherited,Report link,Score"));
        QCOMPARE(qint64(rows.size() - 1), m_ratings); // one row per observation
        QSet<QString> providers;
        for (const QStringList &r : rows.mid(1)) {
            QVERIFY2(!r.at(7).isEmpty() && isIsoDateOrEmpty(r.at(7)), qPrintable(r.at(7)));
            QVERIFY(!r.at(6).isEmpty());
            providers.insert(r.at(0));
        }
        QCOMPARE(providers, (QSet<QString>{QStringLiteral("RJ2"), QStringLiteral("RXY")}));
        // RJ2's own Effective history, oldest first.
        QStringList effective;
        for (const QStringList &r : rows.mid(1))
            if (r.at(0) == QLatin1String("RJ2") && r.at(2).isEmpty() && r.at(4).isEmpty()
                && r.at(5) == QLatin1String("Effective"))
                effective << r.at(7) + QLatin1Char(' ') + r.at(6);
        QCOMPARE(effective, (QStringList{QStringLiteral("2017-08-01 Requires improvement"),
                                         QStringLiteral("2019-01-10 Requires improvement"),
                                         QStringLiteral("2020-07-03 Good")}));

        // With --provider: that provider's full history, the same rows.
        const Rows rj2 = exported(m_database, {QStringLiteral("ratings"), QStringLiteral("--provider"), QStringLiteral("RJ2")},
                                  QStringLiteral("ratings-RJ2.csv"));
        QVERIFY(rj2.size() > 1);
        Rows expected{rows.first()};
        for (const QStringList &r : rows.mid(1))
            if (r.at(0) == QLatin1String("RJ2"))
                expected << r;
        QCOMPARE(rj2, expected);
    }

    void stdoutWhenNoOutputIsGiven_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("file");
        QTest::newRow("providers") << QStringList{QStringLiteral("providers")} << QStringLiteral("providers.csv");
        QTest::newRow("grid") << QStringList{QStringLiteral("grid"), QStringLiteral("--provider"), QStringLiteral("RJ2")}
                              << QStringLiteral("grid-RJ2.csv");
        QTest::newRow("diff") << QStringList{QStringLiteral("diff"), QStringLiteral("--provider"), QStringLiteral("RJ2")}
                              << QStringLiteral("diff-RJ2.csv");
        QTest::newRow("ratings") << QStringList{QStringLiteral("ratings")} << QStringLiteral("ratings.csv");
    }

    void stdoutWhenNoOutputIsGiven()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, file);
        const QString path = outPath(QStringLiteral("stdout-") + file);
        const Run toFile = exportRun(m_database, args + QStringList{QStringLiteral("--output"), path});
        QCOMPARE(toFile.status, 0);
        QVERIFY(toFile.out.isEmpty());
        QVERIFY2(errorLines(toFile).isEmpty(), qPrintable(toFile.err));
        const Run toStdout = exportRun(m_database, args);
        QCOMPARE(toStdout.status, 0);
        QVERIFY2(errorLines(toStdout).isEmpty(), qPrintable(toStdout.err));
        QVERIFY(toStdout.out.size() > 50);
        QCOMPARE(toStdout.out, bytes(path));
    }

    void options_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<char>("separator");
        QTest::addColumn<bool>("bom");
        QTest::addColumn<bool>("crlf");
        QTest::addColumn<bool>("header");
        QTest::newRow("--separator ;") << QStringList{QStringLiteral("--separator"), QStringLiteral(";")} << ';' << false
                                       << false << true;
        QTest::newRow("--separator tab") << QStringList{QStringLiteral("--separator"), QStringLiteral("tab")} << '\t'
                                         << false << false << true;
        QTest::newRow("--separator ,") << QStringList{QStringLiteral("--separator"), QStringLiteral(",")} << ',' << false
                                       << false << true;
        QTest::newRow("--bom") << QStringList{QStringLiteral("--bom")} << ',' << true << false << true;
        QTest::newRow("--crlf") << QStringList{QStringLiteral("--crlf")} << ',' << false << true << true;
        QTest::newRow("--no-header") << QStringList{QStringLiteral("--no-header")} << ',' << false << false << false;
        QTest::newRow("all together") << QStringList{QStringLiteral("--separator"), QStringLiteral("tab"),
                                                     QStringLiteral("--bom"), QStringLiteral("--crlf"),
                                                     QStringLiteral("--no-header")}
                                      << '\t' << true << true << false;
    }

    void options()
    {
        QFETCH(QStringList, options);
        QFETCH(char, separator);
        QFETCH(bool, bom);
        QFETCH(bool, crlf);
        QFETCH(bool, header);
        const QList<QStringList> tables = {
            {QStringLiteral("providers")},
            {QStringLiteral("grid"), QStringLiteral("--provider"), QStringLiteral("RJ2")},
            {QStringLiteral("diff"), QStringLiteral("--provider"), QStringLiteral("RJ2")},
            {QStringLiteral("ratings")}};
        int n = 0;
        for (const QStringList &table : tables) {
            QString tag = QStringLiteral("%1-%2").arg(QString::fromLatin1(QTest::currentDataTag())).arg(n++);
            const QString name = tag.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9-]")), QStringLiteral("_"));
            const Rows plain = exported(m_database, table, name + QStringLiteral("-plain.csv"));
            QVERIFY(plain.size() > 1);
            const Rows rows = exported(m_database, table + options, name + QStringLiteral(".csv"), separator, bom, crlf);
            QVERIFY2(!rows.isEmpty(), qPrintable(table.join(QLatin1Char(' '))));
            QCOMPARE(rows, header ? plain : plain.mid(1));
            const QByteArray data = bytes(outPath(name + QStringLiteral(".csv")));
            QCOMPARE(data.startsWith("\xEF\xBB\xBF"), bom);
            QCOMPARE(data.count("\xEF\xBB\xBF"), bom ? 1 : 0);
            if (!crlf)
                QVERIFY(!data.contains('\r'));
            else
                QCOMPARE(data.count("\r\n"), data.count('\n')); // every line end, none bare
            if (separator != ',' && header)
                QVERIFY(data.contains(QByteArray("Provider") + separator) || data.contains(QByteArray("Level") + separator));
        }
    }

    void badSeparatorIsBadUsage()
    {
        const Run r = exportRun(m_database, {QStringLiteral("providers"), QStringLiteral("--separator"), QStringLiteral("|")});
        QCOMPARE(r.status, 2);
        QCOMPARE(errorLines(r).size(), 1);
        QVERIFY(r.out.isEmpty());
    }

    void formulaGuard()
    {
        // Imported names that a spreadsheet would run as formulas.
        const QString evil = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"Click\")");
        const QString plus = QStringLiteral("+Plus Hospital, \"East\"");
        const Rows providers = exported(m_guardDatabase, {QStringLiteral("providers")}, QStringLiteral("guard-providers.csv"));
        QCOMPARE(providers.size(), 2);
        QCOMPARE(providers.at(1).at(0), QStringLiteral("ZZ1"));
        QCOMPARE(providers.at(1).at(1), QLatin1Char('\'') + evil);
        QVERIFY(bytes(outPath(QStringLiteral("guard-providers.csv")))
                    .contains("ZZ1,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\""));

        const Rows ratings = exported(m_guardDatabase, {QStringLiteral("ratings")}, QStringLiteral("guard-ratings.csv"));
        QCOMPARE(ratings.size(), 3);
        for (const QStringList &r : ratings.mid(1)) {
            QCOMPARE(r.at(1), QLatin1Char('\'') + evil);
            QCOMPARE(r.at(3), QLatin1Char('\'') + plus);
            QCOMPARE(r.at(7), QStringLiteral("2020-07-03")); // dates are never guarded
        }

        const Rows grid = exported(m_guardDatabase, {QStringLiteral("grid"), QStringLiteral("--provider"), QStringLiteral("ZZ1")},
                                   QStringLiteral("guard-grid.csv"));
        QVERIFY(grid.size() > 1);
        bool sawLocation = false;
        for (const QStringList &r : grid.mid(1))
            if (r.at(1) == QLatin1String("ZZ101")) {
                QCOMPARE(r.at(2), QLatin1Char('\'') + plus);
                sawLocation = true;
            }
        QVERIFY(sawLocation);

        // --no-formula-guard writes the names as they are.
        const Rows raw = exported(m_guardDatabase, {QStringLiteral("ratings"), QStringLiteral("--no-formula-guard")},
                                  QStringLiteral("guard-ratings-raw.csv"));
        QCOMPARE(raw.size(), 3);
        for (const QStringList &r : raw.mid(1)) {
            QCOMPARE(r.at(1), evil);
            QCOMPARE(r.at(3), plus);
        }
        const Rows rawProviders = exported(m_guardDatabase, {QStringLiteral("providers"), QStringLiteral("--no-formula-guard")},
                                           QStringLiteral("guard-providers-raw.csv"));
        QCOMPARE(rawProviders.size(), 2);
        QCOMPARE(rawProviders.at(1).at(1), evil);
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

QTEST_MAIN(TstExportCli)
#include "tst_exportcli.moc"
