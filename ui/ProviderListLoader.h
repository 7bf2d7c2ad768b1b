// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <jobs/ProviderListTask.h>
#include <storage/ConnectionFactory.h>

#include <QObject>

// Reads the trust list on a worker connection (ProviderListTask) so that the
// window can paint before it arrives. A newer start() or a cancel()
// supersedes a read in flight: its outcome is dropped.
class ProviderListLoader : public QObject
{
    Q_OBJECT
public:
    explicit ProviderListLoader(ConnectionFactory database, QObject *parent = nullptr);
    // Waits for a read in flight: its connection must be closed before the
    // application (and Qt's SQL drivers) go.
    ~ProviderListLoader() override;

    void start();
    void cancel();
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    // The list, or outcome.error saying why there is none.
    void loaded(const ProviderListOutcome &outcome);

private:
    ConnectionFactory m_database;
    quint64 m_generation = 0;
    bool m_loading = false;
};
