// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/ChangeFeedEntry.h>

#include <QString>
#include <QVector>

// The line above "What changed": how many subjects of each level declined,
// improved, became newly rated or left CQC's view between the two dates.
// A subject counts once per direction however many of its cells moved.
struct ChangeFeedSummary
{
    struct Counts
    {
        int declined = 0, improved = 0, added = 0, noLongerRated = 0, notComparable = 0;
    };
    Counts trusts, locations, services;
    int cells = 0; // changed cells in all

    static ChangeFeedSummary of(const QVector<ChangeFeedEntry> &entries);
    // "14 trusts' locations declined, 31 improved; 3 core services no longer
    // rated", translated, for the screen.
    QString sentence() const;
};
