// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "MonthTwoChanges.h"

#include "LocationFactory.h"
#include "ModelConstants.h"
#include "RatingDraws.h"
#include "Rng.h"

#include <algorithm>

namespace Gen {

// Month 2: the same model, then a new inspection for change-percent % of
// the locations (published after month 1's last date, some ratings
// changed), a new trust-level report for as many of the trusts, and a
// handful of new locations. Two things a real month brings ride on the new
// inspections: every fifth changed location gets a current non-grade over
// an earlier grade in a few cells, and every fourth changed hospital site
// loses one core service from CQC's view (a superseded inspection area).
// They are counted, not drawn, so that even a small run has some; their
// details come from streams of their own, so the other draws are unchanged.
void MonthTwoChanges::apply()
{
    const int monthOne = int(m_model.locations.size());
    const int changes = int((qint64(monthOne) * qBound(0, m_options.changePercent, 100) + 50) / 100);
    std::vector<int> indexes(static_cast<size_t>(monthOne));
    for (int i = 0; i < monthOne; ++i)
        indexes[size_t(i)] = i;
    Rng pick = Rng::forKey(m_options.seed, StMonthTwoPick, 0);
    for (int i = 0; i < changes; ++i)
        std::swap(indexes[size_t(i)], indexes[size_t(i) + pick.below(quint32(monthOne - i))]);
    indexes.resize(size_t(changes));
    std::sort(indexes.begin(), indexes.end());

    int ordinal = 0, hospitalOrdinal = 0;
    bool nonGradeDue = false, dropDue = false; // carried on when a location had nothing to change
    for (int index : indexes) {
        Location &loc = m_model.locations[size_t(index)];
        Rng rng = Rng::forKey(m_options.seed, StMonthTwoChange, quint64(index));
        Rated &rated = loc.rated;
        Report report;
        report.jd = rng.range(CutoffJd + 1, CutoffJd + 29);
        report.linkKey = rng.next();
        report.sets.push_back(laterSet(rng, rated, SvcOverall, 750, false));
        for (size_t k = 1; k < rated.services.size(); ++k) {
            if (rng.chance(300))
                report.sets.push_back(laterSet(rng, rated, rated.services[k], 0, true));
        }
        const bool hospital = loc.category == CatAcuteNhs || loc.category == CatSpecialistNhs;
        if (hospital && (hospitalOrdinal++ % 4 == 0 || dropDue)) {
            dropDue = !dropService(&rated, &report, quint64(index));
            m_counts.droppedServices += dropDue ? 0 : 1;
        }
        if (ordinal++ % 5 == 0 || nonGradeDue) {
            const int cells = addCurrentNonGrades(&rated, &report, quint64(index));
            nonGradeDue = cells == 0;
            m_counts.nonGradeCells += cells;
            m_counts.nonGradeLocations += cells > 0 ? 1 : 0;
        }
        rated.reports.push_back(std::move(report));
    }
    m_counts.changedLocations = changes;

    changeTrusts();

    // New registrations, each with its first report in month 2.
    const int independents = int(m_model.providers.size()) - m_model.nhsCount;
    if (independents <= 0)
        return;
    const int fresh = qBound(1, monthOne / 2000, 100);
    for (int i = 0; i < fresh; ++i) {
        Rng rng = Rng::forKey(m_options.seed, StMonthTwoNew, quint64(i));
        const int providerIndex = m_model.nhsCount + int(rng.below(quint32(independents)));
        m_locationFactory.makeIndependentLocation(providerIndex, (quint64(1) << 40) + quint64(i), true);
    }
    m_counts.newLocations = fresh;
}

// CQC's view no longer lists one of the site's core services: its rows
// leave the Locations sheet and the API marks its area Superseded from the
// new report's date. Its earlier reports stay, as history. A site keeps at
// least one core service.
bool MonthTwoChanges::dropService(Rated *rated, Report *report, quint64 key)
{
    if (rated->services.size() <= 2)
        return false;
    Rng rng = Rng::forKey(m_options.seed, StMonthTwoDrop, key);
    const size_t k = 1 + rng.below(quint32(rated->services.size() - 1));
    const quint8 service = rated->services[k];
    rated->services.erase(rated->services.begin() + std::ptrdiff_t(k));
    report->sets.erase(std::remove_if(report->sets.begin(), report->sets.end(),
                                      [service](const RatedSet &set) { return set.service == service; }),
                       report->sets.end());
    rated->superseded.push_back({service, report->jd});
    return true;
}

// The new report states a non-grade for one to three key questions whose
// current value (month 1's) is a grade, as a focused inspection that looked
// at them without rating does. These are CQC's current position, listed in
// the sheet with the new report's date. Only the report's own sets are
// used, so that every service's cells in the API keep one date.
int MonthTwoChanges::addCurrentNonGrades(Rated *rated, Report *report, quint64 key)
{
    std::vector<std::pair<size_t, int>> candidates; // (set in the report, domain)
    for (size_t i = 0; i < report->sets.size(); ++i) {
        for (int d = Safe; d <= WellLed; ++d) {
            if (isGrade(latestRating(*rated, report->sets[i].service, d, rated->reports.size())))
                candidates.push_back({i, d});
        }
    }
    if (candidates.empty())
        return 0;
    Rng rng = Rng::forKey(m_options.seed, StMonthTwoNonGrade, key);
    const int count = qMin(int(candidates.size()), 1 + int(rng.weighted({50, 35, 15})));
    for (int i = 0; i < count; ++i) {
        std::swap(candidates[size_t(i)], candidates[size_t(i) + rng.below(quint32(candidates.size() - size_t(i)))]);
        static const quint8 Values[] = {InspectedButNotRated, InsufficientEvidence, NotRated};
        const quint8 value = Values[rng.weighted({45, 30, 25})];
        report->sets[candidates[size_t(i)].first].ratings[candidates[size_t(i)].second] = value;
    }
    return count;
}

// A new trust-level report for change-percent % of the trusts (at least
// one): it re-rates the trust's own row, always changing at least one of
// its values, and sometimes a trust-level core service.
void MonthTwoChanges::changeTrusts()
{
    if (m_model.nhsCount <= 0 || m_options.changePercent <= 0)
        return;
    const int changes = qMax(1, int((qint64(m_model.nhsCount) * qBound(0, m_options.changePercent, 100) + 50) / 100));
    std::vector<int> indexes(static_cast<size_t>(m_model.nhsCount));
    for (int i = 0; i < m_model.nhsCount; ++i)
        indexes[size_t(i)] = i;
    Rng pick = Rng::forKey(m_options.seed, StMonthTwoTrust, 0);
    for (int i = 0; i < changes; ++i)
        std::swap(indexes[size_t(i)], indexes[size_t(i) + pick.below(quint32(m_model.nhsCount - i))]);
    indexes.resize(size_t(changes));
    std::sort(indexes.begin(), indexes.end());

    for (int index : indexes) {
        Rated &rated = m_model.providers[size_t(index)].rated;
        Rng rng = Rng::forKey(m_options.seed, StMonthTwoTrust, 1 + quint64(index));
        Report report;
        report.jd = rng.range(CutoffJd + 1, CutoffJd + 29);
        report.linkKey = rng.next();
        RatedSet own = laterSet(rng, rated, SvcOverall, 850, false);
        bool changed = false;
        for (int d = 0; d < DomainCount; ++d) {
            if (own.ratings[d] != NoRating && own.ratings[d] != latestRating(rated, SvcOverall, d, rated.reports.size()))
                changed = true;
        }
        if (!changed)
            own.ratings[Overall] = own.ratings[Overall] == Good ? RequiresImprovement : Good;
        report.sets.push_back(own);
        for (size_t k = 1; k < rated.services.size(); ++k) {
            if (rng.chance(300))
                report.sets.push_back(laterSet(rng, rated, rated.services[k], 0, true));
        }
        rated.reports.push_back(std::move(report));
    }
    m_counts.changedTrusts = changes;
}

} // namespace Gen
