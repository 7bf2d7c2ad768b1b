// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <importing/ApiPayloadReader.h>

#include <importing/ApiAssessmentReader.h>
#include <importing/ApiPayloadContext.h>
#include <importing/ApiPayloadShape.h>
#include <importing/ApiRatingsReader.h>

#include <QJsonArray>

ApiPayloadReader::ApiPayloadReader(QString file) : m_file(std::move(file))
{}

bool ApiPayloadReader::isListResponse(const QJsonObject &o, QString *description)
{
    if (o.contains(QLatin1String("locationId")) || o.contains(QLatin1String("providerId")))
        return false;
    for (const char *key : {"locations", "providers"}) {
        const QJsonValue list = o.value(QLatin1String(key));
        if (list.isArray()) {
            *description = tr("a /%1 list response (%2 IDs and names, no ratings); import the /%1/{id} detail "
                              "responses instead")
                               .arg(QLatin1String(key))
                               .arg(list.toArray().size());
            return true;
        }
    }
    return false;
}

bool ApiPayloadReader::read(const QJsonObject &p, const QString &where, const QString &path, RecordFacts *facts,
                            ImportIssue *issue)
{
    ApiPayloadContext c(m_file, where, path, facts, issue);
    ApiPayloadShape::Problem problem;
    if (!ApiPayloadShape::check(p, &problem)) {
        c.providerId = p.value(QLatin1String("providerId")).toString();
        c.locationId = p.value(QLatin1String("locationId")).toString();
        return c.fail(path + QLatin1Char('.') + problem.path, problem.path.section(QLatin1Char('.'), -1), problem.value,
                      problem.message);
    }
    const QString locationId = c.text(p.value(QLatin1String("locationId")));
    const QString providerId = c.text(p.value(QLatin1String("providerId")));
    if (providerId.isEmpty())
        return c.fail(path, QStringLiteral("providerId"), QString(),
                      tr("missing: not a CQC location or provider payload"));
    c.providerId = providerId;
    c.locationId = locationId;
    c.ownId = locationId.isEmpty() ? providerId : locationId;

    QString primaryCategory;
    for (const QJsonValue &v : p.value(QLatin1String("inspectionCategories")).toArray()) {
        const QJsonObject cat = v.toObject();
        const QString primary = c.text(cat.value(QLatin1String("primary")));
        if (primaryCategory.isEmpty() || primary == QLatin1String("true"))
            primaryCategory = c.text(cat.value(QLatin1String("name")));
    }
    for (const QJsonValue &v : p.value(QLatin1String("inspectionAreas")).toArray()) {
        const QJsonObject area = v.toObject();
        const QString id = c.text(area.value(QLatin1String("inspectionAreaId")));
        const QString name = c.text(area.value(QLatin1String("inspectionAreaName")));
        if (!id.isEmpty() && !name.isEmpty())
            c.areas.insert(id, name);
    }

    const QString name = c.text(p.value(QLatin1String("name")));
    if (!locationId.isEmpty()) {
        LocationRecord l;
        l.id = locationId;
        l.providerId = providerId;
        l.name = name;
        l.type = c.text(p.value(QLatin1String("type")));
        l.inspectionCategory = primaryCategory;
        l.region = c.text(p.value(QLatin1String("region")));
        QStringList address;
        for (const char *key : {"postalAddressLine1", "postalAddressLine2", "postalAddressTownCity"}) {
            const QString part = c.text(p.value(QLatin1String(key)));
            if (!part.isEmpty())
                address << part;
        }
        l.address = address.join(QStringLiteral(", "));
        l.postcode = c.text(p.value(QLatin1String("postalCode")));
        l.url = QStringLiteral("https://www.cqc.org.uk/location/") + locationId;
        l.registrationStatus = c.text(p.value(QLatin1String("registrationStatus")));
        l.icb = c.text(p.value(QLatin1String("onspdIcbName")));
        for (const QJsonValue &v : p.value(QLatin1String("relationships")).toArray()) {
            const QJsonObject rel = v.toObject();
            if (c.text(rel.value(QLatin1String("type"))) == QLatin1String("HSCA Predecessor")) {
                l.predecessorId = c.text(rel.value(QLatin1String("relatedLocationId")));
                l.predecessorName = c.text(rel.value(QLatin1String("relatedLocationName")));
                l.predecessorReason = c.text(rel.value(QLatin1String("reason")));
            }
        }
        ProviderRecord placeholder; // named later by a provider payload or a bulk file
        placeholder.id = providerId;
        placeholder.type = l.type; // a location's type is its provider's ("NHS Healthcare Organisation")
        facts->providers.append(placeholder);
        facts->locations.append(l);
    } else {
        ProviderRecord pr;
        pr.id = providerId;
        pr.name = name;
        pr.type = c.text(p.value(QLatin1String("type")));
        pr.inspectionCategory = primaryCategory;
        pr.region = c.text(p.value(QLatin1String("region")));
        pr.url = QStringLiteral("https://www.cqc.org.uk/provider/") + providerId;
        facts->providers.append(pr);
    }

    for (const QJsonValue &v : p.value(QLatin1String("reports")).toArray()) {
        const QJsonObject ro = v.toObject();
        ReportRecord r;
        r.providerId = providerId;
        r.locationId = locationId;
        if (!c.date(ro.value(QLatin1String("reportDate")), path + QStringLiteral(".reports[].reportDate"),
                    &r.publicationDate, true))
            return false;
        r.linkId = c.text(ro.value(QLatin1String("linkId")));
        r.url = c.text(ro.value(QLatin1String("reportUri")));
        facts->reports.append(r);
        c.noteDate(r.publicationDate);
    }
    if (!ApiRatingsReader::read(c, p) || !ApiAssessmentReader::read(c, p))
        return false;
    // A detail response says what is current (currentRatings, even null, or
    // an assessment); then it is the subject's complete current view,
    // dated by the newest date in it.
    if (p.contains(QLatin1String("currentRatings")) || !p.value(QLatin1String("assessment")).toArray().isEmpty()) {
        const QDate lastReport = QDate::fromString(
            c.text(p.value(QLatin1String("lastReport")).toObject().value(QLatin1String("publicationDate"))).left(10),
            Qt::ISODate);
        c.noteDate(lastReport);
        c.view.providerId = providerId;
        c.view.locationId = locationId;
        c.view.date = c.newest;
        facts->snapshots.append(c.view);
    }
    return true;
}
