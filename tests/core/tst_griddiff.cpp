// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// GridDiff: how a cell moved between two dates (DESIGN.md section 2), on
// single cells and on small hand-made grids (observations built in memory
// by CoreTestData.h, which also puts a diff in words). End to end on the
// bundled sample, with the diff's default dates: tst_diffmodel.

#include <core/GridDiff.h>
#include <core/RatingGrid.h>
#include "CoreTestData.h"

#include <QtTest>

using Observations = QVector<ObservationRecord>;
Q_DECLARE_METATYPE(ObservationRecord)
Q_DECLARE_METATYPE(Change)
Q_DECLARE_METATYPE(KeyQuestion)

static QDate iso(const char *text) { return QDate::fromString(QLatin1String(text), Qt::ISODate); }

static GridCell cellOf(const QString &rating, const QDate &date = QDate(2020, 1, 1))
{
    GridCell cell;
    cell.rating = Rating::fromText(rating);
    if (!cell.rating.isEmpty())
        cell.date = date;
    return cell;
}

class TestGridDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data();
    void classify();
    void changeName_data();
    void changeName();
    void compare_data();
    void compare();
    void compareKeepsBothCells();
    void summarise();
};

void TestGridDiff::classify_data()
{
    QTest::addColumn<QString>("previous");
    QTest::addColumn<QString>("current");
    QTest::addColumn<Change>("change");

    QTest::newRow("RI -> Good") << "Requires improvement" << "Good" << Change::Improved;
    QTest::newRow("Inadequate -> Outstanding") << "Inadequate" << "Outstanding" << Change::Improved;
    QTest::newRow("Inadequate -> RI") << "Inadequate" << "Requires improvement" << Change::Improved;
    QTest::newRow("Good -> Outstanding") << "Good" << "Outstanding" << Change::Improved;
    QTest::newRow("Good -> RI") << "Good" << "Requires improvement" << Change::Declined;
    QTest::newRow("Outstanding -> Inadequate") << "Outstanding" << "Inadequate" << Change::Declined;
    QTest::newRow("Outstanding -> Good") << "Outstanding" << "Good" << Change::Declined;
    QTest::newRow("RI -> Inadequate") << "Requires improvement" << "Inadequate" << Change::Declined;
    // Alphabetical order would say otherwise for these two: grades are ranked, not sorted as text.
    QTest::newRow("Good -> Inadequate") << "Good" << "Inadequate" << Change::Declined;
    QTest::newRow("Requires improvement -> Outstanding") << "Requires improvement" << "Outstanding" << Change::Improved;
    for (const char *grade : {"Outstanding", "Good", "Requires improvement", "Inadequate"})
        QTest::addRow("%s -> %s", grade, grade) << grade << grade << Change::Unchanged;
    QTest::newRow("spelling differs, same grade") << "Requires Improvement" << "requires improvement" << Change::Unchanged;
    QTest::newRow("nothing -> Good") << QString() << "Good" << Change::New;
    QTest::newRow("nothing -> Inadequate") << QString() << "Inadequate" << Change::New;
    QTest::newRow("Good -> nothing") << "Good" << QString() << Change::NoLongerRated;
    QTest::newRow("Inadequate -> nothing") << "Inadequate" << QString() << Change::NoLongerRated;
    // A non-grade on either side is never compared as a grade.
    for (const char *nonGrade : {"Inspected but not rated", "No published rating", "Not Rated", "No action",
                                 "Insufficient evidence to rate"}) {
        QTest::addRow("%s -> Good", nonGrade) << nonGrade << "Good" << Change::NotComparable;
        QTest::addRow("Good -> %s", nonGrade) << "Good" << nonGrade << Change::NotComparable;
        QTest::addRow("nothing -> %s", nonGrade) << QString() << nonGrade << Change::NotComparable;
        QTest::addRow("%s -> nothing", nonGrade) << nonGrade << QString() << Change::NoLongerRated; // it left CQC's view
        QTest::addRow("%s -> itself", nonGrade) << nonGrade << nonGrade << Change::NotComparable;
    }
    QTest::newRow("one non-grade -> another") << "Not rated" << "Inspected but not rated" << Change::NotComparable;
}

void TestGridDiff::classify()
{
    QFETCH(QString, previous);
    QFETCH(QString, current);
    QFETCH(Change, change);
    const Change actual = GridDiff::classify(cellOf(previous, iso("2019-01-10")), cellOf(current, iso("2020-07-03")));
    QCOMPARE(GridDiff::changeName(actual), GridDiff::changeName(change));
    QCOMPARE(int(actual), int(change));
}

void TestGridDiff::changeName_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QString>("name");
    // These words are the export's contract (DESIGN.md section 4).
    QTest::newRow("improved") << Change::Improved << "improved";
    QTest::newRow("declined") << Change::Declined << "declined";
    QTest::newRow("unchanged") << Change::Unchanged << "unchanged";
    QTest::newRow("new") << Change::New << "new";
    QTest::newRow("no longer rated") << Change::NoLongerRated << "no longer rated";
    QTest::newRow("not comparable") << Change::NotComparable << "not comparable";
}

void TestGridDiff::changeName()
{
    QFETCH(Change, change);
    QTEST(GridDiff::changeName(change), "name");
}

void TestGridDiff::compare_data()
{
    QTest::addColumn<Observations>("previous");
    QTest::addColumn<Observations>("current");
    QTest::addColumn<QStringList>("entries");

    const auto obs = [](qint64 id, const char *location, const char *service, KeyQuestion kq, const char *rating,
                        const char *date) {
        return observation(id, QString::fromLatin1(location), QString::fromLatin1(service), kq,
                           QString::fromLatin1(rating), QString::fromLatin1(date));
    };
    const ObservationRecord safeRi = obs(1, "", "", KeyQuestion::Safe, "Requires improvement", "2019-01-10");
    const ObservationRecord safeGood = obs(2, "", "", KeyQuestion::Safe, "Good", "2020-07-03");

    QTest::newRow("one cell improved") << Observations{safeRi} << Observations{safeGood}
                                       << QStringList{"||Safe|improved"};
    QTest::newRow("one cell unchanged, same observation") << Observations{safeRi} << Observations{safeRi}
                                                          << QStringList{"||Safe|unchanged"};
    QTest::newRow("empty grids: nothing") << Observations{} << Observations{} << QStringList{};
    QTest::newRow("cells in the current grid's order")
        << Observations{obs(1, "", "", KeyQuestion::Overall, "Good", "2019-01-10"),
                        obs(2, "", "", KeyQuestion::Caring, "Good", "2019-01-10")}
        << Observations{obs(3, "", "", KeyQuestion::Overall, "Inadequate", "2020-07-03"),
                        obs(4, "", "", KeyQuestion::Safe, "Good", "2020-07-03"),
                        obs(5, "", "", KeyQuestion::Caring, "Good", "2019-01-10")}
        << QStringList{"||Safe|new", "||Caring|unchanged", "||Overall|declined"};
    QTest::newRow("service added at a location")
        << Observations{obs(1, "L1", "", KeyQuestion::Overall, "Good", "2019-01-10")}
        << Observations{obs(1, "L1", "", KeyQuestion::Overall, "Good", "2019-01-10"),
                        obs(2, "L1", "Surgery", KeyQuestion::Overall, "Outstanding", "2020-07-03")}
        << QStringList{"L1||Overall|unchanged", "L1|Surgery|Overall|new"};
    // A row and a column only the previous grid has are still reported.
    QTest::newRow("row and column only in the previous grid")
        << Observations{obs(1, "", "Ambulance services", KeyQuestion::Safe, "Good", "2019-01-10"),
                        obs(2, "", "", KeyQuestion::UseOfResources, "Good", "2019-01-10"),
                        obs(3, "", "", KeyQuestion::Overall, "Good", "2019-01-10")}
        << Observations{obs(4, "", "", KeyQuestion::Overall, "Good", "2020-07-03")}
        << QStringList{"||Overall|unchanged", "||Use of resources|no longer rated",
                       "|Ambulance services|Safe|no longer rated"};
    QTest::newRow("non-grades are not comparable")
        << Observations{obs(1, "", "", KeyQuestion::Safe, "Not rated", "2019-01-10")}
        << Observations{obs(2, "", "", KeyQuestion::Safe, "Good", "2020-07-03")}
        << QStringList{"||Safe|not comparable"};
}

void TestGridDiff::compare()
{
    QFETCH(Observations, previous);
    QFETCH(Observations, current);
    const Subject subject = Subject::provider(QStringLiteral("P1"));
    const QVector<DiffEntry> entries =
        GridDiff::compare(RatingGrid::build(subject, {}, previous, QDate()), RatingGrid::build(subject, {}, current, QDate()));
    QTEST(describeDiff(entries), "entries");
}

void TestGridDiff::compareKeepsBothCells()
{
    // The diff carries both cells, each with its own date, for the Previous/Current columns.
    const Subject subject = Subject::provider(QStringLiteral("P1"));
    const Observations observations = {
        observation(1, {}, {}, KeyQuestion::Effective, QStringLiteral("Requires improvement"), QStringLiteral("2019-01-10")),
        observation(2, {}, {}, KeyQuestion::Effective, QStringLiteral("Good"), QStringLiteral("2020-07-03")),
    };
    const QVector<DiffEntry> entries = GridDiff::compare(RatingGrid::build(subject, {}, observations, iso("2019-01-10")),
                                                         RatingGrid::build(subject, {}, observations, iso("2020-07-03")));
    QCOMPARE(entries.size(), 1);
    const DiffEntry &e = entries.first();
    QCOMPARE(e.keyQuestion, KeyQuestion::Effective);
    QCOMPARE(e.row.level, GridRow::Level::Provider);
    QCOMPARE(e.previous.rating.text(), QStringLiteral("Requires improvement"));
    QCOMPARE(e.previous.date, iso("2019-01-10"));
    QCOMPARE(e.current.rating.text(), QStringLiteral("Good"));
    QCOMPARE(e.current.date, iso("2020-07-03"));
    QCOMPARE(e.change, Change::Improved);
}

void TestGridDiff::summarise()
{
    QVector<DiffEntry> entries;
    const auto add = [&entries](Change change, int times) {
        for (int i = 0; i < times; ++i) {
            DiffEntry e;
            e.change = change;
            entries << e;
        }
    };
    add(Change::Improved, 3);
    add(Change::Declined, 1);
    add(Change::Unchanged, 5);
    add(Change::New, 2);
    add(Change::NoLongerRated, 4);
    add(Change::NotComparable, 6);
    const DiffSummary s = GridDiff::summarise(entries);
    QCOMPARE(s.improved, 3);
    QCOMPARE(s.declined, 1);
    QCOMPARE(s.unchanged, 5);
    QCOMPARE(s.added, 2);
    QCOMPARE(s.noLongerRated, 4);
    QCOMPARE(s.notComparable, 6);
    // "Changed" counts real movements: not the unchanged, not the incomparable.
    QCOMPARE(s.changed(), 3 + 1 + 2 + 4);

    const DiffSummary none = GridDiff::summarise({});
    QCOMPARE(none.changed(), 0);
    QCOMPARE(none.unchanged, 0);
}

QTEST_GUILESS_MAIN(TestGridDiff)
#include "tst_griddiff.moc"
