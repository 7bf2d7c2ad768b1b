// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// PopulationSurveyTask on the pool's thread gives what runHere gives; a
// cancelled token stops it.
#include "TestDatabase.h"

#include <jobs/PopulationSurveyTask.h>
#include <storage/RatingStore.h>

#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent>
#include <QtTest>

// PopulationSurveyTask::run on the pool's thread, waited for.
static PopulationSurveyOutcome pooled(const TestDatabase &db, const SurveyRequest &rq, const CancelToken &token,
                                      const std::shared_ptr<const SurveyCache> &previous = nullptr)
{
    QFuture<PopulationSurveyOutcome> f =
        QtConcurrent::run(&PopulationSurveyTask::run, ConnectionFactory(db.path()), rq, token, previous);
    f.waitForFinished();
    return f.result();
}

class TestPopulationSurveyTask : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runEqualsRunHereAndCancels()
    {
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        SurveyRequest rq;
        rq.filter.nhsOnly = false;
        rq.distribution = rq.league = true;
        rq.level = PopulationLevel::Service;
        const PopulationSurveyOutcome here = PopulationSurveyTask::runHere(RatingStore(db.database()), rq);
        QVERIFY2(here.error.isEmpty(), qPrintable(here.error));
        QVERIFY(here.result.distribution.subjects > 0);
        CancelToken token;
        QFuture<PopulationSurveyOutcome> f =
            QtConcurrent::run(&PopulationSurveyTask::run, ConnectionFactory(db.path()), rq, token, nullptr);
        f.waitForFinished();
        const PopulationSurveyOutcome onPool = f.result();
        QVERIFY2(onPool.error.isEmpty(), qPrintable(onPool.error));
        QVERIFY(!onPool.cancelled);
        QCOMPARE(onPool.result.distribution.subjects, here.result.distribution.subjects);
        QCOMPARE(onPool.result.league.size(), here.result.league.size());
        for (KeyQuestion kq : RatingDistribution::keyQuestions())
            QCOMPARE(onPool.result.distribution.total(kq), here.result.distribution.total(kq));
        QCOMPARE(f.progressMaximum(), here.result.league.size());

        token.cancel();
        const PopulationSurveyOutcome cancelled = pooled(db, rq, token);
        QVERIFY(cancelled.cancelled);
        QVERIFY(cancelled.result.league.isEmpty());
    }

    // A survey given the previous one's cache takes the trusts from it while
    // the data stamp holds, and reads the database again once an import
    // changes the stamp. The ratings are deleted behind the stamp's back to
    // tell the two apart: only the cache still has them.
    void cacheServesUntilTheDataStampChanges()
    {
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        SurveyRequest rq;
        rq.filter.nhsOnly = false;
        rq.distribution = rq.league = true;
        const auto run = [&](const std::shared_ptr<const SurveyCache> &previous) {
            return pooled(db, rq, CancelToken(), previous);
        };
        const PopulationSurveyOutcome cold = run(nullptr);
        QVERIFY2(cold.error.isEmpty(), qPrintable(cold.error));
        QVERIFY(cold.cache);
        QVERIFY(!cold.cache->stamp.isEmpty());
        QCOMPARE(cold.cache->ratings.size(), cold.result.league.size());
        const int rated = cold.result.distribution.total(KeyQuestion::Overall);
        QVERIFY(rated > 0);

        QSqlQuery q(db.connection());
        QVERIFY2(q.exec(QStringLiteral("DELETE FROM quality_statements")), qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("DELETE FROM observations")), qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("DELETE FROM snapshots")), qPrintable(q.lastError().text()));
        const PopulationSurveyOutcome warm = run(cold.cache);
        QVERIFY2(warm.error.isEmpty(), qPrintable(warm.error));
        QCOMPARE(warm.cache->stamp, cold.cache->stamp);
        QCOMPARE(warm.result.distribution.total(KeyQuestion::Overall), rated);
        QCOMPARE(warm.result.league.size(), cold.result.league.size());
        for (int i = 0; i < cold.result.league.size(); ++i)
            QCOMPARE(warm.result.league.at(i).providerId, cold.result.league.at(i).providerId);

        QVERIFY2(q.exec(QStringLiteral("INSERT INTO imports (file_name, format, imported_at)"
                                       " VALUES ('next.csv', 'ratings-csv', '2099-01-01T00:00:00Z')")),
                 qPrintable(q.lastError().text()));
        const PopulationSurveyOutcome fresh = run(warm.cache);
        QVERIFY2(fresh.error.isEmpty(), qPrintable(fresh.error));
        QVERIFY(fresh.cache->stamp != cold.cache->stamp);
        QCOMPARE(fresh.result.distribution.total(KeyQuestion::Overall), 0);
    }

    // The grids a survey built are kept for the next one on the same dates:
    // a change of level (or type, or region) builds none. The cached grids
    // are emptied to tell the two apart: a survey that rebuilt them would
    // count the subjects; one that took them from the cache counts none.
    // Whatever the cache holds, a warm survey gives what a cold one gives.
    void gridsServeTheNextSurveyOnTheSameDates()
    {
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        SurveyRequest rq;
        rq.filter.nhsOnly = false;
        rq.distribution = rq.league = true;
        const PopulationSurveyOutcome cold = pooled(db, rq, CancelToken());
        QVERIFY2(cold.error.isEmpty(), qPrintable(cold.error));
        QCOMPARE(cold.cache->grids.size(), cold.cache->ratings.size());

        SurveyRequest byLocation = rq;
        byLocation.level = PopulationLevel::Location;
        const PopulationSurveyOutcome here = PopulationSurveyTask::runHere(RatingStore(db.database()), byLocation);
        QVERIFY(here.result.distribution.subjects > 0);
        const PopulationSurveyOutcome warm = pooled(db, byLocation, CancelToken(), cold.cache);
        QCOMPARE(warm.result.distribution.subjects, here.result.distribution.subjects);
        for (KeyQuestion kq : RatingDistribution::keyQuestions())
            QCOMPARE(warm.result.distribution.total(kq), here.result.distribution.total(kq));
        QCOMPARE(warm.result.league.size(), here.result.league.size());

        auto emptied = std::make_shared<SurveyCache>(*cold.cache);
        for (TrustGrids::ByInputs &grids : emptied->grids)
            for (RatingGrid &grid : grids)
                grid = RatingGrid();
        const PopulationSurveyOutcome fromCache = pooled(db, byLocation, CancelToken(), emptied);
        QCOMPARE(fromCache.result.distribution.subjects, 0);

        // Another date is another grid: built, not taken.
        SurveyRequest earlier = byLocation;
        earlier.asOf = QDate(2019, 1, 1);
        const PopulationSurveyOutcome earlierHere = PopulationSurveyTask::runHere(RatingStore(db.database()), earlier);
        QVERIFY(earlierHere.result.distribution.subjects > 0);
        const PopulationSurveyOutcome earlierWarm = pooled(db, earlier, CancelToken(), emptied);
        QCOMPARE(earlierWarm.result.distribution.subjects, earlierHere.result.distribution.subjects);
        for (KeyQuestion kq : RatingDistribution::keyQuestions())
            QCOMPARE(earlierWarm.result.distribution.total(kq), earlierHere.result.distribution.total(kq));
    }
};

QTEST_GUILESS_MAIN(TestPopulationSurveyTask)
#include "tst_populationsurveytask.moc"
