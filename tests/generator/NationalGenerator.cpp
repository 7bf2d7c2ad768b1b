// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "NationalGenerator.h"

#include "InspectionHistory.h"
#include "LocationFactory.h"
#include "ModelConstants.h"
#include "MonthTwoChanges.h"
#include "ProviderFactory.h"
#include "Rng.h"

#include <algorithm>

namespace Gen {

NationalGenerator::NationalGenerator(const Options &options) : m_options(options) {}

int NationalGenerator::monthOneCutoffJd() { return CutoffJd; }

QString NationalGenerator::linkId(quint64 linkKey)
{
    // Version-4-shaped UUID from 128 bits derived from the key.
    const quint64 hi = Rng::mix(linkKey);
    const quint64 lo = Rng::mix(linkKey ^ 0x5bd1e9955bd1e995ULL);
    char buf[37];
    auto hex = [](quint64 v, int nibble) { return "0123456789abcdef"[(v >> (nibble * 4)) & 0xf]; };
    int pos = 0;
    for (int i = 15; i >= 0; --i) {
        if (pos == 8 || pos == 13 || pos == 18 || pos == 23)
            buf[pos++] = '-';
        char c = hex(hi, i);
        if (i == 3) // the version nibble
            c = '4';
        buf[pos++] = c;
    }
    for (int i = 15; i >= 0; --i) {
        if (pos == 8 || pos == 13 || pos == 18 || pos == 23)
            buf[pos++] = '-';
        char c = hex(lo, i);
        if (i == 15) // the variant nibble: 8, 9, a or b
            c = "89ab"[(lo >> 60) & 3];
        buf[pos++] = c;
    }
    buf[pos] = 0;
    return QString::fromLatin1(buf, pos);
}

void NationalGenerator::generate()
{
    m_model.providers.clear();
    m_model.locations.clear();
    InspectionHistory inspections(m_options.seed, m_model.ids);
    ProviderFactory(m_options, m_model, inspections).makeProviders();
    LocationFactory locations(m_options, m_model, inspections);
    locations.makeLocations();
    if (m_options.month == 2) {
        MonthTwoChanges changes(m_options, m_model, locations);
        changes.apply();
        m_monthTwo = changes.counts();
    }

    m_providerOrder.resize(m_model.providers.size());
    for (size_t i = 0; i < m_model.providers.size(); ++i)
        m_providerOrder[i] = int(i);
    std::sort(m_providerOrder.begin(), m_providerOrder.end(),
              [this](int a, int b) { return m_model.providers[a].id < m_model.providers[b].id; });
    m_locationOrder.resize(m_model.locations.size());
    for (size_t i = 0; i < m_model.locations.size(); ++i)
        m_locationOrder[i] = int(i);
    std::sort(m_locationOrder.begin(), m_locationOrder.end(),
              [this](int a, int b) { return m_model.locations[a].id < m_model.locations[b].id; });
    for (Provider &p : m_model.providers) {
        std::sort(p.locations.begin(), p.locations.end(),
                  [this](int a, int b) { return m_model.locations[a].id < m_model.locations[b].id; });
    }
}

} // namespace Gen
