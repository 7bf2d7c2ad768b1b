// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>

// What the model's builders share besides the model: the Rng::forKey stream
// numbers and the fixed dates of the generated data.
namespace Gen {

// Stream numbers for Rng::forKey. Each purpose has its own stream so that
// the draws of one never depend on how many draws another made.
enum Stream : quint64 {
    StTrustCodes = 1,
    StProvider,
    StNhsLocation,
    StLocation,
    StLocationCounts,
    StRating,
    StTrustRating,
    StProviderRegistration,
    StMonthTwoPick,
    StMonthTwoChange,
    StMonthTwoNew,
    StLinkId,
    StMonthTwoNonGrade,
    StMonthTwoDrop,
    StMonthTwoTrust,
};

const int EarliestJd = int(QDate(2014, 1, 6).toJulianDay());
const int CutoffJd = int(QDate(2026, 10, 1).toJulianDay());
const int HscaStartJd = int(QDate(2010, 10, 1).toJulianDay());
const int NhsRegistrationJd = int(QDate(2010, 4, 1).toJulianDay());
const int NotRatedFromJd = int(QDate(2025, 1, 1).toJulianDay());

} // namespace Gen
