// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/GridCell.h>
#include <core/KeyQuestion.h>
#include <core/ProviderRecord.h>
#include <core/Rating.h>

#include <QDate>
#include <QHash>

// One line of the trust list: a provider, its own ratings and its locations.
struct ProviderSummary
{
    ProviderRecord provider;
    Rating overall; // own[Overall].rating, kept apart for the list's sort and filter
    QDate overallDate;
    // The provider's own row (Safe .. Overall) as of the list's date,
    // through the grid's one rule (DESIGN.md section 2); absent: no value.
    QHash<KeyQuestion, GridCell> own;
    int locationCount = 0;
    QString locationNames; // newline-separated, for the filter
    QString locationIds;   // newline-separated, for the search by location ID
    QString icb;           // the ICB most of its locations are in, "" when the data has none

    bool isNhs() const { return provider.type == QLatin1String("NHS Healthcare Organisation"); }
    GridCell ownCell(KeyQuestion kq) const { return own.value(kq); }
};
