// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/ProviderSummary.h>
#include <core/SubjectRatings.h>
#include <core/TrustGrids.h>

#include <QHash>
#include <QSet>
#include <QString>
#include <QVector>

// What one England survey read, for the next: a change of filter mostly
// narrows or shifts the same population (a region, a trust type, a level,
// other dates), and reading the trust list and the trusts' ratings again is
// nine tenths of a survey's time. Valid only while the database's data
// stamp (RatingStore::dataStamp) is the one it was read under; shared
// between threads read-only (implicitly shared Qt containers).
struct SurveyCache
{
    QString stamp;
    QVector<ProviderSummary> summaries; // the whole trust list, no ratings
    QHash<QString, SubjectRatings> ratings;
    // Of the trusts in `ratings`, the grids the last survey of each used.
    QHash<QString, TrustGrids::ByInputs> grids;

    // Takes what `previous` read, if it was read under this cache's stamp.
    void takeFrom(const SurveyCache *previous)
    {
        if (!previous || stamp.isEmpty() || previous->stamp != stamp)
            return;
        summaries = previous->summaries;
        ratings = previous->ratings;
        grids = previous->grids;
    }

    // Before keeping `count` more trusts: past the limit the others go, as
    // the newest population is the likeliest next.
    void makeRoomFor(qsizetype count)
    {
        if (ratings.size() + count <= maxTrusts)
            return;
        ratings.clear();
        grids.clear();
    }

    bool holdsAll(const QSet<QString> &ids) const
    {
        for (const QString &id : ids)
            if (!ratings.contains(id))
                return false;
        return true;
    }

    // At most this many trusts' ratings are kept: the NHS trusts (about
    // 220) or a region's, not all 25,000 providers, which a survey streams.
    static constexpr int maxTrusts = 1000;
};
