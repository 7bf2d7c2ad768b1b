// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/ChangeFeedEntry.h>
#include <core/LeagueRow.h>
#include <core/Population.h>
#include <core/ProviderSummary.h>
#include <core/RatingDistribution.h>
#include <core/SubjectRatings.h>

#include <QDate>
#include <QVector>

class TrustGrids;

// What the England view and `export changes|distribution` ask of the
// national data.
struct SurveyRequest
{
    PopulationFilter filter;
    PopulationLevel level = PopulationLevel::Provider;
    bool levelGiven = false; // changes: false lists every level
    QDate asOf;              // distribution and league table; invalid: today
    QDate earlier;           // the second distribution; invalid: none
    QDate from, to;          // changes between these snapshot dates
    bool changes = false, distribution = false, league = false;
};

struct SurveyResult
{
    QVector<ChangeFeedEntry> changes; // in trust, row and key-question order
    RatingDistribution distribution;
    RatingDistribution earlierDistribution;
    QVector<LeagueRow> league; // in trust (then location) ID order
};

// Works out the England view's tables one trust at a time, so that the
// national data is never all in memory: the caller picks the trusts with
// wants(), reads each one's ratings (RatingStore::forEachProvider) and
// add()s them. The grid and diff rules are RatingGrid's and GridDiff's:
// every table reads ratings through the same rule as the trust view.
class PopulationSurvey
{
public:
    explicit PopulationSurvey(SurveyRequest request);

    bool wants(const ProviderSummary &provider) const { return m_request.filter.accepts(provider); }
    void add(const ProviderSummary &provider, const SubjectRatings &ratings);
    // The same, reading `ratings`' grids through `grids` (which keeps those it built).
    void add(const ProviderSummary &provider, const SubjectRatings &ratings, TrustGrids &grids);
    const SurveyResult &result() const { return m_result; }
    const SurveyRequest &request() const { return m_request; }

private:
    SurveyRequest m_request;
    SurveyResult m_result;
};
