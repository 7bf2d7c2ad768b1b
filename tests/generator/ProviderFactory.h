// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include "NationalGenerator.h"

namespace Gen {

class InspectionHistory;

// Makes the providers: about one in twenty an NHS trust with an "R" code,
// named after its town and rated in its own right, the rest independent
// providers with "1-" IDs, awkward names now and then, and a brand for some.
class ProviderFactory
{
public:
    ProviderFactory(const NationalGenerator::Options &options, NationalModel &model, InspectionHistory &inspections)
        : m_options(options), m_model(model), m_inspections(inspections)
    {
    }

    void makeProviders();

private:
    void makeNhsTrust(int index, const QString &code);
    void makeIndependentProvider(int index);

    const NationalGenerator::Options &m_options;
    NationalModel &m_model;
    InspectionHistory &m_inspections;
};

} // namespace Gen
