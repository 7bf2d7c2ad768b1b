// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/DiffEntry.h>
#include <core/Population.h>

#include <QString>

// One changed cell of the England view's "What changed": a trust's diff
// entry between two snapshot dates, with the trust it belongs to.
struct ChangeFeedEntry
{
    QString providerId;
    QString providerName;
    DiffEntry entry; // entry.row says the location and service

    // Provider: the trust's own row; Location: a location's own row;
    // Service: any service row (of the trust or of a location).
    PopulationLevel level() const
    {
        if (entry.row.isServiceRow())
            return PopulationLevel::Service;
        return entry.row.level == GridRow::Level::Location ? PopulationLevel::Location : PopulationLevel::Provider;
    }
};
