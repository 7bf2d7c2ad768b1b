// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include "NationalGenerator.h"

namespace Gen {

class LocationFactory;

// Turns the month-1 model into month 2: new inspections of some locations
// and trusts, with the current non-grades and dropped services they bring,
// and a few new locations.
class MonthTwoChanges
{
public:
    MonthTwoChanges(const NationalGenerator::Options &options, NationalModel &model, LocationFactory &locations)
        : m_options(options), m_model(model), m_locationFactory(locations)
    {
    }

    void apply();
    const MonthTwoCounts &counts() const { return m_counts; }

private:
    void changeTrusts();
    int addCurrentNonGrades(Rated *rated, Report *report, quint64 key);
    bool dropService(Rated *rated, Report *report, quint64 key);

    const NationalGenerator::Options &m_options;
    NationalModel &m_model;
    LocationFactory &m_locationFactory; // makes the new locations
    MonthTwoCounts m_counts;
};

} // namespace Gen
