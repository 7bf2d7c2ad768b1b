// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include "NationalModel.h"

namespace Gen {

// Draws a location's or a trust's month-1 reports: the services it is
// rated on, its report dates and what each report rated, and for a
// location whether its earlier ratings were inherited from a predecessor.
class InspectionHistory
{
public:
    InspectionHistory(quint64 seed, IdRegistry &ids) : m_seed(seed), m_ids(ids) {}

    // p is the location's provider. monthTwoNew: registered in month 2,
    // with its only report then.
    void rateLocation(Location *loc, const Provider &p, quint64 key, bool monthTwoNew);
    void rateTrust(Provider *p, quint64 key);

private:
    quint64 m_seed;
    IdRegistry &m_ids; // predecessors' IDs
};

} // namespace Gen
