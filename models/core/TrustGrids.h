// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/RatingGrid.h>
#include <core/SubjectRatings.h>

#include <QDate>
#include <QHash>

// One trust's grids as of the dates a survey asks, each built once: grids
// as of two dates with the same newest input (RatingGrid::inputsDate:
// today and the newest snapshot, most often) are one grid. Starting from
// the grids a previous survey of the same data used, a change of filter
// that keeps the dates (a level, a type, a region) builds none.
class TrustGrids
{
public:
    using ByInputs = QHash<QDate, RatingGrid>; // by the date of the newest input

    explicit TrustGrids(const SubjectRatings &ratings, ByInputs known = {})
        : m_ratings(ratings), m_known(std::move(known))
    {
    }

    const RatingGrid &at(const QDate &asOf)
    {
        const QDate inputs = RatingGrid::inputsDate(m_ratings, asOf);
        auto it = m_used.find(inputs);
        if (it == m_used.end())
            it = m_used.insert(inputs, m_known.contains(inputs) ? m_known.value(inputs)
                                                                : RatingGrid::build(m_ratings, asOf));
        return *it;
    }

    // The grids at() gave: what the next survey may start from. Only these,
    // so that what is kept stays one survey's worth, whatever dates came before.
    const ByInputs &used() const { return m_used; }

private:
    const SubjectRatings &m_ratings;
    ByInputs m_known;
    ByInputs m_used;
};
