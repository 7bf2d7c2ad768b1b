// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include "NationalGenerator.h"

#include <QStringList>

namespace Gen {

class InspectionHistory;

// Makes the locations, each rated by InspectionHistory: an NHS trust's
// sites (their number fixed by the trust's kind, IDs the trust code plus
// two digits), then one to three for each independent provider, as many
// in all as --locations asks for when that is possible.
class LocationFactory
{
public:
    LocationFactory(const NationalGenerator::Options &options, NationalModel &model, InspectionHistory &inspections)
        : m_options(options), m_model(model), m_inspections(inspections)
    {
    }

    void makeLocations();
    // monthTwoNew: registered in month 2, with its only report then.
    void makeIndependentLocation(int providerIndex, quint64 key, bool monthTwoNew);

private:
    void makeNhsLocation(int providerIndex, int ordinal, QStringList *usedSuffixes);

    const NationalGenerator::Options &m_options;
    NationalModel &m_model;
    InspectionHistory &m_inspections;
};

} // namespace Gen
