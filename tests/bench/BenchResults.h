// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include "ChildProcess.h"

#include <QString>
#include <QVector>

#include <functional>

// Statistics and the result lines.
namespace Bench {

double median(QVector<double> v);

enum class Check { RatioAtMost, BelowAbsolute, ExtraAtMost };

struct Line
{
    QString name;
    double ours = 0, reference = 0;
    QString unit;              // s, ms or MB
    Check check = Check::RatioAtMost;
    double limit = 0;
    double worst = -1;         // for BelowAbsolute: must be below too
    QString failure;           // non-empty: the case could not be measured
    QString note;

    double ratio() const { return reference > 0 ? ours / reference : 0; }
    QString target() const
    {
        switch (check) {
        case Check::RatioAtMost: return QStringLiteral("<=%1").arg(limit);
        case Check::BelowAbsolute: return QStringLiteral("med+worst<%1%2").arg(limit).arg(unit);
        case Check::ExtraAtMost: return QStringLiteral("<=+%1%2").arg(limit).arg(unit);
        }
        return {};
    }
    bool met() const
    {
        switch (check) {
        case Check::RatioAtMost: return ratio() <= limit;
        case Check::BelowAbsolute: return ours < limit && worst < limit;
        case Check::ExtraAtMost: return ours - reference <= limit;
        }
        return false;
    }
    QString text() const
    {
        const int decimals = unit == QLatin1String("s") ? 2 : unit == QLatin1String("MB") ? 0 : 1;
        auto value = [&](double v) { return QStringLiteral("%1 %2").arg(v, 0, 'f', decimals).arg(unit); };
        QString s = QStringLiteral("%1  %2  %3  %4  %5  %6")
                        .arg(name, -34)
                        .arg(failure.isEmpty() ? value(ours) : QStringLiteral("-"), 10)
                        .arg(value(reference), 10)
                        .arg(failure.isEmpty() ? QString::number(ratio(), 'f', 2) : QStringLiteral("-"), 6)
                        .arg(target(), -18)
                        .arg(failure.isEmpty() ? (met() ? QStringLiteral("met") : QStringLiteral("MISSED"))
                                               : QStringLiteral("NOT MEASURED"), -6);
        const QString extra = failure.isEmpty() ? note : failure;
        if (!extra.isEmpty())
            s += QStringLiteral("  (%1)").arg(extra);
        return s;
    }
};

struct Alternated
{
    QVector<double> ours, reference, oursMb, referenceMb;
    QString failure;
    QString firstSummary;      // our first run's stdout
};

// Runs ours and the reference `reps` times, ABAB..., with untimed
// preparation (fresh or copied databases) and a sync() before each.
Alternated alternate(const QString &label, int reps, const std::function<void()> &prepareOurs, const Command &ours,
                     const std::function<void()> &prepareReference, const Command &reference, int warmups = 0);
// A case's line in seconds, from the medians of its runs.
Line timeLine(const QString &name, const Alternated &a, double limit, const QString &note = {});
// Our first run's summary, as the line's note.
QString summaryNote(const Alternated &a);

} // namespace Bench
