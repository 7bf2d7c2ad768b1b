// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <jobs/PopulationSurveyTask.h>

#include <storage/Database.h>
#include <storage/RatingStore.h>

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <functional>

namespace PopulationSurveyTask {

namespace {

// The survey over the store; `next` is asked before each trust and returns
// false to stop (a cancelled view). With a `cache`, what it holds under the
// store's current data stamp is taken from it and what is read goes into it.
PopulationSurveyOutcome survey(const RatingStore &store, const SurveyRequest &request,
                               const std::shared_ptr<const SurveyCache> &previous, SurveyCache *cache,
                               const std::function<void(int total)> &started,
                               const std::function<bool(int done)> &next)
{
    PopulationSurveyOutcome outcome;
    outcome.request = request;
    PopulationSurvey survey(request);
    const auto readFailed = [&] {
        outcome.error = QCoreApplication::translate("PopulationSurveyTask", "Could not read the trusts' ratings: %1")
                            .arg(store.errorString());
    };
    if (cache) {
        // Read before the data: a later import then changes the stamp of the next survey.
        cache->stamp = store.dataStamp();
        cache->takeFrom(previous.get());
    }
    // The filter reads the trusts' records and locations, not their ratings:
    // the survey works those out from each trust's grids.
    QVector<ProviderSummary> summaries = cache ? cache->summaries : QVector<ProviderSummary>();
    if (summaries.isEmpty()) {
        summaries = store.providerSummaries(request.asOf, RatingStore::SummaryRatings::Omitted);
        if (!store.errorString().isEmpty()) {
            outcome.error = QCoreApplication::translate("PopulationSurveyTask", "Could not read the trust list: %1")
                                .arg(store.errorString());
            return outcome;
        }
        if (cache)
            cache->summaries = summaries;
    }
    QHash<QString, int> wanted;
    QSet<QString> ids;
    for (int i = 0; i < summaries.size(); ++i)
        if (survey.wants(summaries.at(i))) {
            wanted.insert(summaries.at(i).provider.id, i);
            ids.insert(summaries.at(i).provider.id);
        }
    // "What changed" alone (export changes) reads only the trusts whose
    // inputs moved between the dates: most of a month's 25,000 did not.
    if (request.changes && !request.distribution && !request.league) {
        QSet<QString> moved;
        if (!store.providersChangedBetween(request.from, request.to, &moved)) {
            readFailed();
            return outcome;
        }
        ids.intersect(moved);
    }
    started(ids.size());
    if (ids.isEmpty()) {
        outcome.result = survey.result();
        return outcome;
    }
    int done = 0;
    // With a cache, a population it can hold keeps each trust's grids too.
    const bool keep = cache && ids.size() <= SurveyCache::maxTrusts;
    const auto add = [&](const SubjectRatings &ratings) {
        if (!next(done)) {
            outcome.cancelled = true;
            return false;
        }
        const ProviderSummary &summary = summaries.at(wanted.value(ratings.providerId));
        if (keep) {
            TrustGrids grids(ratings, cache->grids.value(ratings.providerId));
            survey.add(summary, ratings, grids);
            cache->grids.insert(ratings.providerId, grids.used());
        } else {
            survey.add(summary, ratings);
        }
        ++done;
        return true;
    };
    bool completed = true;
    if (cache && cache->holdsAll(ids)) {
        // In ID order, as forEachProvider gives them: the tables' order.
        QStringList order(ids.cbegin(), ids.cend());
        order.sort();
        for (const QString &id : order)
            if (!add(cache->ratings.value(id))) {
                completed = false;
                break;
            }
    } else {
        if (keep)
            cache->makeRoomFor(ids.size());
        completed = store.forEachProvider(ids, [&](const SubjectRatings &ratings) {
            if (keep)
                cache->ratings.insert(ratings.providerId, ratings);
            return add(ratings);
        });
        if (!completed && !outcome.cancelled)
            readFailed();
    }
    if (completed)
        next(done);
    outcome.result = survey.result();
    return outcome;
}

} // namespace

void run(QPromise<PopulationSurveyOutcome> &promise, const ConnectionFactory &database, const SurveyRequest &request,
         const CancelToken &token, const std::shared_ptr<const SurveyCache> &previous)
{
    PopulationSurveyOutcome outcome;
    auto cache = std::make_shared<SurveyCache>();
    {
        const std::unique_ptr<Database> db = database.open();
        if (!db->isOpen()) {
            outcome.request = request;
            outcome.error = db->errorString();
        } else {
            outcome = survey(
                RatingStore(*db), request, previous, cache.get(), [&](int total) { promise.setProgressRange(0, total); },
                [&](int done) {
                    promise.setProgressValue(done);
                    return !token.isCancelled();
                });
        }
    }
    outcome.cache = std::move(cache);
    promise.addResult(outcome);
}

PopulationSurveyOutcome runHere(const RatingStore &store, const SurveyRequest &request)
{
    return survey(
        store, request, nullptr, nullptr, [](int) {}, [](int) { return true; });
}

} // namespace PopulationSurveyTask
