// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include "NationalModel.h"

class Rng;

// How ratings are drawn: grades with national-looking weights, key
// questions that follow their overall, and later inspections that drift
// from what the earlier ones said.
namespace Gen {

quint8 drawGrade(Rng &rng);
quint8 drift(Rng &rng, quint8 previous);
quint8 keyQuestionFrom(Rng &rng, quint8 overall, int domain);
// A first inspection's set: the overall and all five key questions.
RatedSet fullSet(Rng &rng, quint8 service, quint8 overall);
// The latest rating of (service, domain) among reports[0, end).
quint8 latestRating(const Rated &rated, quint8 service, int domain, size_t end);
RatedSet laterSet(Rng &rng, const Rated &rated, quint8 service, int kqPerMille, bool allDomains);
std::vector<int> reportDates(Rng &rng, int count, int latestFrom, int latestTo);

} // namespace Gen
