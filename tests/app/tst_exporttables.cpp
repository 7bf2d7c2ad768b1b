// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// `trustratings export TABLE`, run as a user runs it, on the bundled
// sample: the trust list, a provider's grid and diff, and the ratings, each
// with the rows and columns the window shows (ExportCliFixture.h reads every
// file back two ways).
#include "ExportCliFixture.h"

#include <QFileInfo>
#include <QSet>
#include <QtTest>

class TstExportTables : public QObject, protected ExportCliFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { loadSample(); }

    void providers()
    {
        const Rows rows = exported(m_database, {QStringLiteral("providers")}, QStringLiteral("providers.csv"));
        QVERIFY(!rows.isEmpty());
        QCOMPARE(bytes(outPath(QStringLiteral("providers.csv"))).split('\n').first(),
                 QByteArray("Provider ID,Provider,Type,Region,Overall,Overall date,Locations,"
                            "Safe,Effective,Caring,Responsive,Well-led"));
        // Sorted by name, as the window first lists them; the provider's
        // own key questions follow the listed columns (issue 13).
        QCOMPARE(rows, (Rows{{QStringLiteral("Provider ID"), QStringLiteral("Provider"), QStringLiteral("Type"),
                              QStringLiteral("Region"), QStringLiteral("Overall"), QStringLiteral("Overall date"),
                              QStringLiteral("Locations"), QStringLiteral("Safe"), QStringLiteral("Effective"),
                              QStringLiteral("Caring"), QStringLiteral("Responsive"), QStringLiteral("Well-led")},
                             {QStringLiteral("RXY"), QStringLiteral("Kent and Medway NHS and Social Care Partnership Trust"),
                              QStringLiteral("Mental health - community & residential - NHS"), QStringLiteral("South East"),
                              QStringLiteral("Good"), QStringLiteral("2023-08-03"), QStringLiteral("0"),
                              QStringLiteral("Requires improvement"), QStringLiteral("Outstanding"),
                              QStringLiteral("Outstanding"), QStringLiteral("Good"), QStringLiteral("Good")},
                             {QStringLiteral("RJ2"), QStringLiteral("Lewisham and Greenwich NHS Trust"),
                              QStringLiteral("Acute hospital - NHS non-specialist"), QStringLiteral("London"),
                              QStringLiteral("Requires improvement"), QStringLiteral("2020-07-03"), QStringLiteral("2"),
                              QStringLiteral("Requires improvement"), QStringLiteral("Good"), QStringLiteral("Good"),
                              QStringLiteral("Requires improvement"), QStringLiteral("Good")}}));
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
};

QTEST_MAIN(TstExportTables)
#include "tst_exporttables.moc"
