#include <importing/ApiPayloadReader.h>

#include <importing/ApiPayloadShape.h>
#include <importing/InspectionAreas.h>
#include <importing/PublicationDates.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

// Saved responses sometimes carry numbers as strings and the other way round.
static QString text(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: return v.toString().trimmed();
    case QJsonValue::Double: {
        // A whole number within qint64 prints as one ("70", not "70.0");
        // converting one outside it would be undefined behaviour.
        const double d = v.toDouble();
        if (std::isfinite(d) && std::abs(d) < 9.0e15 && d == std::trunc(d))
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
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
    // CQC's current view in this payload (currentRatings and assessment):
    // cell -> index in view.cells; the newer of two values for one cell wins.
    SnapshotRecord view;
    QHash<QString, int> viewIndex;
    QDate newest;           // the newest date in the payload: the view's date
    void noteDate(const QDate &d)
    {
        if (d.isValid() && (!newest.isValid() || d > newest))
            newest = d;
    }
    void addCurrent(const SnapshotCell &cell)
    {
        const QString key = cell.service + QLatin1Char('\x1f') + QString::number(int(cell.keyQuestion));
        const auto it = viewIndex.constFind(key);
        if (it == viewIndex.constEnd()) {
            viewIndex.insert(key, view.cells.size());
            view.cells.append(cell);
        } else if (!view.cells.at(*it).date.isValid() || (cell.date.isValid() && cell.date >= view.cells.at(*it).date)) {
            view.cells[*it] = cell;
        }
    }
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
        if (out->isValid() && !PublicationDates::plausible(*out))
            return fail(c, path, path.section(QLatin1Char('.'), -1), t, PublicationDates::refusal());
        if (out->isValid())
            return true;
    }
    return fail(c, path, path.section(QLatin1Char('.'), -1), t,
                t.isEmpty() ? tr("missing date") : tr("not a date (expected yyyy-mm-dd)"));
}

QString ApiPayloadReader::serviceName(const Context &c, const QString &areaId) const
{
    const QString fromPayload = c.areas.value(areaId);
    if (!fromPayload.isEmpty())
        return fromPayload;
    const QString builtIn = InspectionAreas::builtInName(areaId);
    return builtIn.isEmpty() ? areaId : builtIn;
}

bool ApiPayloadReader::fail(Context &c, const QString &path, const QString &field, const QString &value,
                            const QString &message)
{
    c.issue->file = m_file;
    c.issue->where = c.where.isEmpty() ? path : c.where + QStringLiteral(": ") + path;
    c.issue->field = field;
    c.issue->value = value;
    c.issue->message = message;
    c.issue->providerId = c.providerId;
    c.issue->locationId = c.locationId;
    return false;
}

bool ApiPayloadReader::addCell(Context &c, const QString &service, KeyQuestion kq, const QJsonValue &ratingValue,
                               const QDate &date, const QString &linkId, const QString &inheritedFrom,
                               const QString &path, const CellExtras &extras)
{
    if (ratingValue.isUndefined() || ratingValue.isNull())
        return true;
    if (!ratingValue.isString())
        return fail(c, path, QStringLiteral("rating"), QString::fromUtf8(QJsonDocument(QJsonArray{ratingValue}).toJson(QJsonDocument::Compact)).mid(1).chopped(1),
                    tr("not text: a rating is a string such as \"Good\""));
    const QString ratingText = ratingValue.toString().trimmed();
    if (ratingText.isEmpty())
        return true;
    Rating rating;
    if (!Rating::parse(ratingText, &rating))
        return fail(c, path, QStringLiteral("rating"), ratingText,
                    tr("not a rating CQC uses (Outstanding, Good, Requires improvement, Inadequate, "
                       "or a known non-rating such as \"Inspected but not rated\")"));
    c.noteDate(date);
    if (extras.current)
        c.addCurrent({service, kq, rating, date});
    // A rating without a date ("No published rating" with no report) cannot
    // be placed in history; the current view above still says it.
    if (!date.isValid())
        return true;
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
    o.score = rating.isGrade() ? extras.score : -1; // "0" on unrated service types means no score
    o.assessmentStatus = extras.status;
    o.qualityStatements = extras.statements;
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
                                          const QString &inheritedFrom, const QString &path, bool ownDates,
                                          bool current)
{
    for (int i = 0; i < ratings.size(); ++i) {
        const QJsonObject kqo = ratings.at(i).toObject();
        const QString itemPath = QStringLiteral("%1[%2]").arg(path).arg(i);
        const QString name = text(kqo.value(QLatin1String("name")));
        KeyQuestion kq;
        if (!KeyQuestions::fromName(name, &kq) || kq == KeyQuestion::Overall)
            return fail(c, itemPath + QStringLiteral(".name"), QStringLiteral("name"), name,
                        tr("not a key question (Safe, Effective, Caring, Responsive, Well-led)"));
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
        CellExtras extras;
        extras.current = current;
        if (!addCell(c, service, kq, kqo.value(QLatin1String("rating")), when, link, inherited,
                     itemPath + QStringLiteral(".rating"), extras))
            return false;
    }
    return true;
}

bool ApiPayloadReader::read(const QJsonObject &p, const QString &where, const QString &path, RecordFacts *facts,
                            ImportIssue *issue)
{
    Context c{where, path, {}, {}, {}, {}, facts, issue, {}, {}, {}, {}};
    auto bad = [&](const QString &field, const QString &value, const QString &message) {
        issue->file = m_file;
        issue->where = where.isEmpty() ? path : where + QStringLiteral(": ") + path;
        issue->field = field;
        issue->value = value;
        issue->message = message;
        return false;
    };

    ApiPayloadShape::Problem problem;
    if (!ApiPayloadShape::check(p, &problem)) {
        issue->file = m_file;
        issue->where = (where.isEmpty() ? path : where + QStringLiteral(": ") + path) + QLatin1Char('.') + problem.path;
        issue->field = problem.path.section(QLatin1Char('.'), -1);
        issue->value = problem.value;
        issue->message = problem.message;
        issue->providerId = p.value(QLatin1String("providerId")).toString();
        issue->locationId = p.value(QLatin1String("locationId")).toString();
        return false;
    }
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
        c.noteDate(r.publicationDate);
    }
    if (!readRatings(c, p))
        return false;
    // A detail response says what is current (currentRatings, even null, or
    // an assessment); then it is the subject's complete current view,
    // dated by the newest date in it.
    if (p.contains(QLatin1String("currentRatings")) || !p.value(QLatin1String("assessment")).toArray().isEmpty()) {
        const QDate lastReport = QDate::fromString(
            text(p.value(QLatin1String("lastReport")).toObject().value(QLatin1String("publicationDate"))).left(10),
            Qt::ISODate);
        c.noteDate(lastReport);
        c.view.providerId = providerId;
        c.view.locationId = locationId;
        c.view.date = c.newest;
        facts->snapshots.append(c.view);
    }
    return true;
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
                                    link, org, hp + QStringLiteral(".overall.keyQuestionRatings"), false, false))
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
                                       org, sp + QStringLiteral(".keyQuestionRatings"), false, false))
                return false;
        }
    }

    const QJsonObject current = p.value(QLatin1String("currentRatings")).toObject();
    const QString cp = c.path + QStringLiteral(".currentRatings");
    CellExtras now;
    now.current = true;
    {
        QDate viewDate;
        if (!date(c, current.value(QLatin1String("reportDate")), cp + QStringLiteral(".reportDate"), &viewDate, false))
            return false;
        c.noteDate(viewDate);
    }
    const QJsonObject overall = current.value(QLatin1String("overall")).toObject();
    if (!overall.isEmpty()) {
        QDate when;
        if (!date(c, overall.value(QLatin1String("reportDate")), cp + QStringLiteral(".overall.reportDate"), &when, false))
            return false;
        const QString link = text(overall.value(QLatin1String("reportLinkId")));
        const QString org = text(overall.value(QLatin1String("organisationId")));
        if (!addCell(c, QString(), KeyQuestion::Overall, overall.value(QLatin1String("rating")), when, link, org, cp, now))
            return false;
        if (!keyQuestionRatings(c, QString(), overall.value(QLatin1String("keyQuestionRatings")).toArray(), when, link,
                                org, cp + QStringLiteral(".overall.keyQuestionRatings"), true, true))
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
                         uorDate, uorLink, org, cp, now)
                || !addCell(c, QString(), KeyQuestion::Combined, uor.value(QLatin1String("combinedQualityRating")),
                            uorDate, uorLink, org, cp, now))
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
        if (!addCell(c, service, KeyQuestion::Overall, so.value(QLatin1String("rating")), when, link, org, sp, now)
            || !keyQuestionRatings(c, service, so.value(QLatin1String("keyQuestionRatings")).toArray(), when, link, org,
                                   sp + QStringLiteral(".keyQuestionRatings"), false, true))
            return false;
    }
    return readAssessments(c, p);
}

// Percentage scores come as strings ("70"); numbers are accepted too.
bool ApiPayloadReader::score(Context &c, const QJsonValue &value, const QString &path, int *out)
{
    *out = -1;
    if (value.isUndefined() || value.isNull())
        return true;
    const QString t = (value.isString() || value.isDouble()) ? text(value) : QString();
    if (value.isString() && t.isEmpty())
        return true;
    bool ok = false;
    const double d = t.toDouble(&ok);
    if (!ok || d < 0 || d > 100)
        return fail(c, path, QStringLiteral("percentageScore"), t.isEmpty() ? QStringLiteral("(not text)") : t,
                    tr("not a percentage (0 to 100)"));
    *out = qRound(d);
    return true;
}

// The Single Assessment Framework (CQC-DATA.md section 4f): per assessment
// service group and key question a rating, a score and quality statements.
// A location assessed through one group is rated through it (its own row);
// with several, each group is a row of its own.
bool ApiPayloadReader::readAssessments(Context &c, const QJsonObject &p)
{
    const QJsonValue assessmentsValue = p.value(QLatin1String("assessment"));
    if (!assessmentsValue.isUndefined() && !assessmentsValue.isNull() && !assessmentsValue.isArray())
        return fail(c, c.path + QStringLiteral(".assessment"), QStringLiteral("assessment"), QString(),
                    tr("not a list of assessments"));
    const QJsonArray assessments = assessmentsValue.toArray();
    for (int a = 0; a < assessments.size(); ++a) {
        const QJsonObject assessment = assessments.at(a).toObject();
        const QString ap = QStringLiteral("%1.assessment[%2]").arg(c.path).arg(a);
        QDate published;
        if (!date(c, assessment.value(QLatin1String("assessmentPlanPublishedDateTime")),
                  ap + QStringLiteral(".assessmentPlanPublishedDateTime"), &published, true))
            return false;
        const QJsonObject ratings = assessment.value(QLatin1String("ratings")).toObject();
        const QJsonArray groups = ratings.value(QLatin1String("asgRatings")).toArray();
        // The location's own overall where CQC gives one (an object, or a list of one).
        QJsonValue overall = ratings.value(QLatin1String("overall"));
        if (overall.isArray())
            overall = overall.toArray().first();
        CellExtras now;
        now.current = true;
        if (overall.isObject() && !addCell(c, QString(), KeyQuestion::Overall, overall.toObject().value(QLatin1String("rating")),
                                           published, QString(), QString(), ap + QStringLiteral(".ratings.overall"), now))
            return false;
        for (int g = 0; g < groups.size(); ++g) {
            const QJsonObject group = groups.at(g).toObject();
            const QString gp = QStringLiteral("%1.ratings.asgRatings[%2]").arg(ap).arg(g);
            const QString service = groups.size() == 1 ? QString() : text(group.value(QLatin1String("name")));
            const QString link = text(group.value(QLatin1String("assessmentPlanId")));
            if (groups.size() > 1 && service.isEmpty())
                return fail(c, gp + QStringLiteral(".name"), QStringLiteral("name"), QString(),
                            tr("an assessment service group without a name"));
            if (!addCell(c, service, KeyQuestion::Overall, group.value(QLatin1String("rating")), published, link,
                         QString(), gp + QStringLiteral(".rating"), now))
                return false;
            const QJsonArray kqs = group.value(QLatin1String("keyQuestionRatings")).toArray();
            for (int k = 0; k < kqs.size(); ++k) {
                const QJsonObject kqo = kqs.at(k).toObject();
                const QString kp = QStringLiteral("%1.keyQuestionRatings[%2]").arg(gp).arg(k);
                const QString name = text(kqo.value(QLatin1String("name")));
                KeyQuestion kq;
                if (!KeyQuestions::fromName(name, &kq) || kq == KeyQuestion::Overall)
                    return fail(c, kp + QStringLiteral(".name"), QStringLiteral("name"), name,
                                tr("not a key question (Safe, Effective, Caring, Responsive, Well-led)"));
                CellExtras extras = now;
                if (!score(c, kqo.value(QLatin1String("percentageScore")), kp + QStringLiteral(".percentageScore"),
                           &extras.score))
                    return false;
                extras.status = text(kqo.value(QLatin1String("status")));
                for (const QJsonValue &t : kqo.value(QLatin1String("topicareas")).toArray()) {
                    const QJsonObject qs = t.toObject();
                    QualityStatementRecord r;
                    r.id = text(qs.value(QLatin1String("qualityStatementId")));
                    r.name = text(qs.value(QLatin1String("name")));
                    r.score = text(qs.value(QLatin1String("qualityStatementscore")));
                    r.status = text(qs.value(QLatin1String("status")));
                    if (r.id.isEmpty())
                        r.id = r.name;
                    if (!r.id.isEmpty())
                        extras.statements.append(r);
                }
                if (!addCell(c, service, kq, kqo.value(QLatin1String("rating")), published, link, QString(),
                             kp + QStringLiteral(".rating"), extras))
                    return false;
            }
        }
    }
    return true;
}
