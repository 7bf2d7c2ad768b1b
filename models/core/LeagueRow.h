// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/GridCell.h>
#include <core/KeyQuestion.h>
#include <core/TrustType.h>

#include <QHash>
#include <QString>

// One row of the England view's league table: a trust (or one of its
// locations, at location level) with its own current cells.
struct LeagueRow
{
    QString providerId;
    QString providerName;
    QString locationId; // empty at trust level
    QString locationName;
    TrustType type = TrustType::Other;
    QString region;
    bool nhs = false; // an NHS trust (ProviderSummary::isNhs), for the table's roles
    QHash<KeyQuestion, GridCell> cells; // Safe .. Overall; absent: no value

    QString subjectId() const { return locationId.isEmpty() ? providerId : locationId; }
};
