// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// One bad record: where it is, which field, what value, and why.
struct ImportIssue
{
    QString file;
    QString where; // "line 12", "sheet Locations, row 40", "line 3: $.currentRatings.overall"
    QString field;
    QString value;
    QString message;
    // The organisation of the bad record, where known: its current view is
    // then incomplete and is not recorded.
    QString providerId;
    QString locationId;
    QString toString() const;
};
