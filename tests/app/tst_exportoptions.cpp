// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// What `trustratings export`'s options change: stdout without --output,
// --separator, --bom, --crlf, --no-header, and the formula guard (on by
// default, off with --no-formula-guard) on imported names that a
// spreadsheet would run as formulas.
#include "ExportCliFixture.h"
#include "RatingsSheetRows.h"

#include <QtTest>

class TstExportOptions : public QObject, protected ExportCliFixture
{
    Q_OBJECT

    QString m_guardDatabase; // the guard database: a provider and a location with formula-like names

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

private Q_SLOTS:
    void initTestCase()
    {
        loadSample();
        if (!QTest::currentTestFailed())
            importSheet(&m_guardDatabase, QStringLiteral("guard.sqlite"),
                        QStringLiteral("01_July_2020_Latest_ratings.csv"), guardSheet());
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
};

QTEST_MAIN(TstExportOptions)
#include "tst_exportoptions.moc"
