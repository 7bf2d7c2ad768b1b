// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// PopulationSurveyTask on the pool's thread gives what runHere gives; a
// cancelled token stops it.
#include "TestDatabase.h"

#include <importing/Importer.h>
#include <jobs/PopulationSurveyTask.h>
#include <storage/RatingStore.h>

#include <QProcess>
#include <QSqlError>
#include <QTemporaryDir>
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

    // "What changed" alone reads only the providers whose inputs moved
    // between the two months (RatingStore::providersChangedBetween), and
    // lists exactly what the full survey (with the league, which reads
    // every trust) lists: on trgen's two months, a fifth re-rated.
    void changesAloneReadOnlyTheProvidersThatMoved()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        const QStringList common{QStringLiteral("--out"), data.path(), QStringLiteral("--providers"),
                                 QStringLiteral("300"), QStringLiteral("--locations"), QStringLiteral("600"),
                                 QStringLiteral("--change-percent"), QStringLiteral("20"), QStringLiteral("--formats"),
                                 QStringLiteral("csv")};
        for (const QString &month : {QStringLiteral("1"), QStringLiteral("2")}) {
            QProcess p;
            p.start(QStringLiteral(TR_TRGEN), common + QStringList{QStringLiteral("--month"), month});
            QVERIFY2(p.waitForFinished(300000), "trgen did not finish");
            QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, p.readAllStandardError().constData());
        }
        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        for (const QString &date : {QStringLiteral("01_October_2026"), QStringLiteral("01_November_2026")})
            for (const QString &sheet : {QStringLiteral("Providers"), QStringLiteral("Locations")}) {
                const ImportResult r = Importer(db.database())
                                           .importFile(data.filePath(date + QStringLiteral("_Latest_ratings_") + sheet
                                                                     + QStringLiteral(".csv")));
                QVERIFY2(r.ok, qPrintable(r.error));
            }
        const RatingStore store(db.database());
        const QDate from(2026, 10, 1), to(2026, 11, 1);
        QSet<QString> moved;
        QVERIFY2(store.providersChangedBetween(from, to, &moved), qPrintable(store.errorString()));
        // Month 2 re-rates a fifth; the views of the others are month 1's again.
        const qsizetype providers = store.providerSummaries({}, RatingStore::SummaryRatings::Omitted).size();
        QVERIFY(!moved.isEmpty());
        QVERIFY2(moved.size() < providers, qPrintable(QStringLiteral("%1 of %2").arg(moved.size()).arg(providers)));

        // Between the two views, and from a day that is no view's (whose
        // reports since month 1's view show then but not under month 2's).
        for (const QDate &start : {from, from.addDays(14)}) {
            SurveyRequest changesOnly;
            changesOnly.filter.nhsOnly = false;
            changesOnly.changes = true;
            changesOnly.from = start;
            changesOnly.to = to;
            SurveyRequest everything = changesOnly;
            everything.league = true;
            QVERIFY(store.providersChangedBetween(start, to, &moved));
            const PopulationSurveyOutcome narrow = PopulationSurveyTask::runHere(store, changesOnly);
            const PopulationSurveyOutcome full = PopulationSurveyTask::runHere(store, everything);
            QVERIFY2(narrow.error.isEmpty() && full.error.isEmpty(), qPrintable(narrow.error + full.error));
            QVERIFY(!full.result.changes.isEmpty());
            QCOMPARE(narrow.result.changes.size(), full.result.changes.size());
            for (int i = 0; i < full.result.changes.size(); ++i) {
                const ChangeFeedEntry &a = narrow.result.changes.at(i), &b = full.result.changes.at(i);
                QCOMPARE(a.providerId, b.providerId);
                QCOMPARE(a.entry.row.locationId, b.entry.row.locationId);
                QCOMPARE(a.entry.row.service, b.entry.row.service);
                QCOMPARE(a.entry.keyQuestion, b.entry.keyQuestion);
                QCOMPARE(a.entry.previous.rating.text(), b.entry.previous.rating.text());
                QCOMPARE(a.entry.current.rating.text(), b.entry.current.rating.text());
                QCOMPARE(a.entry.change, b.entry.change);
                QVERIFY(moved.contains(a.providerId));
            }
        }
    }

    // A change that only CQC's view shows: month 2 is month 1 again, but
    // one location's Surgery is no longer listed (no new report). Exactly
    // that trust moved, and what changed says "no longer rated" for it.
    void aViewOnlyChangeCountsAsMoved()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        QProcess p;
        p.start(QStringLiteral(TR_TRGEN), {QStringLiteral("--out"), data.path(), QStringLiteral("--providers"),
                                          QStringLiteral("100"), QStringLiteral("--locations"), QStringLiteral("200"),
                                          QStringLiteral("--formats"), QStringLiteral("csv"), QStringLiteral("--month"),
                                          QStringLiteral("1")});
        QVERIFY2(p.waitForFinished(300000) && p.exitCode() == 0, p.readAllStandardError().constData());
        const auto sheet = [&](const QString &month, const QString &name) {
            return data.filePath(QStringLiteral("01_%1_2026_Latest_ratings_%2.csv").arg(month, name));
        };
        QFile locations(sheet(QStringLiteral("October"), QStringLiteral("Locations")));
        QVERIFY(locations.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = locations.readAll().split('\n');
        QByteArray dropped; // "LOCATION-ID," of the first location with a Surgery row
        QByteArray month2;
        int removed = 0;
        for (const QByteArray &line : lines) {
            if (dropped.isEmpty() && line.contains(",Surgery,"))
                dropped = line.left(line.indexOf(',') + 1);
            if (!dropped.isEmpty() && line.startsWith(dropped) && line.contains(",Surgery,")) {
                ++removed;
                continue;
            }
            month2 += line + '\n';
        }
        month2.chop(1);
        QVERIFY(removed > 0);
        QFile out(sheet(QStringLiteral("November"), QStringLiteral("Locations")));
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(month2) == month2.size());
        out.close();
        QVERIFY(QFile::copy(sheet(QStringLiteral("October"), QStringLiteral("Providers")),
                            sheet(QStringLiteral("November"), QStringLiteral("Providers"))));

        TestDatabase db(TestDatabase::Empty);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        for (const QString &month : {QStringLiteral("October"), QStringLiteral("November")})
            for (const QString &name : {QStringLiteral("Providers"), QStringLiteral("Locations")}) {
                const ImportResult r = Importer(db.database()).importFile(sheet(month, name));
                QVERIFY2(r.ok, qPrintable(r.error));
            }
        const RatingStore store(db.database());
        LocationRecord location;
        QVERIFY(store.location(QString::fromLatin1(dropped.chopped(1)), &location));
        const QDate from(2026, 10, 1), to(2026, 11, 1);
        QSet<QString> moved;
        QVERIFY2(store.providersChangedBetween(from, to, &moved), qPrintable(store.errorString()));
        QCOMPARE(moved, QSet<QString>{location.providerId});

        SurveyRequest changesOnly;
        changesOnly.filter.nhsOnly = false;
        changesOnly.changes = true;
        changesOnly.from = from;
        changesOnly.to = to;
        const PopulationSurveyOutcome narrow = PopulationSurveyTask::runHere(store, changesOnly);
        QVERIFY2(narrow.error.isEmpty(), qPrintable(narrow.error));
        QCOMPARE(narrow.result.changes.size(), removed);
        for (const ChangeFeedEntry &e : narrow.result.changes) {
            QCOMPARE(e.providerId, location.providerId);
            QCOMPARE(e.entry.row.service, QStringLiteral("Surgery"));
            QCOMPARE(e.entry.change, Change::NoLongerRated);
        }
    }
};

QTEST_GUILESS_MAIN(TestPopulationSurveyTask)
#include "tst_populationsurveytask.moc"
