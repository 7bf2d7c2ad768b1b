// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <core/GridDiff.h>
#include <core/PopulationSurvey.h>
#include <core/RatingGrid.h>

namespace {

PopulationLevel levelOf(const GridRow &row)
{
    if (row.isServiceRow())
        return PopulationLevel::Service;
    return row.level == GridRow::Level::Location ? PopulationLevel::Location : PopulationLevel::Provider;
}

// The grid rows one subject of `level` stands for.
QVector<int> rowsAt(const RatingGrid &grid, PopulationLevel level)
{
    QVector<int> out;
    for (int i = 0; i < grid.rows().size(); ++i)
        if (levelOf(grid.rows().at(i)) == level)
            out.append(i);
    return out;
}

void count(const RatingGrid &grid, PopulationLevel level, RatingDistribution *distribution)
{
    for (int row : rowsAt(grid, level)) {
        ++distribution->subjects;
        for (KeyQuestion kq : RatingDistribution::keyQuestions())
            distribution->add(kq, grid.cell(row, kq).rating);
    }
}

} // namespace

PopulationSurvey::PopulationSurvey(SurveyRequest request) : m_request(std::move(request))
{
    m_result.distribution.asOf = m_request.asOf;
    m_result.earlierDistribution.asOf = m_request.earlier;
}

void PopulationSurvey::add(const ProviderSummary &provider, const SubjectRatings &ratings)
{
    const QString name = provider.provider.name.isEmpty() ? ratings.name : provider.provider.name;
    if (m_request.distribution || m_request.league) {
        const RatingGrid grid = RatingGrid::build(ratings, m_request.asOf);
        if (m_request.distribution)
            count(grid, m_request.level, &m_result.distribution);
        if (m_request.league) {
            // The league ranks trusts, or their locations; a core service
            // is not a row of it, so the service level ranks trusts.
            const PopulationLevel level =
                m_request.level == PopulationLevel::Location ? PopulationLevel::Location : PopulationLevel::Provider;
            for (int row : rowsAt(grid, level)) {
                LeagueRow league;
                league.providerId = provider.provider.id;
                league.providerName = name;
                league.locationId = grid.rows().at(row).locationId;
                league.locationName = grid.rows().at(row).locationName;
                league.type = TrustTypes::fromInspectionCategory(provider.provider.inspectionCategory);
                league.region = provider.provider.region;
                for (KeyQuestion kq : KeyQuestions::standard()) {
                    const GridCell cell = grid.cell(row, kq);
                    if (!cell.isEmpty())
                        league.cells.insert(kq, cell);
                }
                m_result.league.append(league);
            }
        }
    }
    if (m_request.distribution && m_request.earlier.isValid())
        count(RatingGrid::build(ratings, m_request.earlier), m_request.level, &m_result.earlierDistribution);
    if (m_request.changes) {
        const RatingGrid before = RatingGrid::build(ratings, m_request.from);
        const RatingGrid after = RatingGrid::build(ratings, m_request.to);
        for (const DiffEntry &entry : GridDiff::compare(before, after)) {
            if (entry.change == Change::Unchanged)
                continue;
            // "Inspected but not rated" on both dates is "not comparable" to
            // the diff, but nothing changed: the feed lists changes only.
            if (entry.previous.rating.text() == entry.current.rating.text())
                continue;
            ChangeFeedEntry change{provider.provider.id, name, entry};
            if (m_request.levelGiven && change.level() != m_request.level)
                continue;
            m_result.changes.append(change);
        }
    }
}
