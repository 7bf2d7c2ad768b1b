// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/ProviderSummary.h>
#include <core/TrustType.h>

#include <QObject>
#include <QSet>
#include <QString>

#include <optional>

namespace PopulationLevels {
Q_NAMESPACE
// What an England table counts: each trust's own row, each location's own
// row, or each core service (a service row of a trust or of a location).
enum class PopulationLevel { Provider, Location, Service };
Q_ENUM_NS(PopulationLevel)

// "provider", "location", "service": the command line's --level words.
QString name(PopulationLevel level);
bool fromName(const QString &name, PopulationLevel *out);
// Translated, for the screen: "Trusts", "Locations", "Core services".
QString label(PopulationLevel level);
} // namespace PopulationLevels
using PopulationLevels::PopulationLevel;

// Which providers an England table covers. Every field narrows; the
// default is every NHS trust.
struct PopulationFilter
{
    bool nhsOnly = true;
    std::optional<TrustType> type; // from the primary inspection category
    QString region;                // case-insensitive; empty: any
    QString icb;                   // case-insensitive; empty: any
    QSet<QString> providerIds;     // non-empty: only these (the watched trusts)

    bool accepts(const ProviderSummary &provider) const;
};
