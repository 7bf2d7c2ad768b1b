// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "SheetWriters.h"

#include "NationalGenerator.h"
#include "RatingsSheetRows.h"

#include <QDate>

namespace Gen {

namespace {

// The header lists are shared with the tests (CQC-DATA.md 1a and 1b).
const QStringList &locationHeaders()
{
    static const QStringList headers = RatingsSheetRows::locationsHeader();
    return headers;
}
const int LocationDateColumn = 20;

const QStringList &providerHeaders()
{
    static const QStringList headers = RatingsSheetRows::providersHeader();
    return headers;
}
const int ProviderDateColumn = 15;

// dd/mm/yyyy without going through locale-aware formatting.
QString sheetDate(int jd)
{
    int y = 0, m = 0, d = 0;
    QDate::fromJulianDay(jd).getDate(&y, &m, &d);
    const char buf[11] = {char('0' + d / 10), char('0' + d % 10), '/', char('0' + m / 10), char('0' + m % 10), '/',
                          char('0' + y / 1000), char('0' + y / 100 % 10), char('0' + y / 10 % 10), char('0' + y % 10), 0};
    return QString::fromLatin1(buf, 10);
}

bool beginAll(const std::vector<SheetSink *> &sinks, const QString &name, const QStringList &headers, int dateColumn)
{
    for (SheetSink *sink : sinks) {
        if (!sink->beginSheet(name, headers, dateColumn))
            return false;
    }
    return true;
}

bool rowToAll(const std::vector<SheetSink *> &sinks, const QStringList &row)
{
    for (SheetSink *sink : sinks) {
        if (!sink->writeRow(row))
            return false;
    }
    return true;
}

bool endAll(const std::vector<SheetSink *> &sinks)
{
    for (SheetSink *sink : sinks) {
        if (!sink->endSheet())
            return false;
    }
    return true;
}

} // namespace

qint64 writeLocationsSheet(const NationalGenerator &gen, const std::vector<SheetSink *> &sinks)
{
    if (!beginAll(sinks, QStringLiteral("Locations"), locationHeaders(), LocationDateColumn))
        return -1;
    qint64 rows = 0;
    QStringList row;
    for (int index : gen.locationOrder()) {
        const Location &loc = gen.locations()[size_t(index)];
        const Provider &p = gen.providers()[size_t(loc.provider)];
        const LocalAuthority &la = localAuthority(loc.address.la);
        const QString region = QString::fromUtf8(la.region);
        // The location's columns are the same on each of its rows: build
        // them once and only replace the rating columns per row.
        row = QStringList {
            loc.id, loc.odsCode, loc.name, loc.careHome ? QStringLiteral("Y") : QStringLiteral("N"),
            providerTypeText(p.kind), QString::fromUtf8(categoryInfo(loc.category).name),
            loc.address.street, loc.address.line2, loc.address.city, loc.address.postcode,
            QString::fromUtf8(la.name), region, nhsRegionOf(region),
            onspdCcgCode(loc.address.la), onspdCcgName(loc.address.la),
            commissioningCcgCode(loc.address.la), onspdCcgName(loc.address.la),
            QString(), QString(), QString(), QString(), QStringLiteral("Location"), QString(),
            QStringLiteral("https://www.cqc.org.uk/location/") + loc.id, p.id, p.name, p.brandId, p.brandName,
        };
        for (const CurrentCell &cell : currentCells(loc.rated)) {
            const Report &report = loc.rated.reports[size_t(cell.report)];
            row[17] = QString::fromUtf8(serviceInfo(cell.service).name);
            row[18] = domainText(cell.domain);
            row[19] = ratingText(cell.rating);
            row[20] = sheetDate(report.jd);
            row[22] = report.inherited ? QStringLiteral("Y") : QStringLiteral("N");
            if (!rowToAll(sinks, row))
                return -1;
            ++rows;
        }
    }
    return endAll(sinks) ? rows : -1;
}

qint64 writeProvidersSheet(const NationalGenerator &gen, const std::vector<SheetSink *> &sinks)
{
    if (!beginAll(sinks, QStringLiteral("Providers"), providerHeaders(), ProviderDateColumn))
        return -1;
    qint64 rows = 0;
    QStringList row;
    for (int index : gen.providerOrder()) {
        const Provider &p = gen.providers()[size_t(index)];
        if (p.rated.reports.empty())
            continue; // only providers rated in their own right (the NHS trusts) have rows
        const LocalAuthority &la = localAuthority(p.address.la);
        const QString region = QString::fromUtf8(la.region);
        row = QStringList {
            p.id, p.odsCode, p.name, providerTypeText(p.kind), QString::fromUtf8(categoryInfo(p.category).name),
            p.address.street, p.address.line2, p.address.city, p.address.postcode,
            QString::fromUtf8(la.name), region, nhsRegionOf(region),
            QString(), QString(), QString(), QString(), QString(), QString(),
            QStringLiteral("https://www.cqc.org.uk/provider/") + p.id, p.brandId, p.brandName,
        };
        for (const CurrentCell &cell : currentCells(p.rated)) {
            const Report &report = p.rated.reports[size_t(cell.report)];
            row[12] = QString::fromUtf8(serviceInfo(cell.service).name);
            row[13] = domainText(cell.domain);
            row[14] = ratingText(cell.rating);
            row[15] = sheetDate(report.jd);
            // Trust-level rows are "Provider"; per-core-service rows of a
            // trust rated by core service are "CoreService".
            row[16] = cell.service == SvcOverall ? QStringLiteral("Provider") : QStringLiteral("CoreService");
            row[17] = report.inherited ? QStringLiteral("Y") : QStringLiteral("N");
            if (!rowToAll(sinks, row))
                return -1;
            ++rows;
        }
    }
    return endAll(sinks) ? rows : -1;
}

} // namespace Gen
