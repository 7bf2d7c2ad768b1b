// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "EnglandSurveyRunner.h"

#include <QtConcurrent>

EnglandSurveyRunner::EnglandSurveyRunner(ConnectionFactory database, QObject *parent)
    : QObject(parent), m_database(std::move(database))
{
}

EnglandSurveyRunner::~EnglandSurveyRunner()
{
    // The running surveys stop at their next trust; their watchers (children)
    // go with this object and nothing waits for them here: each task owns
    // its connection and copies of what it reads.
    m_token.cancel();
}

void EnglandSurveyRunner::request(const SurveyRequest &request)
{
    m_pending = request;
    if (!m_running) {
        start();
        return;
    }
    // The survey running is out of date: it stops at its next trust and
    // onFinished starts the newest request.
    m_token.cancel();
    m_waiting = true;
}

void EnglandSurveyRunner::start()
{
    m_waiting = false;
    m_token = CancelToken();
    auto *watcher = new QFutureWatcher<PopulationSurveyOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] { onFinished(watcher); });
    m_running = true;
    Q_EMIT started();
    watcher->setFuture(QtConcurrent::run(&PopulationSurveyTask::run, m_database, m_pending, m_token, m_cache));
}

void EnglandSurveyRunner::onFinished(QFutureWatcher<PopulationSurveyOutcome> *watcher)
{
    m_running = false;
    watcher->deleteLater();
    const QFuture<PopulationSurveyOutcome> future = watcher->future();
    const PopulationSurveyOutcome outcome =
        future.resultCount() > 0 ? future.result() : PopulationSurveyOutcome();
    // Even a superseded or cancelled survey's reads are good for the next.
    if (outcome.cache)
        m_cache = outcome.cache;
    if (m_waiting) {
        start(); // superseded: the newest request, with what this one read
        return;
    }
    if (future.resultCount() == 0) {
        Q_EMIT failed(tr("The survey ended without a result."));
        return;
    }
    if (outcome.cancelled)
        return;
    if (!outcome.error.isEmpty())
        Q_EMIT failed(outcome.error);
    else
        Q_EMIT finished(outcome);
}
