// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/PopulationSurvey.h>
#include <jobs/CancelToken.h>
#include <storage/ConnectionFactory.h>

#include <QPromise>
#include <QString>

class RatingStore;

// What a survey gives back: its tables, or why there are none.
struct PopulationSurveyOutcome
{
    SurveyResult result;
    SurveyRequest request;
    QString error; // "" on success; "cancelled" is not an error: see cancelled
    bool cancelled = false;
};

// The England view's tables off the GUI thread: QtConcurrent::run(
// &PopulationSurveyTask::run, database, request, token). Its own
// connection, opened on the pool's thread; reads the provider summaries,
// picks the population, streams its trusts through PopulationSurvey;
// progress 0..number of trusts; stops between trusts when `token` is
// cancelled (a newer filter supersedes it).
namespace PopulationSurveyTask {
void run(QPromise<PopulationSurveyOutcome> &promise, const ConnectionFactory &database, const SurveyRequest &request,
         const CancelToken &token);
// The same, on the calling thread, for the command line.
PopulationSurveyOutcome runHere(const RatingStore &store, const SurveyRequest &request);
} // namespace PopulationSurveyTask

Q_DECLARE_METATYPE(PopulationSurveyOutcome)
