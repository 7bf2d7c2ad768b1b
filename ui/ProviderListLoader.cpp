// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "ProviderListLoader.h"

#include <QFutureWatcher>
#include <QtConcurrent>

ProviderListLoader::ProviderListLoader(ConnectionFactory database, QObject *parent)
    : QObject(parent), m_database(std::move(database))
{}

ProviderListLoader::~ProviderListLoader()
{
    // A read cannot be stopped half-way (one SELECT); it takes a fraction
    // of a second. Closed before it ends, the window waits for it here.
    for (auto *watcher : findChildren<QFutureWatcher<ProviderListOutcome> *>(Qt::FindDirectChildrenOnly))
        watcher->waitForFinished();
}

void ProviderListLoader::start()
{
    const quint64 generation = ++m_generation;
    m_loading = true;
    // A child of the loader, which waits for it when it goes.
    auto *watcher = new QFutureWatcher<ProviderListOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // superseded
        m_loading = false;
        const QFuture<ProviderListOutcome> future = watcher->future();
        ProviderListOutcome outcome;
        if (future.resultCount() == 0)
            outcome.error = tr("The trust list could not be read.");
        else
            outcome = future.result();
        Q_EMIT loaded(outcome);
    });
    watcher->setFuture(QtConcurrent::run(&ProviderListTask::run, m_database));
}

void ProviderListLoader::cancel()
{
    ++m_generation;
    m_loading = false;
}
