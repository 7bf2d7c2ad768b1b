// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/ProviderRecord.h>
#include <core/Rating.h>

#include <QDate>

// One line of the trust list: a provider, its overall rating and its locations.
struct ProviderSummary
{
    ProviderRecord provider;
    Rating overall;
    QDate overallDate;
    int locationCount = 0;
    QString locationNames; // newline-separated, for the filter
    bool isNhs() const { return provider.type == QLatin1String("NHS Healthcare Organisation"); }
};
