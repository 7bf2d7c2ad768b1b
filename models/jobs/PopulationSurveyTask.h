// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/PopulationSurvey.h>
#include <jobs/CancelToken.h>
#include <jobs/SurveyCache.h>
#include <storage/ConnectionFactory.h>

#include <QPromise>
#include <QString>

#include <memory>

class RatingStore;

// What a survey gives back: its tables, or why there are none.
struct PopulationSurveyOutcome
{
    SurveyResult result;
    SurveyRequest request;
    QString error; // "" on success; "cancelled" is not an error: see cancelled
    bool cancelled = false;
    // What this survey read, for the next one's `previous` (never null
    // after run(); null from runHere).
    std::shared_ptr<const SurveyCache> cache;
};

// The England view's tables off the GUI thread: QtConcurrent::run(
// &PopulationSurveyTask::run, database, request, token). Its own
// connection, opened on the pool's thread; reads the provider summaries,
// picks the population, streams its trusts through PopulationSurvey;
// progress 0..number of trusts; stops between trusts when `token` is
// cancelled (a newer filter supersedes it). With `previous` read under the
// same data stamp, what it holds is not read again.
namespace PopulationSurveyTask {
void run(QPromise<PopulationSurveyOutcome> &promise, const ConnectionFactory &database, const SurveyRequest &request,
         const CancelToken &token, const std::shared_ptr<const SurveyCache> &previous);
// The same, on the calling thread, for the command line.
PopulationSurveyOutcome runHere(const RatingStore &store, const SurveyRequest &request);
} // namespace PopulationSurveyTask

Q_DECLARE_METATYPE(PopulationSurveyOutcome)
