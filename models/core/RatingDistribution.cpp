// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <core/RatingDistribution.h>

#include <algorithm>

void RatingDistribution::add(KeyQuestion kq, const Rating &rating)
{
    if (rating.isEmpty())
        return;
    Bucket &bucket = m_counts[kq][rating.text()];
    bucket.rating = rating;
    ++bucket.count;
}

QVector<RatingDistribution::Bucket> RatingDistribution::buckets(KeyQuestion kq) const
{
    const auto counts = m_counts.value(kq);
    QVector<Bucket> out(counts.cbegin(), counts.cend());
    // Grades by rank; the non-grades share one rank, so they follow by text.
    std::sort(out.begin(), out.end(), [](const Bucket &a, const Bucket &b) {
        const int ra = a.rating.sortRank(), rb = b.rating.sortRank();
        return ra != rb ? ra < rb : a.rating.text() < b.rating.text();
    });
    return out;
}

int RatingDistribution::total(KeyQuestion kq) const
{
    int sum = 0;
    for (const Bucket &bucket : m_counts.value(kq))
        sum += bucket.count;
    return sum;
}

double RatingDistribution::share(KeyQuestion kq, const Rating &rating) const
{
    const int all = total(kq);
    if (all == 0)
        return 0;
    return 100.0 * m_counts.value(kq).value(rating.text()).count / all;
}

QList<KeyQuestion> RatingDistribution::keyQuestions()
{
    return {KeyQuestion::Overall, KeyQuestion::Safe, KeyQuestion::Effective, KeyQuestion::Caring,
            KeyQuestion::Responsive, KeyQuestion::WellLed};
}
