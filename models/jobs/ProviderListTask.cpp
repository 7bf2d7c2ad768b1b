// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <jobs/ProviderListTask.h>

#include <storage/Database.h>
#include <storage/RatingStore.h>

#include <QCoreApplication>

namespace ProviderListTask {

void run(QPromise<ProviderListOutcome> &promise, const ConnectionFactory &database)
{
    ProviderListOutcome outcome;
    {
        const std::unique_ptr<Database> db = database.open();
        if (!db->isOpen())
            outcome.error = QCoreApplication::translate("ProviderListTask", "Could not read the trust list: %1")
                                .arg(db->errorString());
        else
            outcome = runHere(RatingStore(*db));
    }
    promise.addResult(outcome);
}

ProviderListOutcome runHere(const RatingStore &store)
{
    ProviderListOutcome outcome;
    outcome.summaries = store.providerSummaries();
    outcome.empty = outcome.summaries.isEmpty() && store.isEmpty();
    outcome.onlySample = !outcome.summaries.isEmpty() && store.holdsOnlySample();
    outcome.regions = store.regions();
    outcome.snapshotDates = store.snapshotDates();
    if (!store.errorString().isEmpty()) {
        outcome = {};
        outcome.error = QCoreApplication::translate("ProviderListTask", "Could not read the trust list: %1")
                            .arg(store.errorString());
    }
    return outcome;
}

} // namespace ProviderListTask
