// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <core/Population.h>

#include <QCoreApplication>

namespace PopulationLevels {

QString name(PopulationLevel level)
{
    switch (level) {
    case PopulationLevel::Provider:
        return QStringLiteral("provider");
    case PopulationLevel::Location:
        return QStringLiteral("location");
    case PopulationLevel::Service:
        return QStringLiteral("service");
    }
    return QString();
}

bool fromName(const QString &text, PopulationLevel *out)
{
    for (PopulationLevel level : {PopulationLevel::Provider, PopulationLevel::Location, PopulationLevel::Service})
        if (text.compare(name(level), Qt::CaseInsensitive) == 0) {
            *out = level;
            return true;
        }
    return false;
}

QString label(PopulationLevel level)
{
    switch (level) {
    case PopulationLevel::Provider:
        return QCoreApplication::translate("PopulationLevel", "Trusts");
    case PopulationLevel::Location:
        return QCoreApplication::translate("PopulationLevel", "Locations");
    case PopulationLevel::Service:
        return QCoreApplication::translate("PopulationLevel", "Core services");
    }
    return QString();
}

} // namespace PopulationLevels

bool PopulationFilter::accepts(const ProviderSummary &summary) const
{
    if (nhsOnly && !summary.isNhs())
        return false;
    if (type && TrustTypes::fromInspectionCategory(summary.provider.inspectionCategory) != *type)
        return false;
    if (!region.isEmpty() && summary.provider.region.compare(region, Qt::CaseInsensitive) != 0)
        return false;
    if (!icb.isEmpty() && summary.icb.compare(icb, Qt::CaseInsensitive) != 0)
        return false;
    if (!providerIds.isEmpty() && !providerIds.contains(summary.provider.id))
        return false;
    return true;
}
