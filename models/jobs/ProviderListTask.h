// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/ProviderSummary.h>
#include <storage/ConnectionFactory.h>

#include <QDate>
#include <QPromise>
#include <QStringList>
#include <QString>
#include <QVector>

class RatingStore;

// What the window's trust list needs from the database at start-up: the
// summaries, and whether the database is empty or holds only the sample
// (the window's notice and its empty-database text); and the choices the
// England view offers (read here too, so that no query runs on the GUI
// thread when that view is shown).
struct ProviderListOutcome
{
    QVector<ProviderSummary> summaries;
    QStringList regions;
    QVector<QDate> snapshotDates;
    bool empty = false;
    bool onlySample = false;
    QString error; // "" on success
};

// The trust list off the GUI thread, so that the window paints its first
// frame before the national list (25,000 providers) is read:
// QtConcurrent::run(&ProviderListTask::run, database). Its own connection,
// opened on the pool's thread.
namespace ProviderListTask {
void run(QPromise<ProviderListOutcome> &promise, const ConnectionFactory &database);
// The same, on the calling thread (the window's synchronous reload).
ProviderListOutcome runHere(const RatingStore &store);
} // namespace ProviderListTask

Q_DECLARE_METATYPE(ProviderListOutcome)
