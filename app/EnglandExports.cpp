// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "EnglandExports.h"

#include "CommandLine.h"
#include "ErrorReport.h"
#include "PopulationOptions.h"
#include <jobs/PopulationSurveyTask.h>
#include <storage/RatingStore.h>

namespace {

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

int EnglandExports::prepare(const QString &table, const CommandLine &cl, const RatingStore &store, QString *error)
{
    PopulationFilter filter;
    if (const int status = PopulationOptions::filter(cl, store, &filter, error))
        return status;
    if (table == QLatin1String("providers"))
        return providers(cl, store, filter, error);
    if (table == QLatin1String("changes"))
        return changes(cl, store, filter, error);
    return distribution(cl, store, filter, error);
}

int EnglandExports::providers(const CommandLine &cl, const RatingStore &store, const PopulationFilter &filter,
                              QString *error)
{
    QVector<ProviderSummary> chosen;
    const QVector<ProviderSummary> all = store.providerSummaries(cl.asOf);
    if (!store.errorString().isEmpty()) {
        *error = store.errorString();
        return ErrorReport::Failure;
    }
    for (const ProviderSummary &summary : all)
        if (filter.accepts(summary))
            chosen.append(summary);
    // The trust list as the window first shows it: by name.
    m_providers.setProviders(chosen);
    m_sortedProviders.setSourceModel(&m_providers);
    m_sortedProviders.sort(ProviderListModel::NameColumn, Qt::AscendingOrder);
    m_table = std::make_unique<ModelExportTable>(&m_sortedProviders);
    return ErrorReport::Success;
}

int EnglandExports::changes(const CommandLine &cl, const RatingStore &store, const PopulationFilter &filter,
                            QString *error)
{
    SurveyRequest request;
    request.filter = filter;
    request.changes = true;
    request.levelGiven = !cl.level.isEmpty();
    if (!PopulationOptions::level(cl, PopulationLevel::Provider, &request.level, error))
        return ErrorReport::BadInput;
    if (cl.from.isValid() != cl.to.isValid()) {
        *error = QStringLiteral("export changes needs both --from and --to, or neither (the two newest views)");
        return ErrorReport::BadInput;
    }
    if (cl.from.isValid()) {
        request.from = cl.from; // CommandLine put them in order
        request.to = cl.to;
    } else {
        const QVector<QDate> dates = store.snapshotDates();
        if (!store.errorString().isEmpty()) {
            *error = store.errorString();
            return ErrorReport::Failure;
        }
        if (dates.size() < 2) {
            *error = dates.isEmpty()
                ? QStringLiteral("export changes compares two of CQC's current views; the database holds none "
                                 "(import two Latest ratings files, or give --from and --to)")
                : QStringLiteral("export changes compares two of CQC's current views; the database holds only "
                                 "the one of %1 (import another, or give --from and --to)")
                      .arg(iso(dates.first()));
            return ErrorReport::BadInput;
        }
        request.from = dates.at(dates.size() - 2);
        request.to = dates.last();
    }
    const PopulationSurveyOutcome outcome = PopulationSurveyTask::runHere(store, request);
    if (!outcome.error.isEmpty()) {
        *error = outcome.error;
        return ErrorReport::Failure;
    }
    m_changes.setChanges(outcome.result.changes, request.from, request.to);
    m_table = std::make_unique<ModelExportTable>(&m_changes);
    return ErrorReport::Success;
}

int EnglandExports::distribution(const CommandLine &cl, const RatingStore &store, const PopulationFilter &filter,
                                 QString *error)
{
    SurveyRequest request;
    request.filter = filter;
    request.distribution = true;
    request.asOf = cl.asOf;
    request.levelGiven = !cl.level.isEmpty();
    if (!PopulationOptions::level(cl, PopulationLevel::Provider, &request.level, error))
        return ErrorReport::BadInput;
    const PopulationSurveyOutcome outcome = PopulationSurveyTask::runHere(store, request);
    if (!outcome.error.isEmpty()) {
        *error = outcome.error;
        return ErrorReport::Failure;
    }
    m_distribution.setDistribution(outcome.result.distribution);
    m_table = std::make_unique<ModelExportTable>(&m_distribution);
    return ErrorReport::Success;
}
