// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// RatingGrid::build over CQC's current views (DESIGN.md section 2): the
// latest view by the as-of date as listed, report history laid over it.
// Observations and views are built in memory (GridTestData.h and below).

#include <core/GridDiff.h>
#include <core/RatingGrid.h>
#include "GridTestData.h"

#include <QtTest>

// One cell of a current view; `date` may be empty (an undated statement).
static SnapshotCell listed(const char *service, KeyQuestion kq, const char *rating, const char *date)
{
    SnapshotCell c;
    c.service = QString::fromUtf8(service);
    c.keyQuestion = kq;
    c.rating = Rating::fromText(QString::fromUtf8(rating));
    c.date = iso(date);
    return c;
}

static SnapshotRecord view(const char *locationId, const char *date, QVector<SnapshotCell> cells)
{
    SnapshotRecord s;
    s.providerId = QStringLiteral("P1");
    s.locationId = QString::fromLatin1(locationId);
    s.date = iso(date);
    s.cells = std::move(cells);
    return s;
}
using Views = QVector<SnapshotRecord>;
Q_DECLARE_METATYPE(SnapshotRecord)

class TestCurrentView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void currentView_data();
    void currentView();
    void currentViewRows();
};

// DESIGN.md section 2: the grid as of D starts from the latest current
// view by D, exactly as listed; report history after it is laid over it.
void TestCurrentView::currentView_data()
{
    QTest::addColumn<Observations>("observations");
    QTest::addColumn<Views>("views");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDate>("snapshotDate");
    QTest::addColumn<qint64>("observationId");

    const Observations goodThenIbnr = {overall(1, "Good", "2019-01-29"), overall(2, "Insufficient evidence to rate", "2022-01-20")};
    const Views listsIbnr = {view("", "2022-01-20", {listed("", KeyQuestion::Overall, "Insufficient evidence to rate", "2022-01-20")})};
    QTest::newRow("a current non-grade is the position")
        << goodThenIbnr << listsIbnr << QDate() << "Insufficient evidence to rate" << iso("2022-01-20") << iso("2022-01-20")
        << qint64(2);
    QTest::newRow("the same non-grade from a report alone does not replace the grade")
        << goodThenIbnr << Views{} << QDate() << "Good" << iso("2019-01-29") << QDate() << qint64(1);
    QTest::newRow("a listed non-grade replaces the grade before its view too")
        << goodThenIbnr << Views{view("", "2022-06-01", {listed("", KeyQuestion::Overall, "Insufficient evidence to rate", "2022-01-20")})}
        << iso("2022-03-01") << "Insufficient evidence to rate" << iso("2022-01-20") << QDate() << qint64(2);
    QTest::newRow("before any view: report history")
        << goodThenIbnr << listsIbnr << iso("2020-01-01") << "Good" << iso("2019-01-29") << QDate() << qint64(1);
    QTest::newRow("a report-only non-grade on the view's date does not override it")
        << Observations{overall(1, "Requires improvement", "2021-02-10"), overall(2, "Inspected but not rated", "2022-12-22")}
        << Views{view("", "2022-12-22", {listed("", KeyQuestion::Overall, "Requires improvement", "2021-02-10")})} << QDate()
        << "Requires improvement" << iso("2021-02-10") << iso("2022-12-22") << qint64(1);
    QTest::newRow("a grade published after the view is laid over it")
        << Observations{overall(1, "Good", "2019-01-01"), overall(2, "Inadequate", "2023-05-01")}
        << Views{view("", "2022-01-01", {listed("", KeyQuestion::Overall, "Good", "2019-01-01")})} << QDate()
        << "Inadequate" << iso("2023-05-01") << QDate() << qint64(2);
    QTest::newRow("a report-only non-grade after the view does not replace its grade")
        << Observations{overall(1, "Good", "2019-01-01"), overall(2, "Inspected but not rated", "2023-05-01")}
        << Views{view("", "2022-01-01", {listed("", KeyQuestion::Overall, "Good", "2019-01-01")})} << QDate()
        << "Good" << iso("2019-01-01") << iso("2022-01-01") << qint64(1);
    QTest::newRow("the newest view wins, whatever the order they came in")
        << Observations{overall(1, "Good", "2019-01-01"), overall(2, "Not Rated", "2025-04-01")}
        << Views{view("", "2026-10-01", {listed("", KeyQuestion::Overall, "Not Rated", "2025-04-01")}),
                 view("", "2024-01-01", {listed("", KeyQuestion::Overall, "Good", "2019-01-01")})}
        << QDate() << "Not Rated" << iso("2025-04-01") << iso("2026-10-01") << qint64(2);
    QTest::newRow("an older view as of its own date")
        << Observations{overall(1, "Good", "2019-01-01"), overall(2, "Not Rated", "2025-04-01")}
        << Views{view("", "2026-10-01", {listed("", KeyQuestion::Overall, "Not Rated", "2025-04-01")}),
                 view("", "2024-01-01", {listed("", KeyQuestion::Overall, "Good", "2019-01-01")})}
        << iso("2025-01-01") << "Good" << iso("2019-01-01") << iso("2024-01-01") << qint64(1);
    QTest::newRow("a non-grade a later view lists stands from its publication")
        << Observations{overall(1, "Good", "2019-01-01"), overall(2, "Not Rated", "2025-04-01")}
        << Views{view("", "2026-10-01", {listed("", KeyQuestion::Overall, "Not Rated", "2025-04-01")}),
                 view("", "2024-01-01", {listed("", KeyQuestion::Overall, "Good", "2019-01-01")})}
        << iso("2025-06-01") << "Not Rated" << iso("2025-04-01") << QDate() << qint64(2);
    QTest::newRow("an undated statement of the view")
        << Observations{} << Views{view("", "2014-03-05", {listed("", KeyQuestion::Overall, "No published rating", "")})}
        << QDate() << "No published rating" << QDate() << iso("2014-03-05") << qint64(0);
    QTest::newRow("a cell the view leaves out is not rated")
        << Observations{overall(1, "Good", "2019-01-01")}
        << Views{view("", "2022-01-01", {listed("", KeyQuestion::Safe, "Good", "2019-01-01")})} << QDate()
        << QString() << QDate() << QDate() << qint64(0);
}

void TestCurrentView::currentView()
{
    QFETCH(Observations, observations);
    QFETCH(Views, views);
    QFETCH(QDate, asOf);
    const RatingGrid grid = RatingGrid::build(Subject::provider(QStringLiteral("P1")), {}, observations, views, asOf);
    const GridCell cell = grid.cell(grid.rowOf(ProviderRowKey), KeyQuestion::Overall);
    QTEST(cell.rating.text(), "text");
    QTEST(cell.date, "date");
    QTEST(cell.snapshotDate, "snapshotDate");
    QTEST(cell.observationId, "observationId");
}

// A service the current view no longer lists is history: no row today, a
// row as of a date before the view; another location's view is its own.
void TestCurrentView::currentViewRows()
{
    const Observations observations = {
        observation(1, QStringLiteral("L1"), QStringLiteral("Maternity and gynaecology"), KeyQuestion::Overall,
                    QStringLiteral("Good"), QStringLiteral("2018-03-01")),
        observation(2, QStringLiteral("L1"), QStringLiteral("Maternity"), KeyQuestion::Overall,
                    QStringLiteral("Requires improvement"), QStringLiteral("2022-12-22")),
        observation(3, QStringLiteral("L2"), QStringLiteral("Surgery"), KeyQuestion::Overall, QStringLiteral("Good"),
                    QStringLiteral("2017-01-01")),
    };
    const Views views = {view("L1", "2022-12-22", {listed("Maternity", KeyQuestion::Overall, "Requires improvement", "2022-12-22")})};
    const Subject subject = Subject::provider(QStringLiteral("P1"));
    const RatingGrid today = RatingGrid::build(subject, {}, observations, views, QDate());
    QCOMPARE(layout(today), (QStringList{QStringLiteral("P|||"), QStringLiteral("L|L1|Location L1|"),
                                         QStringLiteral("L|L1|Location L1|Maternity"), QStringLiteral("L|L2|Location L2|"),
                                         QStringLiteral("L|L2|Location L2|Surgery")}));
    const RatingGrid before = RatingGrid::build(subject, {}, observations, views, iso("2022-06-01"));
    QCOMPARE(layout(before), (QStringList{QStringLiteral("P|||"), QStringLiteral("L|L1|Location L1|"),
                                          QStringLiteral("L|L1|Location L1|Maternity and gynaecology"),
                                          QStringLiteral("L|L2|Location L2|"), QStringLiteral("L|L2|Location L2|Surgery")}));
    QCOMPARE(before.cell(before.rowOf(GridRow::keyOf(QStringLiteral("L1"), QStringLiteral("Maternity and gynaecology"))),
                         KeyQuestion::Overall).rating.text(),
             QStringLiteral("Good"));
    // The diff between the two says the superseded service is no longer rated.
    const QVector<DiffEntry> diff = GridDiff::compare(before, today);
    bool found = false;
    for (const DiffEntry &e : diff)
        if (e.row.service == QLatin1String("Maternity and gynaecology") && e.keyQuestion == KeyQuestion::Overall) {
            QCOMPARE(e.change, Change::NoLongerRated);
            found = true;
        }
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(TestCurrentView)
#include "tst_currentview.moc"
