// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "InspectionHistory.h"

#include "ModelConstants.h"
#include "RatingDraws.h"
#include "Rng.h"

#include <QDate>

#include <algorithm>

namespace Gen {

// Builds a location's reports: a first comprehensive inspection rating
// everything, then later ones that re-rate the overall and some key
// questions (or, for hospitals, some core services). So most of a
// location's cells share one date and a few keep an older one.
void InspectionHistory::rateLocation(Location *loc, const Provider &p, quint64 key, bool monthTwoNew)
{
    Rng rng = Rng::forKey(m_seed, StRating, key);
    const bool hospital = loc->category == CatAcuteNhs || loc->category == CatSpecialistNhs;

    Rated &rated = loc->rated;
    rated.services = {SvcOverall};
    if (loc->category == CatAcuteNhs) {
        for (quint8 s = SvcUrgent; s <= SvcOutpatients; ++s) {
            const bool optional = s == SvcCritical || s == SvcMaternity || s == SvcChildren;
            if (!optional || rng.chance(s == SvcCritical ? 850 : s == SvcMaternity ? 700 : 750))
                rated.services.push_back(s);
        }
    } else if (loc->category == CatSpecialistNhs) {
        for (quint8 s = SvcUrgent; s <= SvcOutpatients; ++s) {
            if (s == SvcSurgery || s == SvcOutpatients || rng.chance(300))
                rated.services.push_back(s);
        }
    }

    // Whole-location non-grade states, rare: a focused inspection that did
    // not rate, the 2025+ "Not Rated", and an old "No published rating".
    enum Mode { Normal, Unrated, NotRatedMode, NoPublished } mode = Normal;
    if (!hospital && !monthTwoNew) {
        const int roll = int(rng.below(1000));
        const bool mentalHealthSite = loc->category == CatMentalHealthNhs;
        if (roll < (mentalHealthSite ? 250 : 3))
            mode = NoPublished;
        else if (roll < (mentalHealthSite ? 260 : 11))
            mode = Unrated;
        else if (roll < (mentalHealthSite ? 265 : 16))
            mode = NotRatedMode;
    }

    std::vector<int> dates;
    if (monthTwoNew) {
        dates = {rng.range(CutoffJd + 1, CutoffJd + 29)};
    } else if (mode == NoPublished) {
        dates = reportDates(rng, 1, EarliestJd, EarliestJd + 900);
    } else {
        const int count = hospital ? 2 + rng.weighted({40, 40, 20}) : 1 + rng.weighted({45, 38, 17});
        dates = reportDates(rng, count, EarliestJd + 300, CutoffJd);
    }

    const quint8 base = drawGrade(rng);
    Rng linkRng = Rng::forKey(m_seed, StLinkId, key);
    for (size_t i = 0; i < dates.size(); ++i) {
        Report report;
        report.jd = dates[i];
        report.linkKey = linkRng.next();
        if (i == 0) {
            for (quint8 s : rated.services) {
                const quint8 overall = s == SvcOverall ? base : drift(rng, base);
                report.sets.push_back(fullSet(rng, s, overall));
            }
        } else if (hospital) {
            if (rng.chance(700))
                report.sets.push_back(laterSet(rng, rated, SvcOverall, 750, false));
            for (size_t k = 1; k < rated.services.size(); ++k) {
                if (rng.chance(400))
                    report.sets.push_back(laterSet(rng, rated, rated.services[k], 0, true));
            }
            if (report.sets.empty())
                report.sets.push_back(laterSet(rng, rated, SvcOverall, 750, false));
        } else {
            report.sets.push_back(laterSet(rng, rated, SvcOverall, 850, false));
        }
        rated.reports.push_back(std::move(report));
    }

    if (mode != Normal) {
        quint8 value = NoPublishedRating;
        if (mode == Unrated)
            value = InspectedButNotRated;
        else if (mode == NotRatedMode)
            value = rated.reports.back().jd >= NotRatedFromJd ? NotRated : InspectedButNotRated;
        RatedSet &set = rated.reports.back().sets.front();
        set.ratings.fill(value);
    }

    // Inherited ratings: the location re-registered (a new provider, an NHS
    // transfer) and its earlier reports belong to the predecessor. CQC's
    // sheet flags those cells "Inherited Rating (Y/N)" = Y; the API names the
    // predecessor in organisationId.
    const bool nhs = isNhs(p.kind);
    const int inheritPerMille = monthTwoNew ? 0 : hospital ? 200 : nhs ? 100 : 22;
    const int n = int(rated.reports.size());
    if (rng.chance(inheritPerMille)) {
        int inherited = n == 1 || rng.chance(700) ? n : rng.range(1, n - 1);
        int from = rated.reports[size_t(inherited - 1)].jd + 1;
        int to = inherited == n ? qMin(CutoffJd, from + 900) : rated.reports[size_t(inherited)].jd - 1;
        if (from <= to) {
            loc->registrationJd = rng.range(from, to);
            for (int i = 0; i < inherited; ++i)
                rated.reports[size_t(i)].inherited = true;
            if (nhs) {
                loc->predecessorId = m_ids.newPredecessorCode(rng);
                loc->relationshipReason = QStringLiteral("NHS Transfer");
                loc->predecessorName = QStringLiteral("The ") + loc->name;
            } else {
                loc->predecessorId = m_ids.newNumericId(rng);
                loc->relationshipReason = rng.chance(500) ? QStringLiteral("Legal Entity Change")
                                                          : QStringLiteral("New Provider");
                loc->predecessorName = loc->name;
            }
            return;
        }
    }
    if (monthTwoNew)
        loc->registrationJd = rated.reports.front().jd - rng.range(30, 200);
    else if (!nhs)
        loc->registrationJd = qMax(HscaStartJd, rated.reports.front().jd - rng.range(90, 1200));
}

void InspectionHistory::rateTrust(Provider *p, quint64 key)
{
    Rng rng = Rng::forKey(m_seed, StTrustRating, key);
    Rated &rated = p->rated;
    rated.services = {SvcOverall};
    if (p->kind == Kind::MentalHealthTrust) {
        const int want = rng.range(5, 10);
        std::vector<quint8> all;
        for (quint8 s = SvcMhFirst; s <= SvcMhLast; ++s)
            all.push_back(s);
        for (size_t i = all.size() - 1; i > 0; --i)
            std::swap(all[i], all[rng.below(quint32(i + 1))]);
        all.resize(size_t(want));
        std::sort(all.begin(), all.end());
        rated.services.insert(rated.services.end(), all.begin(), all.end());
    }
    const int count = 1 + rng.weighted({30, 45, 25});
    const std::vector<int> dates = reportDates(rng, count, EarliestJd + 700, CutoffJd);
    const quint8 base = drawGrade(rng);
    Rng linkRng = Rng::forKey(m_seed, StLinkId, (quint64(1) << 48) + key);
    for (size_t i = 0; i < dates.size(); ++i) {
        Report report;
        report.jd = dates[i];
        report.linkKey = linkRng.next();
        if (i == 0) {
            for (quint8 s : rated.services)
                report.sets.push_back(fullSet(rng, s, s == SvcOverall ? base : drift(rng, base)));
        } else {
            if (rated.services.size() == 1 || rng.chance(800))
                report.sets.push_back(laterSet(rng, rated, SvcOverall, 850, false));
            for (size_t k = 1; k < rated.services.size(); ++k) {
                if (rng.chance(350))
                    report.sets.push_back(laterSet(rng, rated, rated.services[k], 0, true));
            }
            if (report.sets.empty())
                report.sets.push_back(laterSet(rng, rated, SvcOverall, 850, false));
        }
        rated.reports.push_back(std::move(report));
    }

    // Use of resources was assessed for trusts between 2017 and 2020; the
    // ambulance trusts here have none (the API then gives {}).
    if (p->kind != Kind::AmbulanceTrust && rng.chance(750)) {
        p->useOfResources = drawGrade(rng);
        const quint8 overall = latestRating(rated, SvcOverall, Overall, rated.reports.size());
        p->combinedQuality = isGrade(overall) && rng.chance(700) ? overall : drift(rng, p->useOfResources);
        p->useOfResourcesJd = rng.range(int(QDate(2017, 3, 1).toJulianDay()), int(QDate(2020, 3, 1).toJulianDay()));
        p->useOfResourcesKey = linkRng.next();
    }
}

} // namespace Gen
