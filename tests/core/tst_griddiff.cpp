// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// GridDiff: how a cell moved between two dates (DESIGN.md section 2), on
// single cells, on small hand-made grids, and end to end on the bundled
// sample (Lewisham and Greenwich, 2019 -> 2020, as in the news articles).

#include <itemmodels/DiffModel.h>
#include <core/GridDiff.h>
#include <storage/RatingStore.h>
#include "TestDatabase.h"

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

// "locationId|service|key question|change" per entry, in the diff's order.
static QStringList describe(const QVector<DiffEntry> &entries)
{
    QStringList out;
    for (const DiffEntry &e : entries)
        out << QStringLiteral("%1|%2|%3|%4").arg(e.row.locationId, e.row.service, KeyQuestions::name(e.keyQuestion),
                                                 GridDiff::changeName(e.change));
    return out;
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
    void sampleDefaultDates();
    void sampleProviderLevel_data();
    void sampleProviderLevel();
    void sampleSummary();
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
    QTEST(describe(entries), "entries");
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

// Lewisham and Greenwich from the bundled sample, stored in and read back from a real file.
static bool loadSample(SubjectRatings *out, QString *error)
{
    TestDatabase db(TestDatabase::WithSample);
    if (!db.isOpen()) {
        *error = db.error();
        return false;
    }
    const RatingStore store(db.database());
    if (!store.loadSubject(Subject::provider(QStringLiteral("RJ2")), out)) {
        *error = QStringLiteral("RJ2 not found: ") + store.errorString();
        return false;
    }
    return true;
}

static QVector<DiffEntry> sampleDiff(QDate *from, QDate *to, QString *error)
{
    SubjectRatings rj2;
    if (!loadSample(&rj2, error))
        return {};
    DiffModel::defaultDates(rj2.reportDates, from, to);
    return GridDiff::compare(RatingGrid::build(rj2.subject, rj2.locations, rj2.observations, *from),
                             RatingGrid::build(rj2.subject, rj2.locations, rj2.observations, *to));
}

void TestGridDiff::sampleDefaultDates()
{
    SubjectRatings rj2;
    QString error;
    QVERIFY2(loadSample(&rj2, &error), qPrintable(error));
    QCOMPARE(rj2.reportDates, (QVector<QDate>{iso("2017-08-01"), iso("2019-01-10"), iso("2020-07-03")}));
    QDate from, to;
    DiffModel::defaultDates(rj2.reportDates, &from, &to);
    QCOMPARE(from, iso("2019-01-10"));
    QCOMPARE(to, iso("2020-07-03"));

    // One report: nothing before it. None: nothing at all.
    DiffModel::defaultDates({iso("2020-07-03")}, &from, &to);
    QCOMPARE(from, QDate());
    QCOMPARE(to, iso("2020-07-03"));
    DiffModel::defaultDates({}, &from, &to);
    QCOMPARE(from, QDate());
    QCOMPARE(to, QDate());
}

void TestGridDiff::sampleProviderLevel_data()
{
    QTest::addColumn<KeyQuestion>("keyQuestion");
    QTest::addColumn<Change>("change");
    QTest::addColumn<QString>("previous");
    QTest::addColumn<QString>("current");

    const QString ri = QStringLiteral("Requires improvement"), good = QStringLiteral("Good");
    // "Lewisham and Greenwich stayed Requires improvement, but Effective and Well-led went up to Good."
    QTest::newRow("Safe") << KeyQuestion::Safe << Change::Unchanged << ri << ri;
    QTest::newRow("Effective") << KeyQuestion::Effective << Change::Improved << ri << good;
    QTest::newRow("Caring") << KeyQuestion::Caring << Change::Unchanged << good << good;
    QTest::newRow("Responsive") << KeyQuestion::Responsive << Change::Unchanged << ri << ri;
    QTest::newRow("Well-led") << KeyQuestion::WellLed << Change::Improved << ri << good;
    QTest::newRow("Overall") << KeyQuestion::Overall << Change::Unchanged << ri << ri;
    QTest::newRow("Use of resources") << KeyQuestion::UseOfResources << Change::New << QString() << ri;
    QTest::newRow("Combined") << KeyQuestion::Combined << Change::New << QString() << ri;
}

void TestGridDiff::sampleProviderLevel()
{
    QFETCH(KeyQuestion, keyQuestion);
    QFETCH(Change, change);
    QDate from, to;
    QString error;
    const QVector<DiffEntry> entries = sampleDiff(&from, &to, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const DiffEntry *found = nullptr;
    for (const DiffEntry &e : entries) {
        if (e.row.level == GridRow::Level::Provider && e.row.service.isEmpty() && e.keyQuestion == keyQuestion) {
            QVERIFY2(!found, "two entries for one cell");
            found = &e;
        }
    }
    QVERIFY(found);
    QCOMPARE(GridDiff::changeName(found->change), GridDiff::changeName(change));
    QTEST(found->previous.rating.text(), "previous");
    QTEST(found->current.rating.text(), "current");
    QCOMPARE(found->previous.date, found->previous.isEmpty() ? QDate() : from);
    QCOMPARE(found->current.date, to);
}

void TestGridDiff::sampleSummary()
{
    QDate from, to;
    QString error;
    const QVector<DiffEntry> entries = sampleDiff(&from, &to, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // Provider row: 8 cells. Locations: their own rows are unrated on both
    // dates and left out; the 2020 report added Critical care (Overall,
    // Well-led) at Queen Elizabeth and Surgery (Overall) at both hospitals.
    QCOMPARE(describe(entries).mid(8), (QStringList{
                                            "RJ231|Surgery|Overall|new",
                                            "RJ231|Critical care|Well-led|new",
                                            "RJ231|Critical care|Overall|new",
                                            "RJ224|Surgery|Overall|new",
                                        }));
    const DiffSummary s = GridDiff::summarise(entries);
    QCOMPARE(s.improved, 2);
    QCOMPARE(s.declined, 0);
    QCOMPARE(s.unchanged, 4);
    QCOMPARE(s.added, 2 + 4);
    QCOMPARE(s.noLongerRated, 0);
    QCOMPARE(s.notComparable, 0);
    QCOMPARE(s.changed(), 8);
}

QTEST_GUILESS_MAIN(TestGridDiff)
#include "tst_griddiff.moc"
