// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <jobs/PopulationSurveyTask.h>

#include <storage/Database.h>
#include <storage/RatingStore.h>

#include <QCoreApplication>

namespace PopulationSurveyTask {

namespace {

// `step` is told of each trust read and returns false to stop.
PopulationSurveyOutcome survey(const RatingStore &store, const SurveyRequest &request,
                               const std::function<bool(int done, int total)> &step)
{
    PopulationSurveyOutcome outcome;
    outcome.request = request;
    const QVector<ProviderSummary> summaries = store.providerSummaries(request.asOf);
    if (!store.errorString().isEmpty()) {
        outcome.error = QCoreApplication::translate("PopulationSurveyTask", "Could not read the trusts: %1")
                            .arg(store.errorString());
        return outcome;
    }
    PopulationSurvey survey(request);
    QHash<QString, const ProviderSummary *> chosen;
    for (const ProviderSummary &summary : summaries)
        if (survey.wants(summary))
            chosen.insert(summary.provider.id, &summary);
    if (chosen.isEmpty()) {
        outcome.result = survey.result();
        return outcome; // an empty population: the tables are empty, not an error
    }
    const QSet<QString> ids(chosen.keyBegin(), chosen.keyEnd());
    int done = 0;
    const bool finished = store.forEachProvider(ids, [&](const SubjectRatings &ratings) {
        survey.add(*chosen.value(ratings.providerId), ratings);
        return step(++done, int(ids.size()));
    });
    if (!finished && !store.errorString().isEmpty()) {
        outcome.error = QCoreApplication::translate("PopulationSurveyTask", "Could not read the ratings: %1")
                            .arg(store.errorString());
        return outcome;
    }
    outcome.cancelled = !finished;
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
            outcome = survey(RatingStore(*db), request, [&](int done, int total) {
                if (done == 1)
                    promise.setProgressRange(0, total);
                promise.setProgressValue(done);
                return !token.isCancelled();
            });
        }
    }
    promise.addResult(outcome);
}

PopulationSurveyOutcome runHere(const RatingStore &store, const SurveyRequest &request)
{
    return survey(store, request, [](int, int) { return true; });
}

} // namespace PopulationSurveyTask
