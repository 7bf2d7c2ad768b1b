#include "ApiPayloadReader.h"

#include "InspectionAreas.h"

#include <QCoreApplication>
#include <QJsonArray>

static QString tr(const char *text) { return QCoreApplication::translate("ApiPayloadReader", text); }

// Saved responses sometimes carry numbers as strings and the other way round.
static QString text(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: return v.toString().trimmed();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == qint64(d) ? QString::number(qint64(d)) : QString::number(d);
    }
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default: return {};
    }
}

struct ApiPayloadReader::Context
{
    QString where;
    QString path;
    QString providerId;
    QString locationId;     // empty for a provider payload
    QString ownId;          // the payload's own registration, to tell inherited ratings apart
    QHash<QString, QString> areas;
    RecordFacts *facts;
    ImportIssue *issue;
    // Report link -> the registration it was about, from the entries that
    // say so: a rating that omits organisationId (RM317's current overall)
    // is inherited as much as the key questions of its report.
    QHash<QString, QString> reportOrganisations;
};

ApiPayloadReader::ApiPayloadReader(QString file) : m_file(std::move(file)) {}

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

bool ApiPayloadReader::date(Context &c, const QJsonValue &value, const QString &path, QDate *out, bool required)
{
    const QString t = text(value);
    if (t.isEmpty()) {
        *out = QDate();
        if (!required)
            return true;
    } else {
        // "2022-12-22", sometimes with a time after it.
        *out = QDate::fromString(t.left(10), Qt::ISODate);
        if (out->isValid())
            return true;
    }
    c.issue->file = m_file;
    c.issue->where = c.where.isEmpty() ? path : c.where + QStringLiteral(": ") + path;
    c.issue->field = QStringLiteral("reportDate");
    c.issue->value = t;
    c.issue->message = t.isEmpty() ? tr("missing date") : tr("not a date (expected yyyy-mm-dd)");
    return false;
}

QString ApiPayloadReader::serviceName(const Context &c, const QString &areaId) const
{
    const QString fromPayload = c.areas.value(areaId);
    if (!fromPayload.isEmpty())
        return fromPayload;
    const QString builtIn = InspectionAreas::builtInName(areaId);
    return builtIn.isEmpty() ? areaId : builtIn;
}

bool ApiPayloadReader::addCell(Context &c, const QString &service, KeyQuestion kq, const QJsonValue &ratingValue,
                               const QDate &date, const QString &linkId, const QString &inheritedFrom,
                               const QString &path)
{
    const Rating rating = Rating::fromText(text(ratingValue));
    // A rating without a date ("No published rating" with no report) cannot
    // be placed in time: there is nothing to record.
    if (rating.isEmpty() || !date.isValid())
        return true;
    Q_UNUSED(path)
    ObservationRecord o;
    o.providerId = c.providerId;
    o.locationId = c.locationId;
    o.service = service;
    o.keyQuestion = kq;
    o.rating = rating;
    o.publicationDate = date;
    o.reportLinkId = linkId;
    const QString from = inheritedFrom.isEmpty() ? c.reportOrganisations.value(linkId) : inheritedFrom;
    o.inheritedFrom = from == c.ownId ? QString() : from;
    c.facts->observations.append(o);
    ReportRecord r;
    r.providerId = c.providerId;
    r.locationId = c.locationId;
    r.publicationDate = date;
    r.linkId = linkId;
    c.facts->reports.append(r);
    return true;
}

bool ApiPayloadReader::keyQuestionRatings(Context &c, const QString &service, const QJsonArray &ratings,
                                          const QDate &fallbackDate, const QString &fallbackLink,
                                          const QString &inheritedFrom, const QString &path, bool ownDates)
{
    for (int i = 0; i < ratings.size(); ++i) {
        const QJsonObject kqo = ratings.at(i).toObject();
        const QString itemPath = QStringLiteral("%1[%2]").arg(path).arg(i);
        const QString name = text(kqo.value(QLatin1String("name")));
        KeyQuestion kq;
        if (!KeyQuestions::fromName(name, &kq) || kq == KeyQuestion::Overall) {
            c.issue->file = m_file;
            c.issue->where = c.where.isEmpty() ? itemPath : c.where + QStringLiteral(": ") + itemPath;
            c.issue->field = QStringLiteral("name");
            c.issue->value = name;
            c.issue->message = tr("not a key question (Safe, Effective, Caring, Responsive, Well-led)");
            return false;
        }
        QDate when = fallbackDate;
        QString link = fallbackLink;
        QString inherited = inheritedFrom;
        if (ownDates) {
            QDate own;
            if (!date(c, kqo.value(QLatin1String("reportDate")), itemPath + QStringLiteral(".reportDate"), &own, false))
                return false;
            if (own.isValid())
                when = own;
            const QString ownLink = text(kqo.value(QLatin1String("reportLinkId")));
            if (!ownLink.isEmpty())
                link = ownLink;
            const QString org = text(kqo.value(QLatin1String("organisationId")));
            if (!org.isEmpty())
                inherited = org;
        }
        if (!addCell(c, service, kq, kqo.value(QLatin1String("rating")), when, link, inherited, itemPath))
            return false;
    }
    return true;
}

bool ApiPayloadReader::read(const QJsonObject &p, const QString &where, const QString &path, RecordFacts *facts,
                            ImportIssue *issue)
{
    Context c{where, path, {}, {}, {}, {}, facts, issue};
    auto bad = [&](const QString &field, const QString &value, const QString &message) {
        issue->file = m_file;
        issue->where = where.isEmpty() ? path : where + QStringLiteral(": ") + path;
        issue->field = field;
        issue->value = value;
        issue->message = message;
        return false;
    };

    const QString locationId = text(p.value(QLatin1String("locationId")));
    const QString providerId = text(p.value(QLatin1String("providerId")));
    if (providerId.isEmpty())
        return bad(QStringLiteral("providerId"), QString(), tr("missing: not a CQC location or provider payload"));
    c.providerId = providerId;
    c.locationId = locationId;
    c.ownId = locationId.isEmpty() ? providerId : locationId;

    QString primaryCategory;
    for (const QJsonValue &v : p.value(QLatin1String("inspectionCategories")).toArray()) {
        const QJsonObject cat = v.toObject();
        const QString primary = text(cat.value(QLatin1String("primary")));
        if (primaryCategory.isEmpty() || primary == QLatin1String("true"))
            primaryCategory = text(cat.value(QLatin1String("name")));
    }
    for (const QJsonValue &v : p.value(QLatin1String("inspectionAreas")).toArray()) {
        const QJsonObject area = v.toObject();
        const QString id = text(area.value(QLatin1String("inspectionAreaId")));
        const QString name = text(area.value(QLatin1String("inspectionAreaName")));
        if (!id.isEmpty() && !name.isEmpty())
            c.areas.insert(id, name);
    }

    const QString name = text(p.value(QLatin1String("name")));
    if (!locationId.isEmpty()) {
        LocationRecord l;
        l.id = locationId;
        l.providerId = providerId;
        l.name = name;
        l.type = text(p.value(QLatin1String("type")));
        l.inspectionCategory = primaryCategory;
        l.region = text(p.value(QLatin1String("region")));
        QStringList address;
        for (const char *key : {"postalAddressLine1", "postalAddressLine2", "postalAddressTownCity"}) {
            const QString part = text(p.value(QLatin1String(key)));
            if (!part.isEmpty())
                address << part;
        }
        l.address = address.join(QStringLiteral(", "));
        l.postcode = text(p.value(QLatin1String("postalCode")));
        l.url = QStringLiteral("https://www.cqc.org.uk/location/") + locationId;
        l.registrationStatus = text(p.value(QLatin1String("registrationStatus")));
        for (const QJsonValue &v : p.value(QLatin1String("relationships")).toArray()) {
            const QJsonObject rel = v.toObject();
            if (text(rel.value(QLatin1String("type"))) == QLatin1String("HSCA Predecessor")) {
                l.predecessorId = text(rel.value(QLatin1String("relatedLocationId")));
                l.predecessorName = text(rel.value(QLatin1String("relatedLocationName")));
                l.predecessorReason = text(rel.value(QLatin1String("reason")));
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
        pr.type = text(p.value(QLatin1String("type")));
        pr.inspectionCategory = primaryCategory;
        pr.region = text(p.value(QLatin1String("region")));
        pr.url = QStringLiteral("https://www.cqc.org.uk/provider/") + providerId;
        facts->providers.append(pr);
    }

    for (const QJsonValue &v : p.value(QLatin1String("reports")).toArray()) {
        const QJsonObject ro = v.toObject();
        ReportRecord r;
        r.providerId = providerId;
        r.locationId = locationId;
        if (!date(c, ro.value(QLatin1String("reportDate")), path + QStringLiteral(".reports[].reportDate"),
                  &r.publicationDate, true))
            return false;
        r.linkId = text(ro.value(QLatin1String("linkId")));
        r.url = text(ro.value(QLatin1String("reportUri")));
        facts->reports.append(r);
    }
    return readRatings(c, p);
}

bool ApiPayloadReader::readRatings(Context &c, const QJsonObject &p)
{
    auto noteOrganisation = [&c](const QJsonObject &o) {
        const QString link = text(o.value(QLatin1String("reportLinkId")));
        const QString org = text(o.value(QLatin1String("organisationId")));
        if (!link.isEmpty() && !org.isEmpty())
            c.reportOrganisations.insert(link, org);
    };
    for (const QJsonValue &h : p.value(QLatin1String("historicRatings")).toArray())
        noteOrganisation(h.toObject());
    const QJsonObject currentRatings = p.value(QLatin1String("currentRatings")).toObject();
    const QJsonObject currentOverall = currentRatings.value(QLatin1String("overall")).toObject();
    for (const QJsonValue &kq : currentOverall.value(QLatin1String("keyQuestionRatings")).toArray())
        noteOrganisation(kq.toObject());
    for (const QJsonValue &s : currentRatings.value(QLatin1String("serviceRatings")).toArray())
        noteOrganisation(s.toObject());

    // Oldest first: on one date the observation added last wins, and the
    // historic list is newest first.
    const QJsonArray historic = p.value(QLatin1String("historicRatings")).toArray();
    for (int i = historic.size() - 1; i >= 0; --i) {
        const QJsonObject h = historic.at(i).toObject();
        const QString hp = QStringLiteral("%1.historicRatings[%2]").arg(c.path).arg(i);
        QDate when;
        if (!date(c, h.value(QLatin1String("reportDate")), hp + QStringLiteral(".reportDate"), &when, true))
            return false;
        const QString link = text(h.value(QLatin1String("reportLinkId")));
        const QString org = text(h.value(QLatin1String("organisationId")));
        const QJsonObject overall = h.value(QLatin1String("overall")).toObject();
        if (!overall.isEmpty()) {
            if (!addCell(c, QString(), KeyQuestion::Overall, overall.value(QLatin1String("rating")), when, link, org, hp))
                return false;
            if (!keyQuestionRatings(c, QString(), overall.value(QLatin1String("keyQuestionRatings")).toArray(), when,
                                    link, org, hp + QStringLiteral(".overall.keyQuestionRatings"), false))
                return false;
            const QJsonObject uor = overall.value(QLatin1String("useOfResources")).toObject();
            if (!addCell(c, QString(), KeyQuestion::UseOfResources, uor.value(QLatin1String("useOfResourcesRating")),
                         when, link, org, hp)
                || !addCell(c, QString(), KeyQuestion::Combined, uor.value(QLatin1String("combinedQualityRating")),
                            when, link, org, hp))
                return false;
        }
        const QJsonArray services = h.value(QLatin1String("serviceRatings")).toArray();
        for (int s = 0; s < services.size(); ++s) {
            const QJsonObject so = services.at(s).toObject();
            const QString sp = QStringLiteral("%1.serviceRatings[%2]").arg(hp).arg(s);
            const QString service = serviceName(c, text(so.value(QLatin1String("name"))));
            if (!addCell(c, service, KeyQuestion::Overall, so.value(QLatin1String("rating")), when, link, org, sp)
                || !keyQuestionRatings(c, service, so.value(QLatin1String("keyQuestionRatings")).toArray(), when, link,
                                       org, sp + QStringLiteral(".keyQuestionRatings"), false))
                return false;
        }
    }

    const QJsonObject current = p.value(QLatin1String("currentRatings")).toObject();
    const QString cp = c.path + QStringLiteral(".currentRatings");
    const QJsonObject overall = current.value(QLatin1String("overall")).toObject();
    if (!overall.isEmpty()) {
        QDate when;
        if (!date(c, overall.value(QLatin1String("reportDate")), cp + QStringLiteral(".overall.reportDate"), &when, false))
            return false;
        const QString link = text(overall.value(QLatin1String("reportLinkId")));
        const QString org = text(overall.value(QLatin1String("organisationId")));
        if (!addCell(c, QString(), KeyQuestion::Overall, overall.value(QLatin1String("rating")), when, link, org, cp))
            return false;
        if (!keyQuestionRatings(c, QString(), overall.value(QLatin1String("keyQuestionRatings")).toArray(), when, link,
                                org, cp + QStringLiteral(".overall.keyQuestionRatings"), true))
            return false;
        const QJsonObject uor = overall.value(QLatin1String("useOfResources")).toObject();
        if (!uor.isEmpty()) {
            QDate uorDate;
            if (!date(c, uor.value(QLatin1String("reportDate")), cp + QStringLiteral(".overall.useOfResources.reportDate"),
                      &uorDate, false))
                return false;
            if (!uorDate.isValid())
                uorDate = when;
            QString uorLink = text(uor.value(QLatin1String("reportLinkId")));
            if (uorLink.isEmpty())
                uorLink = link;
            if (!addCell(c, QString(), KeyQuestion::UseOfResources, uor.value(QLatin1String("useOfResourcesRating")),
                         uorDate, uorLink, org, cp)
                || !addCell(c, QString(), KeyQuestion::Combined, uor.value(QLatin1String("combinedQualityRating")),
                            uorDate, uorLink, org, cp))
                return false;
        }
    }
    const QJsonArray services = current.value(QLatin1String("serviceRatings")).toArray();
    for (int s = 0; s < services.size(); ++s) {
        const QJsonObject so = services.at(s).toObject();
        const QString sp = QStringLiteral("%1.serviceRatings[%2]").arg(cp).arg(s);
        const QString service = serviceName(c, text(so.value(QLatin1String("name"))));
        QDate when;
        if (!date(c, so.value(QLatin1String("reportDate")), sp + QStringLiteral(".reportDate"), &when, false))
            return false;
        const QString link = text(so.value(QLatin1String("reportLinkId")));
        const QString org = text(so.value(QLatin1String("organisationId")));
        if (!addCell(c, service, KeyQuestion::Overall, so.value(QLatin1String("rating")), when, link, org, sp)
            || !keyQuestionRatings(c, service, so.value(QLatin1String("keyQuestionRatings")).toArray(), when, link, org,
                                   sp + QStringLiteral(".keyQuestionRatings"), false))
            return false;
    }
    return true;
}
