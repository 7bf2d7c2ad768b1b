// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "NationalModel.h"

namespace Gen {

std::vector<CurrentCell> currentCells(const Rated &rated)
{
    std::vector<CurrentCell> cells;
    cells.reserve(rated.services.size() * DomainCount);
    for (quint8 service : rated.services) {
        for (int d = 0; d < DomainCount; ++d) {
            for (size_t i = rated.reports.size(); i-- > 0;) {
                quint8 found = NoRating;
                for (const RatedSet &set : rated.reports[i].sets) {
                    if (set.service == service && set.ratings[d] != NoRating) {
                        found = set.ratings[d];
                        break;
                    }
                }
                if (found != NoRating) {
                    cells.push_back({service, quint8(d), found, int(i)});
                    break;
                }
            }
        }
    }
    return cells;
}

} // namespace Gen
