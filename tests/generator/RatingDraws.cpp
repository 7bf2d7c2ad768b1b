// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "RatingDraws.h"

#include "ModelConstants.h"
#include "Rng.h"

#include <algorithm>

namespace Gen {

// A grade drawn with national-looking weights: Good most common.
quint8 drawGrade(Rng &rng)
{
    return quint8(Outstanding + rng.weighted({50, 770, 150, 30}));
}

// The rating a later inspection gives where the previous one gave
// `previous`. Good is sticky and the others drift back towards it, so the
// mix stays national-looking (about three quarters Good, a sixth Requires
// improvement) however many inspections a location has.
quint8 drift(Rng &rng, quint8 previous)
{
    switch (previous) {
    case Outstanding: return rng.chance(550) ? Outstanding : Good;
    case Good: return quint8(Outstanding + rng.weighted({30, 850, 120}));
    case RequiresImprovement: return quint8(Good + rng.weighted({450, 480, 70}));
    case Inadequate: return quint8(Good + rng.weighted({100, 550, 350}));
    default: return rng.chance(700) ? Good : RequiresImprovement; // after a non-grade
    }
}

// A key question's rating given its set's overall rating. Caring tends to
// be better than overall and Safe worse, as in CQC's published data.
quint8 keyQuestionFrom(Rng &rng, quint8 overall, int domain)
{
    if (!isGrade(overall))
        return overall;
    if (rng.chance(6))
        return InsufficientEvidence;
    if (rng.chance(4))
        return InspectedButNotRated;
    const int better = domain == Caring ? 80 : domain == Safe ? 10 : 30;
    const int worse = domain == Safe ? 140 : domain == Caring ? 40 : 90;
    switch (overall) {
    case Outstanding: return rng.chance(650) ? Outstanding : Good;
    case Good: return quint8(Outstanding + rng.weighted({better, 1000 - better - worse, worse}));
    case RequiresImprovement: return quint8(Good + rng.weighted({370 + better, 600 - better, 30}));
    default: return rng.chance(550) ? Inadequate : RequiresImprovement;
    }
}

RatedSet fullSet(Rng &rng, quint8 service, quint8 overall)
{
    RatedSet set;
    set.service = service;
    set.ratings[Overall] = overall;
    for (int d = Safe; d <= WellLed; ++d)
        set.ratings[d] = keyQuestionFrom(rng, overall, d);
    // Outpatients' Effective question was usually not rated.
    if (service == SvcOutpatients && rng.chance(600))
        set.ratings[Effective] = InspectedButNotRated;
    return set;
}

// The latest rating of (service, domain) among reports[0, end).
quint8 latestRating(const Rated &rated, quint8 service, int domain, size_t end)
{
    for (size_t i = end; i-- > 0;) {
        for (const RatedSet &set : rated.reports[i].sets) {
            if (set.service == service && set.ratings[domain] != NoRating)
                return set.ratings[domain];
        }
    }
    return NoRating;
}

// A later inspection's set: re-rates the overall, and each key question
// with probability kqPerMille (all of them for a core service, whose API
// entry has one date for the whole service). New key question ratings
// mostly follow the new overall, so the two stay plausible together.
RatedSet laterSet(Rng &rng, const Rated &rated, quint8 service, int kqPerMille, bool allDomains)
{
    RatedSet set;
    set.service = service;
    const size_t end = rated.reports.size();
    set.ratings[Overall] = drift(rng, latestRating(rated, service, Overall, end));
    for (int d = Safe; d <= WellLed; ++d) {
        if (allDomains || rng.chance(kqPerMille)) {
            const quint8 previous = latestRating(rated, service, d, end);
            quint8 r = isGrade(set.ratings[Overall]) && rng.chance(750)
                ? keyQuestionFrom(rng, set.ratings[Overall], d)
                : drift(rng, previous);
            set.ratings[d] = r;
        }
    }
    return set;
}

// Report dates going back from the latest, strictly decreasing and not
// before 2014; returned in ascending order.
std::vector<int> reportDates(Rng &rng, int count, int latestFrom, int latestTo)
{
    const int a = rng.range(latestFrom, latestTo);
    const int b = rng.range(latestFrom, latestTo);
    std::vector<int> dates {qMax(a, b)}; // skewed towards recent, as real data is
    while (int(dates.size()) < count) {
        const int previous = dates.back() - rng.range(150, 1300);
        if (previous < EarliestJd)
            break;
        dates.push_back(previous);
    }
    std::reverse(dates.begin(), dates.end());
    return dates;
}

} // namespace Gen
