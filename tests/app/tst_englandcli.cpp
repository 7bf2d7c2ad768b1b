// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// `trustratings export changes|distribution|providers` on the generator's
// two months (issue 13), with the real binary on real SQLite files: the
// changes are exactly the cells trgen changed (its truth file, worked out
// from its own model), the distribution is the counts of month 2's (and,
// as of month 1, month 1's) Providers sheet, and providers --nhs-only is
// one row per trust with the sheet's own ratings. The population options
// narrow each table as the sheets say they should, and every misplaced or
// unknown option exits 2 with nothing written.
#include "ExportCliFixture.h"
#include "TrgenMonths.h"

#include <QFileInfo>
#include <QtTest>

#include <functional>

using namespace TrgenMonths;
using Predicate = std::function<bool(const QStringList &truthRow)>;
Q_DECLARE_METATYPE(Predicate)

namespace {

// The truth file's columns, in its order, as `export changes` names them.
const QStringList TruthColumns = {
    QStringLiteral("Provider ID"), QStringLiteral("Location ID"), QStringLiteral("Service"),
    QStringLiteral("Key question"), QStringLiteral("Previous"), QStringLiteral("Previous date"),
    QStringLiteral("Current"), QStringLiteral("Current date"), QStringLiteral("Change"),
};
enum TruthColumn { TProvider, TLocation, TService, TKeyQuestion, TPrevious, TPreviousDate, TCurrent, TCurrentDate, TChange };

const QStringList KeyQuestionOrder = {QStringLiteral("Overall"), QStringLiteral("Safe"), QStringLiteral("Effective"),
                                      QStringLiteral("Caring"), QStringLiteral("Responsive"), QStringLiteral("Well-led")};
const QStringList GradeOrder = {QStringLiteral("Outstanding"), QStringLiteral("Good"),
                                QStringLiteral("Requires improvement"), QStringLiteral("Inadequate")};

// The first few rows one list has and the other has not, for a failure
// message; empty when the two are the same multiset.
QString difference(Rows expected, Rows actual)
{
    std::sort(expected.begin(), expected.end());
    std::sort(actual.begin(), actual.end());
    if (expected == actual)
        return QString();
    QStringList out{QStringLiteral("expected %1 rows, got %2").arg(expected.size()).arg(actual.size())};
    for (const QStringList &row : expected)
        if (!actual.contains(row) && out.size() < 8)
            out << QStringLiteral("missing: ") + row.join(QLatin1Char('|'));
    for (const QStringList &row : actual)
        if (!expected.contains(row) && out.size() < 15)
            out << QStringLiteral("extra: ") + row.join(QLatin1Char('|'));
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TstEnglandCli : public QObject, protected ExportCliFixture
{
    Q_OBJECT

    QTemporaryDir m_data;
    QString m_both;     // month 1 then month 2 imported
    QString m_monthOne; // month 1 only: one current view
    Rows m_truth;       // without its header
    QMap<QString, Trust> m_trusts[3]; // [1], [2]: the Providers sheet of that month

    void importInto(const QString &database, int month)
    {
        const Run r = run({QStringLiteral("--database"), database, QStringLiteral("import"),
                           sheetFile(m_data.path(), month, QStringLiteral("Providers")),
                           sheetFile(m_data.path(), month, QStringLiteral("Locations"))});
        QVERIFY2(r.status == 0, qPrintable(r.err));
    }

    // `export changes ARGS` as truth-file rows (the header checked).
    Rows changes(const QStringList &args, const QString &name)
    {
        const Rows rows = exported(m_both, QStringList{QStringLiteral("changes")} + args, name);
        if (rows.isEmpty())
            return {{QStringLiteral("<export failed>")}};
        const QStringList header = {QStringLiteral("Provider ID"), QStringLiteral("Provider"), QStringLiteral("Level"),
                                    QStringLiteral("Location ID"), QStringLiteral("Location"), QStringLiteral("Service"),
                                    QStringLiteral("Key question"), QStringLiteral("Previous"),
                                    QStringLiteral("Previous date"), QStringLiteral("Current"),
                                    QStringLiteral("Current date"), QStringLiteral("Change")};
        if (rows.first() != header)
            return {QStringList{QStringLiteral("<header>")} + rows.first()};
        QList<int> columns;
        for (const QString &c : TruthColumns)
            columns << int(header.indexOf(c));
        Rows out;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            QStringList row;
            for (int c : columns)
                row << rows.at(i).at(c);
            out << row;
        }
        return out;
    }

    Rows truthWhere(const Predicate &keep) const
    {
        Rows out;
        for (const QStringList &row : m_truth)
            if (keep(row))
                out << row;
        return out;
    }

    // The distribution export's rows, worked out from a Providers sheet's
    // own rows: per key question, grades in CQC's order, then non-grades
    // by text; the share of the key question's trusts with a value.
    static Rows distributionOf(const QMap<QString, Trust> &trusts)
    {
        Rows out{{QStringLiteral("Key question"), QStringLiteral("Rating"), QStringLiteral("Count"),
                  QStringLiteral("Share")}};
        for (const QString &kq : KeyQuestionOrder) {
            QMap<QString, int> counts;
            int total = 0;
            for (const Trust &t : trusts)
                if (t.own.contains(kq)) {
                    ++counts[t.own.value(kq)];
                    ++total;
                }
            QStringList ratings;
            for (const QString &grade : GradeOrder)
                if (counts.contains(grade))
                    ratings << grade;
            for (auto it = counts.cbegin(); it != counts.cend(); ++it)
                if (!GradeOrder.contains(it.key()))
                    ratings << it.key(); // QMap: by text
            for (const QString &rating : ratings)
                out << QStringList{kq, rating, QString::number(counts.value(rating)),
                                   QString::number(100.0 * counts.value(rating) / total, 'f', 1)};
        }
        return out;
    }

    QMap<QString, Trust> trustsWhere(int month, const std::function<bool(const Trust &)> &keep) const
    {
        QMap<QString, Trust> out;
        for (auto it = m_trusts[month].cbegin(); it != m_trusts[month].cend(); ++it)
            if (keep(it.value()))
                out.insert(it.key(), it.value());
        return out;
    }

    static bool isAcute(const Trust &t) { return t.category.startsWith(QLatin1String("Acute hospital")); }

    // A region that some but not all trusts are in.
    QString someRegion() const
    {
        QMap<QString, int> count;
        for (const Trust &t : m_trusts[2])
            ++count[t.region];
        for (auto it = count.cbegin(); it != count.cend(); ++it)
            if (it.value() > 0 && it.value() < m_trusts[2].size())
                return it.key();
        return QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid() && m_data.isValid());
        QVERIFY(QDir().mkpath(m_home.filePath(QStringLiteral("out"))));
        for (int month : {1, 2}) {
            const QString failed = generate(m_data.path(), month);
            QVERIFY2(failed.isEmpty(), qPrintable(failed));
        }
        QString why;
        const Rows truth = readCsv(truthFile(m_data.path()), &why);
        QVERIFY2(!truth.isEmpty(), qPrintable(why));
        QCOMPARE(truth.first(), TruthColumns);
        m_truth = truth.mid(1);
        for (int month : {1, 2}) {
            m_trusts[month] = trusts(sheetFile(m_data.path(), month, QStringLiteral("Providers")), &why);
            QVERIFY2(!m_trusts[month].isEmpty(), qPrintable(why));
        }
        m_both = m_home.filePath(QStringLiteral("both.sqlite"));
        importInto(m_both, 1);
        importInto(m_both, 2);
        m_monthOne = m_home.filePath(QStringLiteral("one.sqlite"));
        importInto(m_monthOne, 1);
    }

    // The truth file holds every kind of change the export must find,
    // the re-rated trusts' own cells among them.
    void truthHasEveryKindOfChange()
    {
        for (const char *change : {"improved", "declined", "new", "no longer rated", "not comparable"}) {
            QVERIFY2(!truthWhere([change](const QStringList &r) { return r.at(TChange) == QLatin1String(change); })
                          .isEmpty(),
                     change);
        }
        const Rows trustsOwn = truthWhere([this](const QStringList &r) {
            return r.at(TLocation).isEmpty() && r.at(TService).isEmpty() && m_trusts[2].contains(r.at(TProvider));
        });
        QVERIFY(!trustsOwn.isEmpty());
        // A dropped service's cells are listed with nothing current.
        for (const QStringList &r : truthWhere([](const QStringList &r) { return r.at(TChange) == QLatin1String("no longer rated"); })) {
            QVERIFY(!r.at(TService).isEmpty());
            QVERIFY(r.at(TCurrent).isEmpty() && r.at(TCurrentDate).isEmpty());
        }
    }

    void changesAreExactlyTheTruth()
    {
        const Rows rows = changes({}, QStringLiteral("changes.csv"));
        const QString diff = difference(m_truth, rows);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        // Level is the diff export's: the row's, Provider or Location, a
        // location's services included; names are there.
        const Rows full = exported(m_both, {QStringLiteral("changes")}, QStringLiteral("changes-full.csv"));
        QVERIFY(full.size() > 1);
        for (qsizetype i = 1; i < full.size(); ++i) {
            const QStringList &r = full.at(i);
            QVERIFY(!r.at(1).isEmpty());
            QCOMPARE(r.at(2), r.at(3).isEmpty() ? QStringLiteral("Provider") : QStringLiteral("Location"));
            QCOMPARE(r.at(4).isEmpty(), r.at(3).isEmpty());
        }
    }

    // The two newest views by default; the same dates given, in either
    // order, are the same bytes.
    void explicitDatesAreTheDefault()
    {
        const QString from = MonthOneView.toString(Qt::ISODate), to = MonthTwoView.toString(Qt::ISODate);
        const QByteArray byDefault = exportRun(m_both, {QStringLiteral("changes")}).out;
        QVERIFY(byDefault.count('\n') == m_truth.size() + 1);
        QCOMPARE(exportRun(m_both, {QStringLiteral("changes"), QStringLiteral("--from"), from, QStringLiteral("--to"), to}).out,
                 byDefault);
        QCOMPARE(exportRun(m_both, {QStringLiteral("changes"), QStringLiteral("--from"), to, QStringLiteral("--to"), from}).out,
                 byDefault);
    }

    void populationNarrowsChanges_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<Predicate>("keep");
        const auto trusts = m_trusts[2];
        const QString region = someRegion();
        QTest::newRow("--level service") << QStringList{QStringLiteral("--level"), QStringLiteral("service")}
                                         << Predicate([](const QStringList &r) { return !r.at(TService).isEmpty(); });
        QTest::newRow("--level location") << QStringList{QStringLiteral("--level"), QStringLiteral("Location")}
                                          << Predicate([](const QStringList &r) {
                                                 return !r.at(TLocation).isEmpty() && r.at(TService).isEmpty();
                                             });
        QTest::newRow("--level provider") << QStringList{QStringLiteral("--level"), QStringLiteral("PROVIDER")}
                                          << Predicate([](const QStringList &r) {
                                                 return r.at(TLocation).isEmpty() && r.at(TService).isEmpty();
                                             });
        QTest::newRow("--nhs-only") << QStringList{QStringLiteral("--nhs-only")}
                                    << Predicate([trusts](const QStringList &r) { return trusts.contains(r.at(TProvider)); });
        QTest::newRow("--nhs-only --level service")
            << QStringList{QStringLiteral("--nhs-only"), QStringLiteral("--level"), QStringLiteral("service")}
            << Predicate([trusts](const QStringList &r) {
                   return trusts.contains(r.at(TProvider)) && !r.at(TService).isEmpty();
               });
        QTest::newRow("--type Acute") << QStringList{QStringLiteral("--type"), QStringLiteral("Acute")}
                                      << Predicate([trusts](const QStringList &r) {
                                             return trusts.contains(r.at(TProvider)) && isAcute(trusts.value(r.at(TProvider)));
                                         });
        QTest::newRow("--nhs-only --region in capitals")
            << QStringList{QStringLiteral("--nhs-only"), QStringLiteral("--region"), region.toUpper()}
            << Predicate([trusts, region](const QStringList &r) {
                   return trusts.contains(r.at(TProvider)) && trusts.value(r.at(TProvider)).region == region;
               });
    }

    void populationNarrowsChanges()
    {
        QFETCH(QStringList, args);
        QFETCH(Predicate, keep);
        const Rows expected = truthWhere(keep);
        QVERIFY(!expected.isEmpty() && expected.size() < m_truth.size());
        const QString diff = difference(expected, changes(args, QStringLiteral("narrowed.csv")));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void distributionIsTheProvidersSheet_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<Rows>("expected");
        QTest::newRow("month 2") << QStringList{} << distributionOf(m_trusts[2]);
        QTest::newRow("as of month 1") << QStringList{QStringLiteral("--as-of"), MonthOneView.toString(Qt::ISODate)}
                                       << distributionOf(m_trusts[1]);
        QTest::newRow("acute trusts") << QStringList{QStringLiteral("--type"), QStringLiteral("ACUTE")}
                                      << distributionOf(trustsWhere(2, isAcute));
        const QString region = someRegion();
        QTest::newRow("one region, in lower case")
            << QStringList{QStringLiteral("--region"), region.toLower()}
            << distributionOf(trustsWhere(2, [region](const Trust &t) { return t.region == region; }));
    }

    void distributionIsTheProvidersSheet()
    {
        QFETCH(QStringList, args);
        QFETCH(Rows, expected);
        QVERIFY(expected.size() > 6);
        const Rows rows = exported(m_both,
                                   QStringList{QStringLiteral("distribution"), QStringLiteral("--level"),
                                               QStringLiteral("provider"), QStringLiteral("--nhs-only")} + args,
                                   QStringLiteral("distribution.csv"));
        QCOMPARE(rows, expected); // in order: the header, then per key question
    }

    void providersNhsOnlyAreTheTrusts_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("month");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("today") << QStringList{} << 2 << m_trusts[2].keys();
        QTest::newRow("as of month 1") << QStringList{QStringLiteral("--as-of"), MonthOneView.toString(Qt::ISODate)} << 1
                                       << m_trusts[1].keys();
        QTest::newRow("mental health") << QStringList{QStringLiteral("--type"), QStringLiteral("mental-health")} << 2
                                       << trustsWhere(2, [](const Trust &t) {
                                              return t.category.startsWith(QLatin1String("Mental health"));
                                          }).keys();
        const QString region = someRegion();
        QTest::newRow("one region") << QStringList{QStringLiteral("--region"), region} << 2
                                    << trustsWhere(2, [region](const Trust &t) { return t.region == region; }).keys();
    }

    void providersNhsOnlyAreTheTrusts()
    {
        QFETCH(QStringList, args);
        QFETCH(int, month);
        QFETCH(QStringList, ids);
        QVERIFY(!ids.isEmpty());
        const Rows rows = exported(m_both, QStringList{QStringLiteral("providers"), QStringLiteral("--nhs-only")} + args,
                                   QStringLiteral("providers.csv"));
        QVERIFY(rows.size() > 1);
        const int id = column(rows, QStringLiteral("Provider ID"));
        QVERIFY(id >= 0);
        QStringList shown;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QStringList &r = rows.at(i);
            shown << r.at(id);
            const Trust trust = m_trusts[month].value(r.at(id));
            QCOMPARE(r.at(column(rows, QStringLiteral("Provider"))), trust.name);
            for (const QString &kq : KeyQuestionOrder) {
                const int c = column(rows, kq);
                QVERIFY2(c >= 0, qPrintable(kq));
                QVERIFY2(r.at(c) == trust.own.value(kq),
                         qPrintable(QStringLiteral("%1 %2: %3, the sheet %4").arg(r.at(id), kq, r.at(c), trust.own.value(kq))));
            }
        }
        std::sort(shown.begin(), shown.end());
        QCOMPARE(shown, ids); // one row per trust, no other
    }

    void misplacedOrUnknownOptionsWriteNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        const QString d1 = MonthOneView.toString(Qt::ISODate), d2 = MonthTwoView.toString(Qt::ISODate);
        const QString trust = m_trusts[2].firstKey();
        // The arguments, space-separated.
        auto row = [](const char *name, const QString &args, const QString &mentions) {
            QTest::newRow(name) << args.split(QLatin1Char(' ')) << mentions;
        };
        row("--level with grid", QStringLiteral("grid --provider %1 --level provider").arg(trust), QStringLiteral("--level"));
        row("--level with providers", QStringLiteral("providers --level location"), QStringLiteral("--level"));
        row("--from with distribution", QStringLiteral("distribution --from %1 --to %2").arg(d1, d2), QStringLiteral("--from"));
        row("--as-of with changes", QStringLiteral("changes --as-of %1").arg(d1), QStringLiteral("--as-of"));
        row("--provider with changes", QStringLiteral("changes --provider %1").arg(trust), QStringLiteral("--provider"));
        row("--location with distribution", QStringLiteral("distribution --location XX999"), QStringLiteral("--location"));
        row("--provider with providers", QStringLiteral("providers --provider %1").arg(trust), QStringLiteral("--provider"));
        row("--nhs-only with ratings", QStringLiteral("ratings --nhs-only"), QStringLiteral("--nhs-only"));
        row("--region with diff", QStringLiteral("diff --provider %1 --region London").arg(trust), QStringLiteral("--region"));
        row("unknown --type", QStringLiteral("changes --type hospital"), QStringLiteral("hospital"));
        row("unknown --level", QStringLiteral("distribution --level ward"), QStringLiteral("ward"));
        row("unknown --region", QStringLiteral("providers --region Narnia"), someRegion());
        row("--from without --to", QStringLiteral("changes --from %1").arg(d1), QStringLiteral("--to"));
        row("--to without --from", QStringLiteral("changes --to %1").arg(d2), QStringLiteral("--from"));
        row("a bad --from", QStringLiteral("changes --from 2026-13-01 --to %1").arg(d2), QStringLiteral("2026-13-01"));
        row("a bad --as-of", QStringLiteral("distribution --as-of 2026-02-30"), QStringLiteral("2026-02-30"));
        row("the same date twice", QStringLiteral("changes --from %1 --to %1").arg(d1), d1);
    }

    void misplacedOrUnknownOptionsWriteNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const Run r = exportRun(m_both, args);
        QCOMPARE(r.status, 2);
        const QStringList lines = errorLines(r);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(mentions), qPrintable(lines.first()));
        QVERIFY(r.out.isEmpty());

        const QString path = outPath(QStringLiteral("keep.csv"));
        const QByteArray old = "Provider ID,Provider\r\nRJ2,\"Lewisham, Greenwich\"\r\n";
        QVERIFY(writeFile(path, old));
        QCOMPARE(exportRun(m_both, args + QStringList{QStringLiteral("--output"), path}).status, 2);
        QCOMPARE(bytes(path), old);
        const QString fresh = outPath(QStringLiteral("never-written.csv"));
        QCOMPARE(exportRun(m_both, args + QStringList{QStringLiteral("--output"), fresh}).status, 2);
        QVERIFY(!QFileInfo::exists(fresh));
    }

    // One current view compares nothing: refused by default, and the
    // line says which view there is; two dates given still work.
    void oneViewIsRefused()
    {
        const QString fresh = outPath(QStringLiteral("one-view.csv"));
        const Run r = exportRun(m_monthOne, {QStringLiteral("changes"), QStringLiteral("--output"), fresh});
        QCOMPARE(r.status, 2);
        const QStringList lines = errorLines(r);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(MonthOneView.toString(Qt::ISODate)), qPrintable(lines.first()));
        QVERIFY(!QFileInfo::exists(fresh));
        const Run given = exportRun(m_monthOne, {QStringLiteral("changes"), QStringLiteral("--from"),
                                                 QStringLiteral("2020-01-01"), QStringLiteral("--to"),
                                                 MonthOneView.toString(Qt::ISODate)});
        QCOMPARE(given.status, 0);
        QVERIFY(given.out.startsWith("Provider ID,Provider,Level,"));
    }

    void helpListsTheNewTables()
    {
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.status, 0);
        for (const char *word : {"changes", "distribution", "--nhs-only", "--region", "--type", "--level",
                                 "mental-health"})
            QVERIFY2(help.out.contains(word), word);
    }
};

QTEST_GUILESS_MAIN(TstEnglandCli)
#include "tst_englandcli.moc"
