// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <core/ChangeFeedSummary.h>

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

namespace {

// A subject: the trust, a location, or a service of either.
QString subjectKey(const ChangeFeedEntry &e)
{
    return e.providerId + QLatin1Char('\x1f') + e.entry.row.key();
}

QString part(const ChangeFeedSummary::Counts &c, PopulationLevel level)
{
    QStringList moves;
    if (c.declined)
        moves << QCoreApplication::translate("ChangeFeedSummary", "%n declined", nullptr, c.declined);
    if (c.improved)
        moves << QCoreApplication::translate("ChangeFeedSummary", "%n improved", nullptr, c.improved);
    if (c.added)
        moves << QCoreApplication::translate("ChangeFeedSummary", "%n newly rated", nullptr, c.added);
    if (c.noLongerRated)
        moves << QCoreApplication::translate("ChangeFeedSummary", "%n no longer rated", nullptr, c.noLongerRated);
    if (c.notComparable)
        moves << QCoreApplication::translate("ChangeFeedSummary", "%n not comparable", nullptr, c.notComparable);
    if (moves.isEmpty())
        return QString();
    //: "Locations: 14 declined, 31 improved"
    return QCoreApplication::translate("ChangeFeedSummary", "%1: %2").arg(PopulationLevels::label(level), moves.join(QStringLiteral(", ")));
}

} // namespace

ChangeFeedSummary ChangeFeedSummary::of(const QVector<ChangeFeedEntry> &entries)
{
    ChangeFeedSummary s;
    s.cells = entries.size();
    // A subject counts once per direction, however many of its cells moved.
    QSet<QString> seen;
    for (const ChangeFeedEntry &e : entries) {
        const QString key = subjectKey(e) + QLatin1Char('\x1f') + QString::number(int(e.entry.change));
        if (seen.contains(key))
            continue;
        seen.insert(key);
        Counts &c = e.level() == PopulationLevel::Provider ? s.trusts
                    : e.level() == PopulationLevel::Location ? s.locations
                                                             : s.services;
        switch (e.entry.change) {
        case Change::Declined:
            ++c.declined;
            break;
        case Change::Improved:
            ++c.improved;
            break;
        case Change::New:
            ++c.added;
            break;
        case Change::NoLongerRated:
            ++c.noLongerRated;
            break;
        case Change::NotComparable:
            ++c.notComparable;
            break;
        case Change::Unchanged:
            break;
        }
    }
    return s;
}

QString ChangeFeedSummary::sentence() const
{
    QStringList parts;
    for (const auto &[counts, level] : {std::pair{trusts, PopulationLevel::Provider},
                                        std::pair{locations, PopulationLevel::Location},
                                        std::pair{services, PopulationLevel::Service}}) {
        const QString text = part(counts, level);
        if (!text.isEmpty())
            parts << text;
    }
    if (parts.isEmpty())
        return QCoreApplication::translate("ChangeFeedSummary", "No ratings changed");
    return parts.join(QStringLiteral("; "));
}
