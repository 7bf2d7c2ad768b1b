// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLatin1Char>
#include <QString>

// One row of a rating grid: the subject's own ratings, a location's, or a
// core service's at either level.
struct GridRow
{
    enum class Level { Provider, Location };
    Level level = Level::Provider;
    QString locationId; // empty on provider-level rows
    QString locationName;
    QString service; // empty on the row of a provider's or location's own ratings

    // Identifies a row across grids of different dates.
    static QString keyOf(const QString &locationId, const QString &service)
    {
        return locationId + QLatin1Char('\x1f') + service;
    }
    QString key() const { return keyOf(locationId, service); }
    bool isServiceRow() const { return !service.isEmpty(); }
};
