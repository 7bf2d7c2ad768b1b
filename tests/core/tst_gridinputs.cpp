// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// RatingGrid::sameBetween and inputsDate, the shortcuts the England view's
// survey takes: each case says whether two dates' grids are the same from
// the inputs alone, and then builds both grids to check that the answer
// agrees with what they show.
#include "CoreTestData.h"

#include <core/RatingGrid.h>
#include <core/SubjectRatings.h>

#include <QtTest>

namespace {

const QDate A(2024, 6, 1), B(2024, 7, 1);

SnapshotCell cell(const QString &service, KeyQuestion kq, const char *rating, const char *date)
{
    return {service, kq, Rating::fromText(QString::fromLatin1(rating)), QDate::fromString(QLatin1String(date), Qt::ISODate)};
}

SnapshotRecord view(const QString &location, const QDate &date, QVector<SnapshotCell> cells)
{
    return {QStringLiteral("P1"), location, date, 1, QString(), std::move(cells)};
}

// Trust P1 and its location L1, listed the same in June's and July's files.
SubjectRatings monthlyTrust()
{
    SubjectRatings r;
    r.subject = Subject::provider(QStringLiteral("P1"));
    r.providerId = QStringLiteral("P1");
    const QVector<SnapshotCell> own = {cell({}, KeyQuestion::Overall, "Good", "2020-01-01"),
                                       cell({}, KeyQuestion::Safe, "Requires improvement", "2020-01-01"),
                                       cell(QStringLiteral("Surgery"), KeyQuestion::Overall, "Good", "2020-01-01")};
    const QVector<SnapshotCell> location = {cell({}, KeyQuestion::Overall, "Outstanding", "2019-03-01")};
    r.snapshots = {view({}, A, own), view(QStringLiteral("L1"), A, location), view({}, B, own),
                   view(QStringLiteral("L1"), B, location)};
    return r;
}

// Every cell of the grid, with its rating and date, in row order.
QStringList shown(const RatingGrid &grid)
{
    QStringList out;
    for (int r = 0; r < grid.rows().size(); ++r)
        for (KeyQuestion kq : grid.columns()) {
            const GridCell c = grid.cell(r, kq);
            if (!c.isEmpty())
                out << QStringLiteral("%1/%2=%3@%4")
                           .arg(grid.rows().at(r).key(), KeyQuestions::name(kq), c.rating.text(),
                                c.date.toString(Qt::ISODate));
        }
    return out;
}

ObservationRecord report(qint64 id, const char *location, const char *rating, const char *date)
{
    return observation(id, QString::fromLatin1(location), QString(), KeyQuestion::Overall, QString::fromLatin1(rating),
                       QString::fromLatin1(date));
}

} // namespace

Q_DECLARE_METATYPE(SubjectRatings)

class TestGridInputs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameBetween_data()
    {
        QTest::addColumn<SubjectRatings>("ratings");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<bool>("same");
        const SubjectRatings base = monthlyTrust();
        QTest::newRow("the same views a month apart") << base << A << B << true;
        QTest::newRow("one date") << base << B << B << true;
        QTest::newRow("dates given newest first") << base << B << A << true;
        SubjectRatings r = base;
        r.snapshots[2].cells[1].rating = Rating::fromText(QStringLiteral("Inadequate"));
        QTest::newRow("a cell re-rated in July") << r << A << B << false;
        r = base;
        r.snapshots[2].cells[1].date = QDate(2024, 6, 20);
        QTest::newRow("a cell re-dated, same rating") << r << A << B << false;
        r = base;
        r.snapshots[2].cells.append(cell(QStringLiteral("Maternity"), KeyQuestion::Overall, "Good", "2024-06-20"));
        QTest::newRow("a service new in July") << r << A << B << false;
        r = base;
        r.snapshots[2].cells.removeLast();
        QTest::newRow("a service gone in July") << r << A << B << false;
        r = base;
        r.snapshots.append(view(QStringLiteral("L2"), B, {cell({}, KeyQuestion::Overall, "Good", "2024-06-20")}));
        QTest::newRow("a location's first view in July") << r << A << B << false;
        // July's file without the trust's own view (or L1's): a report of
        // mid-June lies over June's view on both dates' grids, shown only in July's.
        r = base;
        r.snapshots.removeAt(2);
        r.observations = {report(1, "", "Inadequate", "2024-06-15")};
        QTest::newRow("a report published between") << r << A << B << false;
        r = base;
        r.snapshots.removeAt(3);
        r.observations = {report(1, "L1", "Inadequate", "2024-06-15")};
        QTest::newRow("a location's report published between") << r << A << B << false;
        r = base;
        r.observations = {report(1, "", "Inadequate", "2024-08-15")};
        QTest::newRow("a report after both") << r << A << B << true;
        r = base;
        r.observations = {report(1, "", "Good", "2020-01-01")};
        QTest::newRow("the report both views list") << r << A << B << true;
        r = base;
        r.snapshots.append(view({}, QDate(2024, 8, 1), {cell({}, KeyQuestion::Overall, "Inadequate", "2024-07-20")}));
        QTest::newRow("a view after both") << r << A << B << true;
        // June's view is May's file; a report of mid-May lies over it in
        // June, but July's view, taken after it, does not list it.
        r = base;
        r.snapshots[0].date = QDate(2024, 5, 1);
        r.observations = {report(1, "", "Inadequate", "2024-05-15")};
        QTest::newRow("a report after the earlier view, before the later") << r << A << B << false;
        SubjectRatings reportsOnly;
        reportsOnly.subject = Subject::provider(QStringLiteral("P1"));
        reportsOnly.observations = {report(1, "", "Good", "2019-01-01"), report(2, "L1", "Good", "2019-02-01")};
        QTest::newRow("reports only, none between") << reportsOnly << A << B << true;
        reportsOnly.observations.append(report(3, "L1", "Requires improvement", "2024-06-02"));
        QTest::newRow("reports only, one between") << reportsOnly << A << B << false;
        QTest::newRow("no date: the newest of everything") << base << A << QDate() << false;
    }

    void sameBetween()
    {
        QFETCH(SubjectRatings, ratings);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(bool, same);
        QCOMPARE(RatingGrid::sameBetween(ratings, from, to), same);
        // Each case is built so that the grids differ exactly when not the same.
        const QStringList atFrom = shown(RatingGrid::build(ratings, from));
        const QStringList atTo = shown(RatingGrid::build(ratings, to));
        QVERIFY(!atFrom.isEmpty());
        if (same)
            QCOMPARE(atTo, atFrom);
        else if (to.isValid())
            QVERIFY2(atTo != atFrom, qPrintable(atFrom.join(QLatin1Char(' '))));
    }

    void inputsDate_data()
    {
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<QDate>("inputs");
        QTest::newRow("before everything") << QDate(2019, 12, 1) << QDate();
        QTest::newRow("on a report's date") << QDate(2020, 1, 1) << QDate(2020, 1, 1);
        QTest::newRow("between report and view") << QDate(2024, 5, 1) << QDate(2020, 1, 1);
        QTest::newRow("on the first view") << A << A;
        QTest::newRow("between the views") << QDate(2024, 6, 20) << A;
        QTest::newRow("after the views") << QDate(2026, 1, 1) << B;
        QTest::newRow("no date") << QDate() << B;
    }

    void inputsDate()
    {
        QFETCH(QDate, asOf);
        QFETCH(QDate, inputs);
        SubjectRatings r = monthlyTrust();
        r.observations = {report(1, "", "Good", "2020-01-01")};
        QCOMPARE(RatingGrid::inputsDate(r, asOf), inputs);
        // Two dates with one inputs date show one grid.
        if (inputs.isValid())
            QCOMPARE(shown(RatingGrid::build(r, asOf)), shown(RatingGrid::build(r, inputs)));
    }
};

QTEST_APPLESS_MAIN(TestGridInputs)
#include "tst_gridinputs.moc"
