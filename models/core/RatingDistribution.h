// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/KeyQuestion.h>
#include <core/Rating.h>

#include <QDate>
#include <QHash>
#include <QList>
#include <QVector>

// How a population's subjects are rated, per key question: CQC's State of
// Care figure. Counts every subject that has a value for the key question
// (grades and non-grades alike), so the shares of one key question add up
// to 100.
class RatingDistribution
{
public:
    struct Bucket
    {
        Rating rating; // a grade, or the exact non-grade text
        int count = 0;
    };

    void add(KeyQuestion kq, const Rating &rating); // an empty rating is not counted
    // Grades in CQC's order (Outstanding .. Inadequate), then non-grades by
    // text; only ratings counted at least once.
    QVector<Bucket> buckets(KeyQuestion kq) const;
    int total(KeyQuestion kq) const; // subjects with a value
    // Percent of total(kq), 0..100; 0 when total(kq) is 0.
    double share(KeyQuestion kq, const Rating &rating) const;
    // Overall, then Safe .. Well-led: the order of the chart and the export.
    static QList<KeyQuestion> keyQuestions();

    QDate asOf; // the date the population was taken at
    int subjects = 0; // subjects of the level in the population

private:
    QHash<KeyQuestion, QHash<QString, Bucket>> m_counts; // key: rating text
};
