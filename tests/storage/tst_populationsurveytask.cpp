// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// PopulationSurveyTask on the pool's thread gives what runHere gives; a
// cancelled token stops it.
#include "TestDatabase.h"

#include <jobs/PopulationSurveyTask.h>
#include <storage/RatingStore.h>

#include <QtConcurrent>
#include <QtTest>

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
            QtConcurrent::run(&PopulationSurveyTask::run, ConnectionFactory(db.path()), rq, token);
        f.waitForFinished();
        const PopulationSurveyOutcome pooled = f.result();
        QVERIFY2(pooled.error.isEmpty(), qPrintable(pooled.error));
        QVERIFY(!pooled.cancelled);
        QCOMPARE(pooled.result.distribution.subjects, here.result.distribution.subjects);
        QCOMPARE(pooled.result.league.size(), here.result.league.size());
        for (KeyQuestion kq : RatingDistribution::keyQuestions())
            QCOMPARE(pooled.result.distribution.total(kq), here.result.distribution.total(kq));
        QCOMPARE(f.progressMaximum(), here.result.league.size());

        token.cancel();
        QFuture<PopulationSurveyOutcome> c =
            QtConcurrent::run(&PopulationSurveyTask::run, ConnectionFactory(db.path()), rq, token);
        c.waitForFinished();
        QVERIFY(c.result().cancelled);
        QVERIFY(c.result().result.league.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPopulationSurveyTask)
#include "tst_populationsurveytask.moc"
