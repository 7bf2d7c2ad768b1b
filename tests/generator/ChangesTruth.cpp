// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "ChangesTruth.h"

#include "NationalGenerator.h"
#include "SheetWriters.h"

#include <QDate>
#include <QHash>

#include <map>

namespace Gen {

namespace {

struct Cell
{
    quint8 rating = NoRating;
    int jd = 0;
};
// (service, domain) -> the current cell; std::map keeps services in their
// numeric order, which is the display order of CqcReference.
using Cells = std::map<std::pair<quint8, int>, Cell>;

Cells cellsOf(const Rated &rated)
{
    Cells out;
    for (const CurrentCell &c : currentCells(rated))
        out[{c.service, int(c.domain)}] = {c.rating, rated.reports[size_t(c.report)].jd};
    return out;
}

// GridDiff::classify's rule, written again from DESIGN.md section 2 so that
// the truth does not share the code it checks.
QString changeWord(const Cell &before, const Cell &after)
{
    const bool wasGrade = isGrade(before.rating), isGradeNow = isGrade(after.rating);
    if (wasGrade && isGradeNow) // Outstanding = 1 .. Inadequate = 4: lower is better
        return after.rating < before.rating ? QStringLiteral("improved") : QStringLiteral("declined");
    if (isGradeNow)
        return before.rating == NoRating ? QStringLiteral("new") : QStringLiteral("not comparable");
    if (after.rating == NoRating)
        return QStringLiteral("no longer rated");
    return QStringLiteral("not comparable");
}

QString isoDate(int jd)
{
    return jd > 0 ? QDate::fromJulianDay(jd).toString(Qt::ISODate) : QString();
}

// One subject's changed cells; false on a write error.
bool writeSubject(const QString &providerId, const QString &locationId, const Rated *before, const Rated &after,
                  SheetSink *sink, qint64 *rows)
{
    const Cells previous = before ? cellsOf(*before) : Cells();
    const Cells current = cellsOf(after);
    Cells keys = previous;
    keys.insert(current.begin(), current.end());
    for (const auto &entry : keys) {
        const auto p = previous.find(entry.first);
        const auto c = current.find(entry.first);
        const Cell was = p == previous.end() ? Cell() : p->second;
        const Cell now = c == current.end() ? Cell() : c->second;
        if (was.rating == now.rating)
            continue; // unchanged, or the same non-grade again
        const quint8 service = entry.first.first;
        const QStringList row = {
            providerId,
            locationId,
            service == SvcOverall ? QString() : QString::fromUtf8(serviceInfo(service).name),
            domainText(entry.first.second),
            ratingText(was.rating),
            isoDate(was.jd),
            ratingText(now.rating),
            isoDate(now.jd),
            changeWord(was, now),
        };
        if (!sink->writeRow(row))
            return false;
        ++*rows;
    }
    return true;
}

} // namespace

qint64 writeChangesTruth(const NationalGenerator &monthOne, const NationalGenerator &monthTwo, SheetSink *sink)
{
    const QStringList headers = {
        QStringLiteral("Provider ID"), QStringLiteral("Location ID"), QStringLiteral("Service"),
        QStringLiteral("Key question"), QStringLiteral("Previous"), QStringLiteral("Previous date"),
        QStringLiteral("Current"), QStringLiteral("Current date"), QStringLiteral("Change"),
    };
    if (!sink->beginSheet(QStringLiteral("Changes"), headers, -1))
        return -1;
    // Month 2 is month 1 plus changes: every month-1 provider and location
    // is still there, under the same ID; month 2 only adds locations.
    QHash<QString, const Provider *> providersBefore;
    for (const Provider &p : monthOne.providers())
        providersBefore.insert(p.id, &p);
    QHash<QString, const Location *> locationsBefore;
    for (const Location &l : monthOne.locations())
        locationsBefore.insert(l.id, &l);

    qint64 rows = 0;
    for (int index : monthTwo.providerOrder()) {
        const Provider &p = monthTwo.providers()[size_t(index)];
        const Provider *was = providersBefore.value(p.id);
        if (!writeSubject(p.id, QString(), was ? &was->rated : nullptr, p.rated, sink, &rows))
            return -1;
        for (int l : p.locations) {
            const Location &loc = monthTwo.locations()[size_t(l)];
            const Location *before = locationsBefore.value(loc.id);
            if (!writeSubject(p.id, loc.id, before ? &before->rated : nullptr, loc.rated, sink, &rows))
                return -1;
        }
    }
    return sink->endSheet() ? rows : -1;
}

} // namespace Gen
