// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// RatingGrid::build: what each cell of a grid shows "as of" a date
// (DESIGN.md section 2), and how the rows and columns are laid out.
// Observations are built in memory with observation() from TestDatabase.h,
// so every case states exactly the facts it is about.

#include <core/GridDiff.h>
#include <core/RatingGrid.h>
#include "TestDatabase.h"

#include <QtTest>

using Observations = QVector<ObservationRecord>;
Q_DECLARE_METATYPE(ObservationRecord)
Q_DECLARE_METATYPE(KeyQuestion)
Q_DECLARE_METATYPE(Subject)
Q_DECLARE_METATYPE(LocationRecord)

static QDate iso(const char *text) { return QDate::fromString(QLatin1String(text), Qt::ISODate); }

// The provider's own Overall rating: the cell most cases below are about.
static ObservationRecord overall(qint64 id, const char *rating, const char *date, const QString &inheritedFrom = {})
{
    return observation(id, QString(), QString(), KeyQuestion::Overall, QString::fromUtf8(rating),
                       QString::fromLatin1(date), inheritedFrom);
}

static const QString ProviderRowKey = GridRow().key();

// "level|locationId|locationName|service" per row, to compare layouts in one QCOMPARE.
static QStringList layout(const RatingGrid &grid)
{
    QStringList out;
    for (const GridRow &row : grid.rows())
        out << QStringLiteral("%1|%2|%3|%4")
                   .arg(row.level == GridRow::Level::Provider ? QStringLiteral("P") : QStringLiteral("L"),
                        row.locationId, row.locationName, row.service);
    return out;
}

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
    void rowLayout_data();
    void rowLayout();
    void rowKeysFindRows();
    void extraColumns_data();
    void extraColumns();
    void reportDates_data();
    void reportDates();
    void currentView_data();
    void currentView();
    void currentViewRows();
};

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

void TestRatingGrid::rowLayout_data()
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

void TestRatingGrid::rowLayout()
{
    QFETCH(Subject, subject);
    QFETCH(QVector<LocationRecord>, locations);
    QFETCH(Observations, observations);
    const RatingGrid grid = RatingGrid::build(subject, locations, observations, QDate());
    QCOMPARE(grid.subject(), subject);
    QTEST(layout(grid), "rows");
}

void TestRatingGrid::rowKeysFindRows()
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

void TestRatingGrid::extraColumns_data()
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

void TestRatingGrid::extraColumns()
{
    QFETCH(Observations, observations);
    QFETCH(QDate, asOf);
    const RatingGrid grid = RatingGrid::build(Subject::provider(QStringLiteral("P1")), {}, observations, asOf);
    QTEST(grid.columns(), "columns");
}

void TestRatingGrid::reportDates_data()
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

void TestRatingGrid::reportDates()
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

// DESIGN.md section 2: the grid as of D starts from the latest current
// view by D, exactly as listed; report history after it is laid over it.
void TestRatingGrid::currentView_data()
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

void TestRatingGrid::currentView()
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
void TestRatingGrid::currentViewRows()
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

QTEST_GUILESS_MAIN(TestRatingGrid)
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

#include "tst_ratinggrid.moc"
