// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// RatingGrid::build: how the rows and columns of a grid are laid out, how
// row keys find rows, and the subject's own report dates. Observations are
// built in memory (GridTestData.h).

#include <core/RatingGrid.h>
#include "GridTestData.h"

#include <QtTest>

class TestGridLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowLayout_data();
    void rowLayout();
    void rowKeysFindRows();
    void extraColumns_data();
    void extraColumns();
    void reportDates_data();
    void reportDates();
};

void TestGridLayout::rowLayout_data()
{
    QTest::addColumn<Subject>("subject");
    QTest::addColumn<QVector<LocationRecord>>("locations");
    QTest::addColumn<Observations>("observations");
    QTest::addColumn<QStringList>("rows");

    LocationRecord zeta;
    zeta.id = QStringLiteral("L1");
    zeta.providerId = QStringLiteral("P1");
    zeta.name = QStringLiteral("Zeta General Hospital");
    LocationRecord alpha;
    alpha.id = QStringLiteral("L9");
    alpha.providerId = QStringLiteral("P1");
    alpha.name = QStringLiteral("Alpha Hospital");
    LocationRecord unrated;
    unrated.id = QStringLiteral("L5");
    unrated.providerId = QStringLiteral("P1");
    unrated.name = QStringLiteral("Middle Clinic");

    const auto obs = [](qint64 id, const char *location, const char *service) {
        return observation(id, QString::fromLatin1(location), QString::fromLatin1(service), KeyQuestion::Overall,
                           QStringLiteral("Good"), QStringLiteral("2020-01-01"));
    };
    // Services listed out of order on purpose: the grid orders them as CQC's reports do
    // (Urgent and emergency, ..., Surgery, Critical care, Maternity), then by name.
    const Observations acute = {
        obs(1, "L1", "Maternity"), obs(2, "L1", "Urgent and emergency services"), obs(3, "L9", "Surgery"),
        obs(4, "L1", "Surgery"), obs(5, "", ""), obs(6, "L1", ""), obs(7, "L9", "Critical care"),
        obs(8, "L1", "Critical care"),
    };
    QTest::newRow("acute trust: locations by name, each followed by its services")
        << Subject::provider(QStringLiteral("P1")) << QVector<LocationRecord>{zeta, unrated, alpha} << acute
        << QStringList{
               "P|||",
               "L|L9|Alpha Hospital|",
               "L|L9|Alpha Hospital|Surgery",
               "L|L9|Alpha Hospital|Critical care",
               "L|L5|Middle Clinic|",
               "L|L1|Zeta General Hospital|",
               "L|L1|Zeta General Hospital|Urgent and emergency services",
               "L|L1|Zeta General Hospital|Surgery",
               "L|L1|Zeta General Hospital|Critical care",
               "L|L1|Zeta General Hospital|Maternity",
           };

    // Mental health trusts: services rated at trust level, no location tier.
    const Observations mentalHealth = {
        obs(1, "", "Wards for older people with mental health problems"),
        obs(2, "", "Acute wards for adults of working age and psychiatric intensive care units"),
        obs(3, "", ""),
        obs(4, "", "Community-based mental health services for adults of working age"),
    };
    QTest::newRow("mental health trust: trust-level services straight after the provider row")
        << Subject::provider(QStringLiteral("P1")) << QVector<LocationRecord>{} << mentalHealth
        << QStringList{
               "P|||",
               "P|||Acute wards for adults of working age and psychiatric intensive care units",
               "P|||Community-based mental health services for adults of working age",
               "P|||Wards for older people with mental health problems",
           };

    QTest::newRow("trust-level services come before the locations")
        << Subject::provider(QStringLiteral("P1")) << QVector<LocationRecord>{alpha}
        << Observations{obs(1, "L9", "Surgery"), obs(2, "", "Ambulance services")}
        << QStringList{"P|||", "P|||Ambulance services", "L|L9|Alpha Hospital|", "L|L9|Alpha Hospital|Surgery"};

    // A location the store did not list (say, deregistered) is named from its observations.
    QTest::newRow("location known only from its observations")
        << Subject::provider(QStringLiteral("P1")) << QVector<LocationRecord>{zeta}
        << Observations{obs(1, "L3", "")}
        << QStringList{"P|||", "L|L3|Location L3|", "L|L1|Zeta General Hospital|"};

    QTest::newRow("no observations: the provider row and the known locations")
        << Subject::provider(QStringLiteral("P1")) << QVector<LocationRecord>{zeta, alpha} << Observations{}
        << QStringList{"P|||", "L|L9|Alpha Hospital|", "L|L1|Zeta General Hospital|"};

    QTest::newRow("location subject: its own row and services, nothing else")
        << Subject::location(QStringLiteral("L1")) << QVector<LocationRecord>{zeta} << acute
        << QStringList{
               "L|L1|Zeta General Hospital|",
               "L|L1|Zeta General Hospital|Urgent and emergency services",
               "L|L1|Zeta General Hospital|Surgery",
               "L|L1|Zeta General Hospital|Critical care",
               "L|L1|Zeta General Hospital|Maternity",
           };
}

void TestGridLayout::rowLayout()
{
    QFETCH(Subject, subject);
    QFETCH(QVector<LocationRecord>, locations);
    QFETCH(Observations, observations);
    const RatingGrid grid = RatingGrid::build(subject, locations, observations, QDate());
    QCOMPARE(grid.subject(), subject);
    QTEST(layout(grid), "rows");
}

void TestGridLayout::rowKeysFindRows()
{
    LocationRecord l;
    l.id = QStringLiteral("L1");
    l.name = QStringLiteral("A Hospital");
    const RatingGrid grid = RatingGrid::build(
        Subject::provider(QStringLiteral("P1")), {l},
        {observation(1, QStringLiteral("L1"), QStringLiteral("Surgery"), KeyQuestion::Safe, QStringLiteral("Good"),
                     QStringLiteral("2020-01-01"))},
        QDate());
    for (int i = 0; i < grid.rows().size(); ++i)
        QCOMPARE(grid.rowOf(grid.rows().at(i).key()), i);
    QCOMPARE(grid.rowOf(QStringLiteral("nothing")), -1);
    // Out of range rows give an empty cell rather than crashing.
    QVERIFY(grid.cell(-1, KeyQuestion::Safe).isEmpty());
    QVERIFY(grid.cell(grid.rows().size(), KeyQuestion::Safe).isEmpty());
    QCOMPARE(grid.cell(grid.rows().size() - 1, KeyQuestion::Safe).rating.text(), QStringLiteral("Good"));
}

void TestGridLayout::extraColumns_data()
{
    QTest::addColumn<Observations>("observations");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<QList<KeyQuestion>>("columns");

    const QList<KeyQuestion> standard = KeyQuestions::standard();
    const auto obs = [](qint64 id, KeyQuestion kq, const char *date) {
        return observation(id, {}, {}, kq, QStringLiteral("Good"), QString::fromLatin1(date));
    };
    QTest::newRow("standard columns only") << Observations{obs(1, KeyQuestion::Safe, "2020-01-01")} << QDate()
                                           << standard;
    QTest::newRow("no observations at all") << Observations{} << QDate() << standard;
    QTest::newRow("use of resources observed")
        << Observations{obs(1, KeyQuestion::UseOfResources, "2020-01-01")} << QDate()
        << (QList<KeyQuestion>(standard) << KeyQuestion::UseOfResources);
    QTest::newRow("combined observed")
        << Observations{obs(1, KeyQuestion::Combined, "2020-01-01")} << QDate()
        << (QList<KeyQuestion>(standard) << KeyQuestion::Combined);
    QTest::newRow("both, combined seen first, still in enum order")
        << Observations{obs(1, KeyQuestion::Combined, "2019-01-01"), obs(2, KeyQuestion::UseOfResources, "2020-01-01")}
        << QDate() << (QList<KeyQuestion>(standard) << KeyQuestion::UseOfResources << KeyQuestion::Combined);
    QTest::newRow("observed only after the as-of date")
        << Observations{obs(1, KeyQuestion::Safe, "2019-01-01"), obs(2, KeyQuestion::UseOfResources, "2020-01-01")}
        << iso("2019-06-01") << standard;
    QTest::newRow("observed on a location row")
        << Observations{observation(1, QStringLiteral("L1"), {}, KeyQuestion::UseOfResources, QStringLiteral("Good"),
                                    QStringLiteral("2020-01-01"))}
        << QDate() << (QList<KeyQuestion>(standard) << KeyQuestion::UseOfResources);
}

void TestGridLayout::extraColumns()
{
    QFETCH(Observations, observations);
    QFETCH(QDate, asOf);
    const RatingGrid grid = RatingGrid::build(Subject::provider(QStringLiteral("P1")), {}, observations, asOf);
    QTEST(grid.columns(), "columns");
}

void TestGridLayout::reportDates_data()
{
    QTest::addColumn<Subject>("subject");
    QTest::addColumn<QVector<QDate>>("dates");

    // The provider's own dates come from its own row and its trust-level
    // services, never from its locations' reports.
    QTest::newRow("provider") << Subject::provider(QStringLiteral("P1"))
                              << QVector<QDate>{iso("2017-08-01"), iso("2019-01-10"), iso("2020-07-03")};
    QTest::newRow("location") << Subject::location(QStringLiteral("L1"))
                              << QVector<QDate>{iso("2016-01-01"), iso("2019-01-10")};
    QTest::newRow("location with nothing") << Subject::location(QStringLiteral("L7")) << QVector<QDate>{};
}

void TestGridLayout::reportDates()
{
    QFETCH(Subject, subject);
    const Observations observations = {
        observation(9, {}, {}, KeyQuestion::Safe, QStringLiteral("Good"), QStringLiteral("2020-07-03")),
        observation(1, {}, {}, KeyQuestion::Safe, QStringLiteral("Good"), QStringLiteral("2019-01-10")),
        observation(2, {}, {}, KeyQuestion::Overall, QStringLiteral("Good"), QStringLiteral("2019-01-10")),
        observation(3, {}, QStringLiteral("Ambulance services"), KeyQuestion::Overall, QStringLiteral("Not rated"),
                    QStringLiteral("2017-08-01")),
        observation(4, QStringLiteral("L1"), {}, KeyQuestion::Overall, QStringLiteral("Good"), QStringLiteral("2016-01-01")),
        observation(5, QStringLiteral("L1"), QStringLiteral("Surgery"), KeyQuestion::Overall, QStringLiteral("Good"),
                    QStringLiteral("2019-01-10")),
        observation(6, QStringLiteral("L2"), {}, KeyQuestion::Overall, QStringLiteral("Good"), QStringLiteral("2021-01-01")),
    };
    QTEST(RatingGrid::reportDates(subject, observations), "dates");
}

QTEST_GUILESS_MAIN(TestGridLayout)
#include "tst_gridlayout.moc"
