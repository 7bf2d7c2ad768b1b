// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

// How many cells of a diff moved each way.
struct DiffSummary
{
    int improved = 0, declined = 0, unchanged = 0, added = 0, noLongerRated = 0, notComparable = 0;
    int changed() const { return improved + declined + added + noLongerRated; }
};
