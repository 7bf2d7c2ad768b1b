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
// false to stop (a cancelled view).
PopulationSurveyOutcome survey(const RatingStore &store, const SurveyRequest &request,
                               const std::function<void(int total)> &started,
                               const std::function<bool(int done)> &next)
{
    PopulationSurveyOutcome outcome;
    outcome.request = request;
    PopulationSurvey survey(request);
    // The filter reads the trusts' records and locations, not their ratings:
    // the survey works those out from each trust's grids.
    const QVector<ProviderSummary> summaries =
        store.providerSummaries(request.asOf, RatingStore::SummaryRatings::Omitted);
    if (!store.errorString().isEmpty()) {
        outcome.error = QCoreApplication::translate("PopulationSurveyTask", "Could not read the trust list: %1")
                            .arg(store.errorString());
        return outcome;
    }
    QHash<QString, int> wanted;
    QSet<QString> ids;
    for (int i = 0; i < summaries.size(); ++i)
        if (survey.wants(summaries.at(i))) {
            wanted.insert(summaries.at(i).provider.id, i);
            ids.insert(summaries.at(i).provider.id);
        }
    started(ids.size());
    if (ids.isEmpty()) {
        outcome.result = survey.result();
        return outcome;
    }
    int done = 0;
    const bool completed = store.forEachProvider(ids, [&](const SubjectRatings &ratings) {
        if (!next(done)) {
            outcome.cancelled = true;
            return false;
        }
        survey.add(summaries.at(wanted.value(ratings.providerId)), ratings);
        ++done;
        return true;
    });
    if (!completed && !outcome.cancelled)
        outcome.error = QCoreApplication::translate("PopulationSurveyTask", "Could not read the trusts' ratings: %1")
                            .arg(store.errorString());
    if (completed)
        next(done);
    outcome.result = survey.result();
    return outcome;
}

} // namespace

void run(QPromise<PopulationSurveyOutcome> &promise, const ConnectionFactory &database, const SurveyRequest &request,
         const CancelToken &token)
{
    PopulationSurveyOutcome outcome;
    {
        const std::unique_ptr<Database> db = database.open();
        if (!db->isOpen()) {
            outcome.request = request;
            outcome.error = db->errorString();
        } else {
            outcome = survey(
                RatingStore(*db), request, [&](int total) { promise.setProgressRange(0, total); },
                [&](int done) {
                    promise.setProgressValue(done);
                    return !token.isCancelled();
                });
        }
    }
    promise.addResult(outcome);
}

PopulationSurveyOutcome runHere(const RatingStore &store, const SurveyRequest &request)
{
    return survey(
        store, request, [](int) {}, [](int) { return true; });
}

} // namespace PopulationSurveyTask
