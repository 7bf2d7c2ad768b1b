// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <exporting/ModelExportTable.h>
#include <itemmodels/ChangeFeedModel.h>
#include <itemmodels/DistributionModel.h>
#include <itemmodels/ProviderFilterProxyModel.h>
#include <itemmodels/ProviderListModel.h>

#include <memory>

struct CommandLine;
class RatingStore;

// The export tables of a population (issue 13): providers, changes and
// distribution. Each is filled through the item model the window shows it
// in and exported by ModelExportTable, so that the file is the bytes the
// window's File > Export table writes. Owns the models while the table is
// written.
class EnglandExports
{
public:
    // Fills `table` (providers, changes or distribution) from the
    // command line's options. Returns 0, or an ErrorReport status with
    // *error set: BadInput for bad usage, Failure for a failed read.
    int prepare(const QString &table, const CommandLine &cl, const RatingStore &store, QString *error);
    ExportTable &table() { return *m_table; }

private:
    int providers(const CommandLine &cl, const RatingStore &store, const PopulationFilter &filter, QString *error);
    int changes(const CommandLine &cl, const RatingStore &store, const PopulationFilter &filter, QString *error);
    int distribution(const CommandLine &cl, const RatingStore &store, const PopulationFilter &filter,
                     QString *error);

    ProviderListModel m_providers;
    ProviderFilterProxyModel m_sortedProviders;
    ChangeFeedModel m_changes;
    DistributionModel m_distribution;
    std::unique_ptr<ModelExportTable> m_table;
};
