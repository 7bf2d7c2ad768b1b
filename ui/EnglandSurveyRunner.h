// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <jobs/CancelToken.h>
#include <jobs/PopulationSurveyTask.h>
#include <storage/ConnectionFactory.h>

#include <QFutureWatcher>
#include <QObject>

// Runs the England view's survey on a thread of the pool, the newest
// request only and one at a time: with none running a request starts at
// once; otherwise it cancels the running survey (whose result is dropped)
// and starts when that one has stopped, at its next trust. Requests made
// meanwhile (keystrokes in a date) replace each other, so a burst costs one
// survey, with no pause before the first. The window never waits for it;
// finished() brings the tables.
class EnglandSurveyRunner : public QObject
{
    Q_OBJECT
public:
    explicit EnglandSurveyRunner(ConnectionFactory database, QObject *parent = nullptr);
    ~EnglandSurveyRunner() override;

    // Starts `request` as soon as no survey runs, superseding any earlier one.
    void request(const SurveyRequest &request);
    // Whether a request is waiting or running.
    bool isBusy() const { return m_waiting || m_running; }

Q_SIGNALS:
    void started();
    // The newest request's tables (never a cancelled or superseded one).
    void finished(const PopulationSurveyOutcome &outcome);
    void failed(const QString &error);

private:
    void start();
    void onFinished(QFutureWatcher<PopulationSurveyOutcome> *watcher);

    ConnectionFactory m_database;
    SurveyRequest m_pending;
    bool m_waiting = false; // m_pending starts when the running survey stops
    CancelToken m_token;
    bool m_running = false;   // a survey has not finished yet, superseded or not
    // What the newest finished survey read: the next starts from it.
    std::shared_ptr<const SurveyCache> m_cache;
};
