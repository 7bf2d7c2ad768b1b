// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include "NationalModel.h"

#include <QString>

#include <vector>

namespace Gen {

// Builds the model (NationalModel.h) that the sheet and API writers read.
//
// Everything is drawn from per-entity splitmix64 streams keyed on the seed,
// so the same options always give the same model, and month 2 is month 1
// plus changes drawn from streams month 1 never touches.
class NationalGenerator
{
public:
    struct Options
    {
        int providers = 25000;
        int locations = 50000;
        int month = 1;
        int changePercent = 3;
        quint64 seed = 1;
    };

    explicit NationalGenerator(const Options &options);

    // Builds the model; month 2 applies its changes on top of month 1.
    void generate();

    const Options &options() const { return m_options; }
    const std::vector<Provider> &providers() const { return m_model.providers; }
    const std::vector<Location> &locations() const { return m_model.locations; }
    // Indexes sorted by ID: the order every writer uses.
    const std::vector<int> &providerOrder() const { return m_providerOrder; }
    const std::vector<int> &locationOrder() const { return m_locationOrder; }
    // Month-2 bookkeeping, for the summary (MonthTwoCounts).
    int changedLocations() const { return m_monthTwo.changedLocations; }
    int newLocations() const { return m_monthTwo.newLocations; }
    int changedTrusts() const { return m_monthTwo.changedTrusts; }
    int nonGradeCells() const { return m_monthTwo.nonGradeCells; }
    int nonGradeLocations() const { return m_monthTwo.nonGradeLocations; }
    int droppedServices() const { return m_monthTwo.droppedServices; }
    // Month 1 holds no date after this; month 2 inspections come after it.
    static int monthOneCutoffJd();

    // The report link of a report key, formatted as a UUID.
    static QString linkId(quint64 linkKey);

private:
    Options m_options;
    NationalModel m_model;
    std::vector<int> m_providerOrder;
    std::vector<int> m_locationOrder;
    MonthTwoCounts m_monthTwo;
};

} // namespace Gen
