// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <importing/ApiRatingsReader.h>

#include <importing/ApiPayloadContext.h>

#include <QJsonArray>

bool ApiRatingsReader::keyQuestionRatings(ApiPayloadContext &c, const QString &service, const QJsonArray &ratings,
                                          const QDate &fallbackDate, const QString &fallbackLink,
                                          const QString &inheritedFrom, const QString &path, bool ownDates,
                                          bool current)
{
    for (int i = 0; i < ratings.size(); ++i) {
        const QJsonObject kqo = ratings.at(i).toObject();
        const QString itemPath = QStringLiteral("%1[%2]").arg(path).arg(i);
        KeyQuestion kq;
        if (!c.keyQuestion(kqo, itemPath, &kq))
            return false;
        QDate when = fallbackDate;
        QString link = fallbackLink;
        QString inherited = inheritedFrom;
        if (ownDates) {
            QDate own;
            if (!c.date(kqo.value(QLatin1String("reportDate")), itemPath + QStringLiteral(".reportDate"), &own, false))
                return false;
            if (own.isValid())
                when = own;
            const QString ownLink = c.text(kqo.value(QLatin1String("reportLinkId")));
            if (!ownLink.isEmpty())
                link = ownLink;
            const QString org = c.text(kqo.value(QLatin1String("organisationId")));
            if (!org.isEmpty())
                inherited = org;
        }
        ApiPayloadContext::CellExtras extras;
        extras.current = current;
        if (!c.addCell(service, kq, kqo.value(QLatin1String("rating")), when, link, inherited,
                       itemPath + QStringLiteral(".rating"), extras))
            return false;
    }
    return true;
}

bool ApiRatingsReader::useOfResources(ApiPayloadContext &c, const QJsonObject &uor, const QDate &date,
                                      const QString &link, const QString &organisation, const QString &path,
                                      const ApiPayloadContext::CellExtras &extras)
{
    return c.addCell(QString(), KeyQuestion::UseOfResources, uor.value(QLatin1String("useOfResourcesRating")), date,
                     link, organisation, path, extras)
        && c.addCell(QString(), KeyQuestion::Combined, uor.value(QLatin1String("combinedQualityRating")), date, link,
                     organisation, path, extras);
}

bool ApiRatingsReader::read(ApiPayloadContext &c, const QJsonObject &p)
{
    auto noteOrganisation = [&c](const QJsonObject &o) {
        const QString link = c.text(o.value(QLatin1String("reportLinkId")));
        const QString org = c.text(o.value(QLatin1String("organisationId")));
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
        if (!c.date(h.value(QLatin1String("reportDate")), hp + QStringLiteral(".reportDate"), &when, true))
            return false;
        const QString link = c.text(h.value(QLatin1String("reportLinkId")));
        const QString org = c.text(h.value(QLatin1String("organisationId")));
        const QJsonObject overall = h.value(QLatin1String("overall")).toObject();
        if (!overall.isEmpty()) {
            if (!c.addCell(QString(), KeyQuestion::Overall, overall.value(QLatin1String("rating")), when, link, org,
                           hp))
                return false;
            if (!keyQuestionRatings(c, QString(), overall.value(QLatin1String("keyQuestionRatings")).toArray(), when,
                                    link, org, hp + QStringLiteral(".overall.keyQuestionRatings"), false, false))
                return false;
            const QJsonObject uor = overall.value(QLatin1String("useOfResources")).toObject();
            if (!useOfResources(c, uor, when, link, org, hp, ApiPayloadContext::CellExtras()))
                return false;
        }
        const QJsonArray services = h.value(QLatin1String("serviceRatings")).toArray();
        for (int s = 0; s < services.size(); ++s) {
            const QJsonObject so = services.at(s).toObject();
            const QString sp = QStringLiteral("%1.serviceRatings[%2]").arg(hp).arg(s);
            const QString service = c.serviceName(c.text(so.value(QLatin1String("name"))));
            if (!c.addCell(service, KeyQuestion::Overall, so.value(QLatin1String("rating")), when, link, org, sp)
                || !keyQuestionRatings(c, service, so.value(QLatin1String("keyQuestionRatings")).toArray(), when, link,
                                       org, sp + QStringLiteral(".keyQuestionRatings"), false, false))
                return false;
        }
    }

    const QJsonObject current = p.value(QLatin1String("currentRatings")).toObject();
    const QString cp = c.path + QStringLiteral(".currentRatings");
    ApiPayloadContext::CellExtras now;
    now.current = true;
    {
        QDate viewDate;
        if (!c.date(current.value(QLatin1String("reportDate")), cp + QStringLiteral(".reportDate"), &viewDate, false))
            return false;
        c.noteDate(viewDate);
    }
    const QJsonObject overall = current.value(QLatin1String("overall")).toObject();
    if (!overall.isEmpty()) {
        QDate when;
        if (!c.date(overall.value(QLatin1String("reportDate")), cp + QStringLiteral(".overall.reportDate"), &when,
                    false))
            return false;
        const QString link = c.text(overall.value(QLatin1String("reportLinkId")));
        const QString org = c.text(overall.value(QLatin1String("organisationId")));
        if (!c.addCell(QString(), KeyQuestion::Overall, overall.value(QLatin1String("rating")), when, link, org, cp,
                       now))
            return false;
        if (!keyQuestionRatings(c, QString(), overall.value(QLatin1String("keyQuestionRatings")).toArray(), when, link,
                                org, cp + QStringLiteral(".overall.keyQuestionRatings"), true, true))
            return false;
        const QJsonObject uor = overall.value(QLatin1String("useOfResources")).toObject();
        if (!uor.isEmpty()) {
            QDate uorDate;
            if (!c.date(uor.value(QLatin1String("reportDate")),
                        cp + QStringLiteral(".overall.useOfResources.reportDate"), &uorDate, false))
                return false;
            if (!uorDate.isValid())
                uorDate = when;
            QString uorLink = c.text(uor.value(QLatin1String("reportLinkId")));
            if (uorLink.isEmpty())
                uorLink = link;
            if (!useOfResources(c, uor, uorDate, uorLink, org, cp, now))
                return false;
        }
    }
    const QJsonArray services = current.value(QLatin1String("serviceRatings")).toArray();
    for (int s = 0; s < services.size(); ++s) {
        const QJsonObject so = services.at(s).toObject();
        const QString sp = QStringLiteral("%1.serviceRatings[%2]").arg(cp).arg(s);
        const QString service = c.serviceName(c.text(so.value(QLatin1String("name"))));
        QDate when;
        if (!c.date(so.value(QLatin1String("reportDate")), sp + QStringLiteral(".reportDate"), &when, false))
            return false;
        const QString link = c.text(so.value(QLatin1String("reportLinkId")));
        const QString org = c.text(so.value(QLatin1String("organisationId")));
        if (!c.addCell(service, KeyQuestion::Overall, so.value(QLatin1String("rating")), when, link, org, sp, now)
            || !keyQuestionRatings(c, service, so.value(QLatin1String("keyQuestionRatings")).toArray(), when, link, org,
                                   sp + QStringLiteral(".keyQuestionRatings"), false, true))
            return false;
    }
    return true;
}
