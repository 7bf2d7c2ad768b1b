// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// PopulationSurvey on ratings built in code: the changes between two
// current views, the distribution per level and the league table.
#include "CoreTestData.h"

#include <core/PopulationSurvey.h>

#include <QtTest>

namespace {

SnapshotCell cell(const QString &service, KeyQuestion kq, const QString &rating, const QString &date)
{
    return {service, kq, Rating::fromText(rating), QDate::fromString(date, Qt::ISODate)};
}

// P1: own Overall Good -> Outstanding, Safe RI -> Inadequate; Surgery rated
// in June, gone in July; Maternity new in July; Caring "Inspected but not
// rated" on both dates; location L1's Overall Good both times.
SubjectRatings trust()
{
    SubjectRatings r;
    r.subject = Subject::provider(QStringLiteral("P1"));
    r.name = QStringLiteral("Trust One");
    r.providerId = QStringLiteral("P1");
    LocationRecord l;
    l.id = QStringLiteral("L1");
    l.providerId = r.providerId;
    l.name = QStringLiteral("Location L1");
    r.locations = {l};
    SnapshotRecord june{r.providerId, QString(), QDate(2024, 6, 1), 1, QString(), {}};
    june.cells = {cell({}, KeyQuestion::Overall, "Good", "2020-01-01"),
                  cell({}, KeyQuestion::Safe, "Requires improvement", "2020-01-01"),
                  cell({}, KeyQuestion::Caring, "Inspected but not rated", "2020-01-01"),
                  cell("Surgery", KeyQuestion::Overall, "Good", "2020-01-01")};
    SnapshotRecord july{r.providerId, QString(), QDate(2024, 7, 1), 2, QString(), {}};
    july.cells = {cell({}, KeyQuestion::Overall, "Outstanding", "2024-06-20"),
                  cell({}, KeyQuestion::Safe, "Inadequate", "2024-06-20"),
                  cell({}, KeyQuestion::Caring, "Inspected but not rated", "2024-06-20"),
                  cell("Maternity", KeyQuestion::Overall, "Good", "2024-06-20")};
    SnapshotRecord locJune{r.providerId, QStringLiteral("L1"), QDate(2024, 6, 1), 1, QString(), {}};
    locJune.cells = {cell({}, KeyQuestion::Overall, "Good", "2019-01-01")};
    SnapshotRecord locJuly = locJune;
    locJuly.date = QDate(2024, 7, 1);
    r.snapshots = {june, locJune, july, locJuly};
    return r;
}

ProviderSummary summaryOf(const char *id, const char *category = "Acute hospital - NHS non-specialist")
{
    ProviderSummary s;
    s.provider.id = QString::fromLatin1(id);
    s.provider.type = QStringLiteral("NHS Healthcare Organisation");
    s.provider.inspectionCategory = QString::fromLatin1(category);
    s.provider.region = QStringLiteral("London");
    return s;
}

QStringList describe(const QVector<ChangeFeedEntry> &changes)
{
    QStringList out;
    for (const ChangeFeedEntry &c : changes)
        out << c.providerId + QLatin1Char('|') + describeDiff({c.entry}).join(QString());
    return out;
}

} // namespace

class TestPopulationSurvey : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void changesEveryLevel()
    {
        SurveyRequest rq;
        rq.changes = true;
        rq.from = QDate(2024, 6, 1);
        rq.to = QDate(2024, 7, 1);
        PopulationSurvey survey(rq);
        survey.add(summaryOf("P1"), trust());
        // The same non-grade twice (Caring) and the unchanged location are left out.
        QCOMPARE(describe(survey.result().changes),
                 (QStringList{QStringLiteral("P1|||Safe|declined"), QStringLiteral("P1|||Overall|improved"),
                              QStringLiteral("P1||Maternity|Overall|new"),
                              QStringLiteral("P1||Surgery|Overall|no longer rated")}));
        QCOMPARE(survey.result().changes.first().providerName, QStringLiteral("Trust One"));
    }

    void changesOfOneLevel()
    {
        SurveyRequest rq;
        rq.changes = true;
        rq.levelGiven = true;
        rq.level = PopulationLevel::Service;
        rq.from = QDate(2024, 6, 1);
        rq.to = QDate(2024, 7, 1);
        PopulationSurvey survey(rq);
        survey.add(summaryOf("P1"), trust());
        QCOMPARE(describe(survey.result().changes),
                 (QStringList{QStringLiteral("P1||Maternity|Overall|new"),
                              QStringLiteral("P1||Surgery|Overall|no longer rated")}));
    }

    void distributionPerLevel()
    {
        SurveyRequest rq;
        rq.distribution = true;
        rq.level = PopulationLevel::Provider;
        rq.earlier = QDate(2024, 6, 1);
        PopulationSurvey survey(rq);
        survey.add(summaryOf("P1"), trust());
        const RatingDistribution &d = survey.result().distribution;
        QCOMPARE(d.subjects, 1);
        QCOMPARE(d.total(KeyQuestion::Overall), 1);
        QCOMPARE(d.share(KeyQuestion::Overall, Rating::fromText(QStringLiteral("Outstanding"))), 100.0);
        const RatingDistribution &e = survey.result().earlierDistribution;
        QCOMPARE(e.subjects, 1);
        QCOMPARE(e.share(KeyQuestion::Overall, Rating::fromText(QStringLiteral("Good"))), 100.0);

        rq.level = PopulationLevel::Location;
        PopulationSurvey locations(rq);
        locations.add(summaryOf("P1"), trust());
        QCOMPARE(locations.result().distribution.subjects, 1);
        QCOMPARE(locations.result().distribution.total(KeyQuestion::Safe), 0);
    }

    void leagueRows()
    {
        SurveyRequest rq;
        rq.league = true;
        PopulationSurvey survey(rq);
        survey.add(summaryOf("P1"), trust());
        QCOMPARE(survey.result().league.size(), 1);
        const LeagueRow &row = survey.result().league.first();
        QCOMPARE(row.providerId, QStringLiteral("P1"));
        QCOMPARE(row.type, TrustType::Acute);
        QCOMPARE(row.region, QStringLiteral("London"));
        QCOMPARE(row.cells.value(KeyQuestion::Overall).rating.text(), QStringLiteral("Outstanding"));
        QVERIFY(!row.cells.contains(KeyQuestion::Effective));

        rq.level = PopulationLevel::Location;
        PopulationSurvey locations(rq);
        locations.add(summaryOf("P1"), trust());
        QCOMPARE(locations.result().league.size(), 1);
        QCOMPARE(locations.result().league.first().subjectId(), QStringLiteral("L1"));
    }

    void filterAccepts()
    {
        PopulationFilter f;
        ProviderSummary s = summaryOf("P1");
        QVERIFY(f.accepts(s));
        f.region = QStringLiteral("lONDON");
        QVERIFY(f.accepts(s));
        f.type = TrustType::Ambulance;
        QVERIFY(!f.accepts(s));
        f.type.reset();
        f.providerIds = {QStringLiteral("P2")};
        QVERIFY(!f.accepts(s));
        f.providerIds.clear();
        s.provider.type = QStringLiteral("Social Care Org");
        QVERIFY(!f.accepts(s));
    }
};

QTEST_GUILESS_MAIN(TestPopulationSurvey)
#include "tst_populationsurvey.moc"
