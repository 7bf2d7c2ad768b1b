// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <jobs/CancelToken.h>
#include <jobs/PopulationSurveyTask.h>
#include <storage/ConnectionFactory.h>

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

// Runs the England view's survey on a thread of the pool, the newest
// request only: a request waits ~150 ms for the next keystroke, then
// cancels the survey still running (its result is dropped) and starts its
// own. The window never waits for it; finished() brings the tables.
class EnglandSurveyRunner : public QObject
{
    Q_OBJECT
public:
    explicit EnglandSurveyRunner(ConnectionFactory database, QObject *parent = nullptr);
    ~EnglandSurveyRunner() override;

    // Starts `request` after the pause, superseding any earlier one.
    void request(const SurveyRequest &request);
    // Whether a request is waiting or running.
    bool isBusy() const { return m_debounce.isActive() || m_running > 0; }
    int debounceMs() const { return m_debounce.interval(); }

Q_SIGNALS:
    void started();
    // The newest request's tables (never a cancelled or superseded one).
    void finished(const PopulationSurveyOutcome &outcome);
    void failed(const QString &error);

private:
    void start();
    void onFinished(QFutureWatcher<PopulationSurveyOutcome> *watcher, quint64 generation);

    ConnectionFactory m_database;
    QTimer m_debounce;
    SurveyRequest m_pending;
    CancelToken m_token;
    quint64 m_generation = 0; // of the newest survey started
    int m_running = 0;        // surveys not finished yet, superseded ones too
    // What the newest finished survey read: the next starts from it.
    std::shared_ptr<const SurveyCache> m_cache;
};
