// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// RatingGrid::build: what each cell of a grid shows "as of" a date
// (DESIGN.md section 2). Observations are built in memory (GridTestData.h),
// so every case states exactly the facts it is about. The rows and columns:
// tst_gridlayout; the current views: tst_currentview.

#include <core/Change.h>
#include <core/RatingGrid.h>
#include "GridTestData.h"

#include <QtTest>

class TestRatingGrid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void domainEnumsAreRegistered();
    void providerCell_data();
    void providerCell();
    void cellsKeepTheirOwnDates_data();
    void cellsKeepTheirOwnDates();
    void serviceAndLocationCells_data();
    void serviceAndLocationCells();
};

void TestRatingGrid::providerCell_data()
{
    QTest::addColumn<Observations>("observations");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("grade");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<qint64>("observationId");
    QTest::addColumn<QString>("laterNonGrade");
    QTest::addColumn<QDate>("laterNonGradeDate");
    QTest::addColumn<QString>("inheritedFrom");

    const int good = int(Grade::Good), ri = int(Grade::RequiresImprovement);
    const Observations history = {overall(1, "Requires improvement", "2016-05-01"),
                                  overall(2, "Good", "2018-03-14"),
                                  overall(3, "Outstanding", "2021-09-30")};

    QTest::newRow("latest on or before the date wins")
        << history << iso("2020-01-01") << "Good" << good << iso("2018-03-14") << qint64(2) << QString() << QDate() << QString();
    QTest::newRow("published on the as-of date counts")
        << history << iso("2018-03-14") << "Good" << good << iso("2018-03-14") << qint64(2) << QString() << QDate() << QString();
    QTest::newRow("published the day after is ignored")
        << history << iso("2018-03-13") << "Requires improvement" << ri << iso("2016-05-01") << qint64(1) << QString() << QDate() << QString();
    QTest::newRow("invalid as-of date: everything counts")
        << history << QDate() << "Outstanding" << int(Grade::Outstanding) << iso("2021-09-30") << qint64(3) << QString() << QDate() << QString();
    QTest::newRow("as of before any observation: empty")
        << history << iso("2010-01-01") << QString() << int(Grade::None) << QDate() << qint64(0) << QString() << QDate() << QString();
    QTest::newRow("order of the input does not matter")
        << Observations{history.at(2), history.at(0), history.at(1)} << iso("2020-01-01")
        << "Good" << good << iso("2018-03-14") << qint64(2) << QString() << QDate() << QString();

    // A grade is never replaced by a later non-grade; the non-grade is kept beside it.
    for (const char *nonGrade : {"Inspected but not rated", "No published rating", "Not Rated", "Not rated",
                                 "No action", "Insufficient evidence to rate"}) {
        QTest::addRow("grade, then later \"%s\"", nonGrade)
            << Observations{overall(1, "Good", "2019-02-01"), overall(2, nonGrade, "2020-02-01")} << QDate()
            << "Good" << good << iso("2019-02-01") << qint64(1) << QString::fromLatin1(nonGrade) << iso("2020-02-01")
            << QString();
        QTest::addRow("\"%s\" alone is shown as itself", nonGrade)
            << Observations{overall(1, nonGrade, "2020-02-01")} << QDate()
            << QString::fromLatin1(nonGrade) << int(Grade::NotAGrade) << iso("2020-02-01") << qint64(1)
            << QString() << QDate() << QString();
    }
    QTest::newRow("later non-grade after the as-of date is not mentioned")
        << Observations{overall(1, "Good", "2019-02-01"), overall(2, "Not rated", "2020-02-01")} << iso("2019-12-31")
        << "Good" << good << iso("2019-02-01") << qint64(1) << QString() << QDate() << QString();
    QTest::newRow("latest of two non-grades")
        << Observations{overall(1, "No published rating", "2019-02-01"), overall(2, "Inspected but not rated", "2020-02-01")}
        << QDate() << "Inspected but not rated" << int(Grade::NotAGrade) << iso("2020-02-01") << qint64(2)
        << QString() << QDate() << QString();
    QTest::newRow("grade listed after a later non-grade")
        << Observations{overall(2, "Not rated", "2020-02-01"), overall(1, "Good", "2019-02-01")} << QDate()
        << "Good" << good << iso("2019-02-01") << qint64(1) << "Not rated" << iso("2020-02-01") << QString();
    QTest::newRow("grade replaces an earlier non-grade")
        << Observations{overall(1, "Not rated", "2019-02-01"), overall(2, "Inadequate", "2020-02-01")} << QDate()
        << "Inadequate" << int(Grade::Inadequate) << iso("2020-02-01") << qint64(2) << QString() << QDate() << QString();
    QTest::newRow("grade after a non-grade after a grade")
        << Observations{overall(1, "Good", "2018-02-01"), overall(2, "Not rated", "2019-02-01"),
                        overall(3, "Requires improvement", "2020-02-01")}
        << QDate() << "Requires improvement" << ri << iso("2020-02-01") << qint64(3) << QString() << QDate() << QString();

    // Two reports on one date: the observation added later (higher id) wins.
    QTest::newRow("same date: higher id wins")
        << Observations{overall(5, "Good", "2020-02-01"), overall(7, "Requires improvement", "2020-02-01")} << QDate()
        << "Requires improvement" << ri << iso("2020-02-01") << qint64(7) << QString() << QDate() << QString();
    QTest::newRow("same date: higher id wins, listed first")
        << Observations{overall(7, "Requires improvement", "2020-02-01"), overall(5, "Good", "2020-02-01")} << QDate()
        << "Requires improvement" << ri << iso("2020-02-01") << qint64(7) << QString() << QDate() << QString();
    QTest::newRow("same date: a later non-grade still does not replace the grade")
        << Observations{overall(5, "Good", "2020-02-01"), overall(7, "Not rated", "2020-02-01")} << QDate()
        << "Good" << good << iso("2020-02-01") << qint64(5) << "Not rated" << iso("2020-02-01") << QString();
    QTest::newRow("same date: grade added after a non-grade")
        << Observations{overall(5, "Not rated", "2020-02-01"), overall(7, "Good", "2020-02-01")} << QDate()
        << "Good" << good << iso("2020-02-01") << qint64(7) << QString() << QDate() << QString();

    QTest::newRow("spelling is normalised")
        << Observations{overall(1, "Requires Improvement", "2020-02-01")} << QDate()
        << "Requires improvement" << ri << iso("2020-02-01") << qint64(1) << QString() << QDate() << QString();
    QTest::newRow("case and spaces are normalised")
        << Observations{overall(1, "  GOOD ", "2020-02-01")} << QDate()
        << "Good" << good << iso("2020-02-01") << qint64(1) << QString() << QDate() << QString();

    QTest::newRow("inherited from a predecessor")
        << Observations{overall(1, "Good", "2016-02-01", QStringLiteral("RA1"))} << QDate()
        << "Good" << good << iso("2016-02-01") << qint64(1) << QString() << QDate() << "RA1";
    QTest::newRow("own rating replaces the inherited one")
        << Observations{overall(1, "Good", "2016-02-01", QStringLiteral("RA1")), overall(2, "Inadequate", "2019-02-01")}
        << QDate() << "Inadequate" << int(Grade::Inadequate) << iso("2019-02-01") << qint64(2) << QString() << QDate() << QString();
    QTest::newRow("inherited rating is still shown as of a date before the own one")
        << Observations{overall(1, "Good", "2016-02-01", QStringLiteral("Y")), overall(2, "Inadequate", "2019-02-01")}
        << iso("2018-01-01") << "Good" << good << iso("2016-02-01") << qint64(1) << QString() << QDate() << "Y";
}

void TestRatingGrid::providerCell()
{
    QFETCH(Observations, observations);
    QFETCH(QDate, asOf);
    const RatingGrid grid = RatingGrid::build(Subject::provider(QStringLiteral("P1")), {}, observations, asOf);
    QCOMPARE(grid.asOf(), asOf);
    const int row = grid.rowOf(ProviderRowKey);
    QCOMPARE(row, 0);
    const GridCell cell = grid.cell(row, KeyQuestion::Overall);

    QTEST(cell.rating.text(), "text");
    QTEST(int(cell.rating.grade()), "grade");
    QTEST(cell.date, "date");
    QTEST(cell.observationId, "observationId");
    QTEST(cell.laterNonGrade.text(), "laterNonGrade");
    QTEST(cell.laterNonGradeDate, "laterNonGradeDate");
    QTEST(cell.inheritedFrom, "inheritedFrom");
    QFETCH(QString, inheritedFrom);
    QCOMPARE(cell.isInherited(), !inheritedFrom.isEmpty());
    QFETCH(QString, text);
    QCOMPARE(cell.isEmpty(), text.isEmpty());
    // Only the Overall column was observed: the others stay empty.
    QVERIFY(grid.cell(row, KeyQuestion::Safe).isEmpty());
}

void TestRatingGrid::cellsKeepTheirOwnDates_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<KeyQuestion>("keyQuestion");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");

    // The 2020 inspection covered Effective only: Safe keeps its 2019 rating and date.
    QTest::newRow("Safe from 2019") << QDate() << KeyQuestion::Safe << "Requires improvement" << iso("2019-01-10");
    QTest::newRow("Effective from 2020") << QDate() << KeyQuestion::Effective << "Good" << iso("2020-07-03");
    QTest::newRow("Caring never rated") << QDate() << KeyQuestion::Caring << QString() << QDate();
    QTest::newRow("Effective as of 2019") << iso("2019-12-31") << KeyQuestion::Effective << "Requires improvement"
                                         << iso("2019-01-10");
    QTest::newRow("Safe as of 2019") << iso("2019-12-31") << KeyQuestion::Safe << "Requires improvement"
                                    << iso("2019-01-10");
}

void TestRatingGrid::cellsKeepTheirOwnDates()
{
    QFETCH(QDate, asOf);
    QFETCH(KeyQuestion, keyQuestion);
    const Observations observations = {
        observation(1, {}, {}, KeyQuestion::Safe, QStringLiteral("Requires improvement"), QStringLiteral("2019-01-10")),
        observation(2, {}, {}, KeyQuestion::Effective, QStringLiteral("Requires improvement"), QStringLiteral("2019-01-10")),
        observation(3, {}, {}, KeyQuestion::Effective, QStringLiteral("Good"), QStringLiteral("2020-07-03")),
    };
    const RatingGrid grid = RatingGrid::build(Subject::provider(QStringLiteral("P1")), {}, observations, asOf);
    const GridCell cell = grid.cell(grid.rowOf(ProviderRowKey), keyQuestion);
    QTEST(cell.rating.text(), "text");
    QTEST(cell.date, "date");
}

void TestRatingGrid::serviceAndLocationCells_data()
{
    QTest::addColumn<QString>("rowKey");
    QTest::addColumn<KeyQuestion>("keyQuestion");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");

    const auto key = [](const char *location, const char *service) {
        GridRow row;
        row.locationId = QString::fromLatin1(location);
        row.service = QString::fromLatin1(service);
        return row.key();
    };
    // The same key question in four rows: each row keeps its own history.
    QTest::newRow("provider row") << key("", "") << KeyQuestion::Overall << "Good" << iso("2020-01-01");
    QTest::newRow("trust-level service") << key("", "Community health services for adults") << KeyQuestion::Overall
                                         << "Outstanding" << iso("2019-01-01");
    QTest::newRow("location row") << key("L1", "") << KeyQuestion::Overall << "Inadequate" << iso("2018-01-01");
    QTest::newRow("service at a location") << key("L1", "Surgery") << KeyQuestion::Overall << "Requires improvement"
                                           << iso("2020-01-01");
    QTest::newRow("service at a location, other key question") << key("L1", "Surgery") << KeyQuestion::Caring
                                                               << "Good" << iso("2017-01-01");
    QTest::newRow("same service, other location") << key("L2", "Surgery") << KeyQuestion::Overall << "Good"
                                                  << iso("2016-01-01");
}

void TestRatingGrid::serviceAndLocationCells()
{
    QFETCH(QString, rowKey);
    QFETCH(KeyQuestion, keyQuestion);
    const QString community = QStringLiteral("Community health services for adults");
    const QString surgery = QStringLiteral("Surgery");
    const Observations observations = {
        observation(1, {}, {}, KeyQuestion::Overall, QStringLiteral("Good"), QStringLiteral("2020-01-01")),
        observation(2, {}, community, KeyQuestion::Overall, QStringLiteral("Outstanding"), QStringLiteral("2019-01-01")),
        observation(3, QStringLiteral("L1"), {}, KeyQuestion::Overall, QStringLiteral("Inadequate"), QStringLiteral("2018-01-01")),
        observation(4, QStringLiteral("L1"), surgery, KeyQuestion::Overall, QStringLiteral("Good"), QStringLiteral("2017-01-01")),
        observation(5, QStringLiteral("L1"), surgery, KeyQuestion::Caring, QStringLiteral("Good"), QStringLiteral("2017-01-01")),
        observation(6, QStringLiteral("L1"), surgery, KeyQuestion::Overall, QStringLiteral("Requires improvement"), QStringLiteral("2020-01-01")),
        observation(7, QStringLiteral("L2"), surgery, KeyQuestion::Overall, QStringLiteral("Good"), QStringLiteral("2016-01-01")),
    };
    const RatingGrid grid = RatingGrid::build(Subject::provider(QStringLiteral("P1")), {}, observations, QDate());
    const int row = grid.rowOf(rowKey);
    QVERIFY2(row >= 0, qPrintable(rowKey));
    QCOMPARE(grid.rows().at(row).key(), rowKey);
    const GridCell cell = grid.cell(row, keyQuestion);
    QTEST(cell.rating.text(), "text");
    QTEST(cell.date, "date");
}

// Grade, KeyQuestion and Change are known to Qt's meta-object system: their
// names come out of QMetaEnum, QVariant and qDebug().
void TestRatingGrid::domainEnumsAreRegistered()
{
    QCOMPARE(QMetaEnum::fromType<Grade>().valueToKey(int(Grade::RequiresImprovement)), "RequiresImprovement");
    QCOMPARE(QMetaEnum::fromType<KeyQuestion>().valueToKey(int(KeyQuestion::WellLed)), "WellLed");
    QCOMPARE(QMetaEnum::fromType<Change>().valueToKey(int(Change::NoLongerRated)), "NoLongerRated");
    QCOMPARE(QMetaEnum::fromType<Grade>().keyCount(), 6);
    QCOMPARE(QVariant::fromValue(Grade::Outstanding).toString(), QStringLiteral("Outstanding"));
    QString debug;
    QDebug(&debug) << KeyQuestion::UseOfResources;
    QVERIFY2(debug.contains(QLatin1String("UseOfResources")), qPrintable(debug));
}

QTEST_GUILESS_MAIN(TestRatingGrid)
#include "tst_ratinggrid.moc"
