// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "EnglandSurveyRunner.h"

#include <QtConcurrent>

EnglandSurveyRunner::EnglandSurveyRunner(ConnectionFactory database, QObject *parent)
    : QObject(parent), m_database(std::move(database))
{
    // Long enough to take a few keystrokes or arrow presses in one go,
    // short enough not to be noticed.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &EnglandSurveyRunner::start);
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
    m_debounce.start();
}

void EnglandSurveyRunner::start()
{
    m_token.cancel(); // the survey still running is out of date
    m_token = CancelToken();
    const quint64 generation = ++m_generation;
    auto *watcher = new QFutureWatcher<PopulationSurveyOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, generation] { onFinished(watcher, generation); });
    ++m_running;
    Q_EMIT started();
    watcher->setFuture(QtConcurrent::run(&PopulationSurveyTask::run, m_database, m_pending, m_token, m_cache));
}

void EnglandSurveyRunner::onFinished(QFutureWatcher<PopulationSurveyOutcome> *watcher, quint64 generation)
{
    --m_running;
    watcher->deleteLater();
    const QFuture<PopulationSurveyOutcome> future = watcher->future();
    const PopulationSurveyOutcome outcome =
        future.resultCount() > 0 ? future.result() : PopulationSurveyOutcome();
    // Even a superseded or cancelled survey's reads are good for the next.
    if (outcome.cache)
        m_cache = outcome.cache;
    if (generation != m_generation || m_debounce.isActive())
        return; // superseded: a newer request is waiting or running
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
