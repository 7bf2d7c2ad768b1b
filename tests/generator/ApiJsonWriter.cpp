// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "ApiJsonWriter.h"

#include "NationalGenerator.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Gen {

namespace {

QString isoDate(int jd) { return QDate::fromJulianDay(jd).toString(Qt::ISODate); }

// The API lists overall key questions in this order, not the canonical one
// (CQC-DATA.md 4b); service key questions come alphabetically.
const int OverallKeyQuestionOrder[] = {Safe, WellLed, Caring, Responsive, Effective};
const int ServiceKeyQuestionOrder[] = {Caring, Effective, Responsive, Safe, WellLed};

// Everything that says which organisation published a report.
struct Subject
{
    const Rated *rated;
    QString predecessorId; // organisationId of inherited reports
    QString reportType;    // "Location" or "Provider"
};

void addOrigin(QJsonObject *o, const Subject &s, const Report &report)
{
    if (report.inherited && !s.predecessorId.isEmpty())
        o->insert(QStringLiteral("organisationId"), s.predecessorId);
}

const CurrentCell *findCell(const std::vector<CurrentCell> &cells, quint8 service, int domain)
{
    for (const CurrentCell &c : cells) {
        if (c.service == service && c.domain == domain)
            return &c;
    }
    return nullptr;
}

// Services other than Overall, sorted by inspectionAreaId as the API does.
std::vector<quint8> servicesByAreaId(const Rated &rated)
{
    if (rated.services.size() < 2)
        return {};
    std::vector<quint8> services(rated.services.begin() + 1, rated.services.end());
    std::sort(services.begin(), services.end(), [](quint8 a, quint8 b) {
        return qstrcmp(serviceInfo(a).areaId, serviceInfo(b).areaId) < 0;
    });
    return services;
}

QJsonObject currentRatings(const Subject &s, const Provider *trust)
{
    const Rated &rated = *s.rated;
    const std::vector<CurrentCell> cells = currentCells(rated);
    QJsonObject current;
    QJsonObject overall;
    if (const CurrentCell *cell = findCell(cells, SvcOverall, Overall)) {
        const Report &report = rated.reports[size_t(cell->report)];
        overall.insert(QStringLiteral("rating"), ratingText(cell->rating));
        overall.insert(QStringLiteral("reportDate"), isoDate(report.jd));
        overall.insert(QStringLiteral("reportLinkId"), NationalGenerator::linkId(report.linkKey));
        addOrigin(&overall, s, report);
    }
    QJsonArray keyQuestions;
    for (int d : OverallKeyQuestionOrder) {
        const CurrentCell *cell = findCell(cells, SvcOverall, d);
        if (!cell)
            continue;
        const Report &report = rated.reports[size_t(cell->report)];
        QJsonObject kq;
        kq.insert(QStringLiteral("name"), domainText(d));
        kq.insert(QStringLiteral("rating"), ratingText(cell->rating));
        kq.insert(QStringLiteral("reportDate"), isoDate(report.jd));
        kq.insert(QStringLiteral("reportLinkId"), NationalGenerator::linkId(report.linkKey));
        addOrigin(&kq, s, report);
        keyQuestions.append(kq);
    }
    overall.insert(QStringLiteral("keyQuestionRatings"), keyQuestions);
    if (trust) {
        QJsonObject useOfResources;
        if (trust->useOfResources != NoRating) {
            useOfResources.insert(QStringLiteral("useOfResourcesRating"), ratingText(trust->useOfResources));
            useOfResources.insert(QStringLiteral("combinedQualityRating"), ratingText(trust->combinedQuality));
            useOfResources.insert(QStringLiteral("reportDate"), isoDate(trust->useOfResourcesJd));
            useOfResources.insert(QStringLiteral("reportLinkId"), NationalGenerator::linkId(trust->useOfResourcesKey));
        }
        overall.insert(QStringLiteral("useOfResources"), useOfResources);
    }
    current.insert(QStringLiteral("overall"), overall);
    // The latest report of any kind; may be newer than overall.reportDate.
    if (!rated.reports.empty())
        current.insert(QStringLiteral("reportDate"), isoDate(rated.reports.back().jd));

    QJsonArray services;
    for (quint8 service : servicesByAreaId(rated)) {
        const CurrentCell *cell = findCell(cells, service, Overall);
        if (!cell)
            continue;
        const Report &report = rated.reports[size_t(cell->report)];
        QJsonObject o;
        o.insert(QStringLiteral("name"), QString::fromLatin1(serviceInfo(service).areaId));
        o.insert(QStringLiteral("rating"), ratingText(cell->rating));
        o.insert(QStringLiteral("reportDate"), isoDate(report.jd));
        o.insert(QStringLiteral("reportLinkId"), NationalGenerator::linkId(report.linkKey));
        addOrigin(&o, s, report);
        QJsonArray kqs;
        for (int d : ServiceKeyQuestionOrder) {
            if (const CurrentCell *kqCell = findCell(cells, service, d)) {
                QJsonObject kq;
                kq.insert(QStringLiteral("name"), domainText(d));
                kq.insert(QStringLiteral("rating"), ratingText(kqCell->rating));
                kqs.append(kq);
            }
        }
        o.insert(QStringLiteral("keyQuestionRatings"), kqs);
        services.append(o);
    }
    if (!services.isEmpty())
        current.insert(QStringLiteral("serviceRatings"), services);
    return current;
}

// Every report but the latest, newest first, each with what it rated.
QJsonArray historicRatings(const Subject &s)
{
    const Rated &rated = *s.rated;
    QJsonArray historic;
    for (size_t i = rated.reports.size(); i-- > 1;) {
        const Report &report = rated.reports[i - 1];
        QJsonObject entry;
        entry.insert(QStringLiteral("reportDate"), isoDate(report.jd));
        entry.insert(QStringLiteral("reportLinkId"), NationalGenerator::linkId(report.linkKey));
        addOrigin(&entry, s, report);
        QJsonArray services;
        std::vector<const RatedSet *> serviceSets;
        for (const RatedSet &set : report.sets) {
            if (set.service == SvcOverall) {
                QJsonObject overall;
                overall.insert(QStringLiteral("rating"), ratingText(set.ratings[Overall]));
                QJsonArray kqs;
                for (int d : OverallKeyQuestionOrder) {
                    if (set.ratings[d] == NoRating)
                        continue;
                    QJsonObject kq;
                    kq.insert(QStringLiteral("name"), domainText(d));
                    kq.insert(QStringLiteral("rating"), ratingText(set.ratings[d]));
                    kqs.append(kq);
                }
                overall.insert(QStringLiteral("keyQuestionRatings"), kqs);
                entry.insert(QStringLiteral("overall"), overall);
            } else {
                serviceSets.push_back(&set);
            }
        }
        std::sort(serviceSets.begin(), serviceSets.end(), [](const RatedSet *a, const RatedSet *b) {
            return qstrcmp(serviceInfo(a->service).areaId, serviceInfo(b->service).areaId) < 0;
        });
        for (const RatedSet *set : serviceSets) {
            QJsonObject o;
            o.insert(QStringLiteral("name"), QString::fromLatin1(serviceInfo(set->service).areaId));
            o.insert(QStringLiteral("rating"), ratingText(set->ratings[Overall]));
            QJsonArray kqs;
            for (int d : ServiceKeyQuestionOrder) {
                if (set->ratings[d] == NoRating)
                    continue;
                QJsonObject kq;
                kq.insert(QStringLiteral("name"), domainText(d));
                kq.insert(QStringLiteral("rating"), ratingText(set->ratings[d]));
                kqs.append(kq);
            }
            o.insert(QStringLiteral("keyQuestionRatings"), kqs);
            services.append(o);
        }
        if (!services.isEmpty())
            entry.insert(QStringLiteral("serviceRatings"), services);
        historic.append(entry);
    }
    return historic;
}

int firstVisitJd(const Report &report) { return report.jd - 20 - int(report.linkKey % 70); }

// The subject's own reports (not the predecessor's), newest first.
QJsonArray reports(const Subject &s)
{
    QJsonArray list;
    for (size_t i = s.rated->reports.size(); i-- > 0;) {
        const Report &report = s.rated->reports[i];
        if (report.inherited)
            continue;
        const QString link = NationalGenerator::linkId(report.linkKey);
        // "?yyyyMMddhhmmss": the publication time, as the real reportUri has.
        const quint64 t = report.linkKey >> 20;
        const QString stamp = QDate::fromJulianDay(report.jd).toString(QStringLiteral("yyyyMMdd"))
            + QStringLiteral("%1%2%3").arg(int(t % 24), 2, 10, QLatin1Char('0'))
                  .arg(int(t / 24 % 60), 2, 10, QLatin1Char('0'))
                  .arg(int(t / 1440 % 60), 2, 10, QLatin1Char('0'));
        QJsonObject o;
        o.insert(QStringLiteral("linkId"), link);
        o.insert(QStringLiteral("reportDate"), isoDate(report.jd));
        o.insert(QStringLiteral("firstVisitDate"), isoDate(firstVisitJd(report)));
        o.insert(QStringLiteral("reportUri"), QStringLiteral("/reports/") + link + QLatin1Char('?') + stamp);
        o.insert(QStringLiteral("reportType"), s.reportType);
        list.append(o);
    }
    return list;
}

void addAddress(QJsonObject *o, const Address &a)
{
    const LocalAuthority &la = localAuthority(a.la);
    o->insert(QStringLiteral("postalAddressLine1"), a.street);
    if (!a.line2.isEmpty())
        o->insert(QStringLiteral("postalAddressLine2"), a.line2);
    o->insert(QStringLiteral("postalAddressTownCity"), a.city);
    o->insert(QStringLiteral("postalCode"), a.postcode);
    o->insert(QStringLiteral("region"), QString::fromUtf8(la.region));
    o->insert(QStringLiteral("localAuthority"), QString::fromUtf8(la.name));
}

QJsonArray inspectionCategories(int category)
{
    QJsonObject o;
    o.insert(QStringLiteral("code"), QString::fromLatin1(categoryInfo(category).code));
    o.insert(QStringLiteral("name"), QString::fromUtf8(categoryInfo(category).name));
    o.insert(QStringLiteral("primary"), QStringLiteral("true"));
    return QJsonArray {o};
}

QJsonArray inspectionAreas(const Rated &rated)
{
    QJsonArray areas;
    for (quint8 service : servicesByAreaId(rated)) {
        QJsonObject o;
        o.insert(QStringLiteral("inspectionAreaId"), QString::fromLatin1(serviceInfo(service).areaId));
        o.insert(QStringLiteral("inspectionAreaName"), QString::fromUtf8(serviceInfo(service).name));
        o.insert(QStringLiteral("status"), QStringLiteral("Active (Rated)"));
        areas.append(o);
    }
    // Areas CQC superseded, as RM317's maternity (CQC-DATA.md 4f): still
    // listed, so that historicRatings' area IDs keep their names, but with no
    // entry in currentRatings.
    std::vector<SupersededService> superseded = rated.superseded;
    std::sort(superseded.begin(), superseded.end(), [](const SupersededService &a, const SupersededService &b) {
        return qstrcmp(serviceInfo(a.service).areaId, serviceInfo(b.service).areaId) < 0;
    });
    for (const SupersededService &gone : superseded) {
        QJsonObject o;
        o.insert(QStringLiteral("inspectionAreaId"), QString::fromLatin1(serviceInfo(gone.service).areaId));
        o.insert(QStringLiteral("inspectionAreaName"), QString::fromUtf8(serviceInfo(gone.service).name));
        o.insert(QStringLiteral("status"), QStringLiteral("Superseded"));
        o.insert(QStringLiteral("endDate"), isoDate(gone.endJd));
        areas.append(o);
    }
    return areas;
}

void addInspectionDates(QJsonObject *o, const Rated &rated)
{
    for (size_t i = rated.reports.size(); i-- > 0;) {
        if (!rated.reports[i].inherited) {
            o->insert(QStringLiteral("lastInspection"),
                      QJsonObject {{QStringLiteral("date"), isoDate(firstVisitJd(rated.reports[i]))}});
            break;
        }
    }
    if (!rated.reports.empty()) {
        o->insert(QStringLiteral("lastReport"),
                  QJsonObject {{QStringLiteral("publicationDate"), isoDate(rated.reports.back().jd)}});
    }
}

QJsonObject providerPayload(const NationalGenerator &gen, const Provider &p)
{
    QJsonObject o;
    o.insert(QStringLiteral("providerId"), p.id);
    QJsonArray locationIds;
    for (int index : p.locations)
        locationIds.append(gen.locations()[size_t(index)].id);
    o.insert(QStringLiteral("locationIds"), locationIds);
    o.insert(QStringLiteral("organisationType"), QStringLiteral("Provider"));
    o.insert(QStringLiteral("ownershipType"), p.ownershipType);
    o.insert(QStringLiteral("type"), providerTypeText(p.kind));
    o.insert(QStringLiteral("name"), p.name);
    if (!p.odsCode.isEmpty())
        o.insert(QStringLiteral("odsCode"), p.odsCode);
    if (p.brandId != QLatin1String("-")) {
        o.insert(QStringLiteral("brandId"), p.brandId);
        o.insert(QStringLiteral("brandName"), p.brandName);
    }
    o.insert(QStringLiteral("registrationStatus"), QStringLiteral("Registered"));
    o.insert(QStringLiteral("registrationDate"), isoDate(p.registrationJd));
    addAddress(&o, p.address);
    o.insert(QStringLiteral("inspectionDirectorate"), directorateText(p.kind));
    o.insert(QStringLiteral("inspectionCategories"), inspectionCategories(p.category));
    o.insert(QStringLiteral("inspectionAreas"), inspectionAreas(p.rated));
    if (!p.rated.reports.empty()) {
        const Subject s {&p.rated, QString(), QStringLiteral("Provider")};
        o.insert(QStringLiteral("currentRatings"), currentRatings(s, &p));
        o.insert(QStringLiteral("historicRatings"), historicRatings(s));
        o.insert(QStringLiteral("reports"), reports(s));
        addInspectionDates(&o, p.rated);
    }
    return o;
}

QJsonObject locationPayload(const NationalGenerator &gen, const Location &loc)
{
    const Provider &p = gen.providers()[size_t(loc.provider)];
    QJsonObject o;
    o.insert(QStringLiteral("locationId"), loc.id);
    o.insert(QStringLiteral("providerId"), p.id);
    o.insert(QStringLiteral("organisationType"), QStringLiteral("Location"));
    o.insert(QStringLiteral("type"), providerTypeText(p.kind));
    o.insert(QStringLiteral("name"), loc.name);
    if (!loc.odsCode.isEmpty())
        o.insert(QStringLiteral("odsCode"), loc.odsCode);
    if (p.brandId != QLatin1String("-")) {
        o.insert(QStringLiteral("brandId"), p.brandId);
        o.insert(QStringLiteral("brandName"), p.brandName);
    }
    o.insert(QStringLiteral("registrationStatus"), QStringLiteral("Registered"));
    o.insert(QStringLiteral("registrationDate"), isoDate(loc.registrationJd));
    o.insert(QStringLiteral("dormancy"), QStringLiteral("N"));
    o.insert(QStringLiteral("careHome"), loc.careHome ? QStringLiteral("Y") : QStringLiteral("N"));
    o.insert(QStringLiteral("inspectionDirectorate"), directorateText(p.kind));
    addAddress(&o, loc.address);
    o.insert(QStringLiteral("onspdCcgCode"), onspdCcgCode(loc.address.la));
    o.insert(QStringLiteral("onspdCcgName"), onspdCcgName(loc.address.la));
    o.insert(QStringLiteral("inspectionCategories"), inspectionCategories(loc.category));
    QJsonArray relationships;
    if (!loc.predecessorId.isEmpty()) {
        QJsonObject r;
        r.insert(QStringLiteral("type"), QStringLiteral("HSCA Predecessor"));
        r.insert(QStringLiteral("reason"), loc.relationshipReason);
        r.insert(QStringLiteral("relatedLocationId"), loc.predecessorId);
        r.insert(QStringLiteral("relatedLocationName"), loc.predecessorName);
        relationships.append(r);
    }
    o.insert(QStringLiteral("relationships"), relationships);
    o.insert(QStringLiteral("inspectionAreas"), inspectionAreas(loc.rated));
    const Subject s {&loc.rated, loc.predecessorId, QStringLiteral("Location")};
    o.insert(QStringLiteral("currentRatings"), currentRatings(s, nullptr));
    o.insert(QStringLiteral("historicRatings"), historicRatings(s));
    o.insert(QStringLiteral("reports"), reports(s));
    addInspectionDates(&o, loc.rated);
    return o;
}

} // namespace

bool writeApiNdjson(const NationalGenerator &gen, const QString &path, ApiCounts *counts, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    // One line per payload, appended to a buffer that is written out every
    // megabyte: the file is never held whole.
    QByteArray buffer;
    auto emitLine = [&](const QJsonObject &o) {
        buffer += QJsonDocument(o).toJson(QJsonDocument::Compact);
        buffer += '\n';
        if (buffer.size() < (1 << 20))
            return true;
        const bool ok = file.write(buffer) == buffer.size();
        buffer.resize(0);
        return ok;
    };
    bool ok = true;
    for (int index : gen.providerOrder()) {
        ok = ok && emitLine(providerPayload(gen, gen.providers()[size_t(index)]));
        ++counts->providers;
    }
    for (int index : gen.locationOrder()) {
        ok = ok && emitLine(locationPayload(gen, gen.locations()[size_t(index)]));
        ++counts->locations;
    }
    ok = ok && file.write(buffer) == buffer.size();
    file.close();
    if (!ok || file.error() != QFileDevice::NoError) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Gen
