// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <core/PopulationSurvey.h>

#include <core/GridDiff.h>
#include <core/RatingGrid.h>
#include <core/TrustGrids.h>
#include <core/TrustType.h>

PopulationSurvey::PopulationSurvey(SurveyRequest request) : m_request(std::move(request))
{
    m_result.distribution.asOf = m_request.asOf;
    m_result.earlierDistribution.asOf = m_request.earlier;
}

namespace {

// Whether a grid row is a subject of the level (Population.h).
bool ofLevel(const GridRow &row, PopulationLevel level)
{
    switch (level) {
    case PopulationLevel::Provider:
        return row.level == GridRow::Level::Provider && !row.isServiceRow();
    case PopulationLevel::Location:
        return row.level == GridRow::Level::Location && !row.isServiceRow();
    case PopulationLevel::Service:
        return row.isServiceRow();
    }
    return false;
}

void count(const RatingGrid &grid, PopulationLevel level, RatingDistribution *distribution)
{
    const QList<KeyQuestion> kqs = RatingDistribution::keyQuestions();
    for (int r = 0; r < grid.rows().size(); ++r) {
        if (!ofLevel(grid.rows().at(r), level))
            continue;
        ++distribution->subjects;
        for (KeyQuestion kq : kqs)
            distribution->add(kq, grid.cell(r, kq).rating);
    }
}

QHash<KeyQuestion, GridCell> ownCells(const RatingGrid &grid, int row)
{
    QHash<KeyQuestion, GridCell> cells;
    for (KeyQuestion kq : KeyQuestions::standard()) {
        const GridCell cell = grid.cell(row, kq);
        if (!cell.isEmpty())
            cells.insert(kq, cell);
    }
    return cells;
}

} // namespace

void PopulationSurvey::add(const ProviderSummary &provider, const SubjectRatings &ratings)
{
    TrustGrids grids(ratings);
    add(provider, ratings, grids);
}

void PopulationSurvey::add(const ProviderSummary &provider, const SubjectRatings &ratings, TrustGrids &grids)
{
    const SurveyRequest &rq = m_request;
    // An invalid asOf is RatingGrid's "no date": the latest of everything, today's view.
    // Grids are built only when a table reads them: a grid per trust is most of the work.
    if (rq.distribution) {
        count(grids.at(rq.asOf), rq.level, &m_result.distribution);
        if (rq.earlier.isValid())
            count(grids.at(rq.earlier), rq.level, &m_result.earlierDistribution);
    }
    if (rq.league) {
        const RatingGrid &now = grids.at(rq.asOf);
        LeagueRow base;
        base.providerId = provider.provider.id;
        base.providerName = ratings.name;
        base.type = TrustTypes::fromInspectionCategory(provider.provider.inspectionCategory);
        base.region = provider.provider.region;
        base.nhs = provider.isNhs();
        const PopulationLevel level = rq.level == PopulationLevel::Location ? PopulationLevel::Location
                                                                             : PopulationLevel::Provider;
        for (int r = 0; r < now.rows().size(); ++r) {
            const GridRow &row = now.rows().at(r);
            if (!ofLevel(row, level))
                continue;
            LeagueRow league = base;
            league.locationId = row.locationId;
            league.locationName = row.locationName;
            league.cells = ownCells(now, r);
            m_result.league.append(league);
        }
    }
    // Most trusts are the same on both dates: nothing to compare.
    if (rq.changes && !RatingGrid::sameBetween(ratings, rq.from, rq.to)) {
        const QVector<DiffEntry> diff = GridDiff::compare(grids.at(rq.from), grids.at(rq.to));
        for (const DiffEntry &entry : diff) {
            if (entry.change == Change::Unchanged)
                continue;
            // The same non-grade on both dates ("Inspected but not rated"
            // twice) is classed not comparable, yet nothing moved: not a change.
            if (entry.previous.rating.text() == entry.current.rating.text())
                continue;
            ChangeFeedEntry feed{provider.provider.id, ratings.name, entry};
            if (rq.levelGiven && feed.level() != rq.level)
                continue;
            m_result.changes.append(feed);
        }
    }
}
