// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <importing/ApiPayloadContext.h>

#include <importing/InspectionAreas.h>
#include <importing/PublicationDates.h>

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

QString ApiPayloadContext::text(const QJsonValue &v)
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

ApiPayloadContext::ApiPayloadContext(QString file, QString where, QString path, RecordFacts *facts, ImportIssue *issue)
    : file(std::move(file)), where(std::move(where)), path(std::move(path)), facts(facts), issue(issue)
{}

void ApiPayloadContext::noteDate(const QDate &d)
{
    if (d.isValid() && (!newest.isValid() || d > newest))
        newest = d;
}

void ApiPayloadContext::addCurrent(const SnapshotCell &cell)
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

bool ApiPayloadContext::date(const QJsonValue &value, const QString &path, QDate *out, bool required)
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
            return fail(path, path.section(QLatin1Char('.'), -1), t, PublicationDates::refusal());
        if (out->isValid())
            return true;
    }
    return fail(path, path.section(QLatin1Char('.'), -1), t,
                t.isEmpty() ? tr("missing date") : tr("not a date (expected yyyy-mm-dd)"));
}

bool ApiPayloadContext::keyQuestion(const QJsonObject &rating, const QString &itemPath, KeyQuestion *out)
{
    const QString name = text(rating.value(QLatin1String("name")));
    if (!KeyQuestions::fromName(name, out) || *out == KeyQuestion::Overall)
        return fail(itemPath + QStringLiteral(".name"), QStringLiteral("name"), name,
                    tr("not a key question (Safe, Effective, Caring, Responsive, Well-led)"));
    return true;
}

QString ApiPayloadContext::serviceName(const QString &areaId) const
{
    const QString fromPayload = areas.value(areaId);
    if (!fromPayload.isEmpty())
        return fromPayload;
    const QString builtIn = InspectionAreas::builtInName(areaId);
    return builtIn.isEmpty() ? areaId : builtIn;
}

bool ApiPayloadContext::fail(const QString &path, const QString &field, const QString &value, const QString &message)
{
    issue->file = file;
    issue->where = where.isEmpty() ? path : where + QStringLiteral(": ") + path;
    issue->field = field;
    issue->value = value;
    issue->message = message;
    issue->providerId = providerId;
    issue->locationId = locationId;
    return false;
}

bool ApiPayloadContext::addCell(const QString &service, KeyQuestion kq, const QJsonValue &ratingValue,
                                const QDate &date, const QString &linkId, const QString &inheritedFrom,
                                const QString &path, const CellExtras &extras)
{
    if (ratingValue.isUndefined() || ratingValue.isNull())
        return true;
    if (!ratingValue.isString())
        return fail(
            path, QStringLiteral("rating"),
            QString::fromUtf8(QJsonDocument(QJsonArray{ratingValue}).toJson(QJsonDocument::Compact)).mid(1).chopped(1),
            tr("not text: a rating is a string such as \"Good\""));
    const QString ratingText = ratingValue.toString().trimmed();
    if (ratingText.isEmpty())
        return true;
    Rating rating;
    if (!Rating::parse(ratingText, &rating))
        return fail(path, QStringLiteral("rating"), ratingText,
                    tr("not a rating CQC uses (Outstanding, Good, Requires improvement, Inadequate, "
                       "or a known non-rating such as \"Inspected but not rated\")"));
    noteDate(date);
    if (extras.current)
        addCurrent({service, kq, rating, date});
    // A rating without a date ("No published rating" with no report) cannot
    // be placed in history; the current view above still says it.
    if (!date.isValid())
        return true;
    ObservationRecord o;
    o.providerId = providerId;
    o.locationId = locationId;
    o.service = service;
    o.keyQuestion = kq;
    o.rating = rating;
    o.publicationDate = date;
    o.reportLinkId = linkId;
    const QString from = inheritedFrom.isEmpty() ? reportOrganisations.value(linkId) : inheritedFrom;
    o.inheritedFrom = from == ownId ? QString() : from;
    o.score = rating.isGrade() ? extras.score : -1; // "0" on unrated service types means no score
    o.assessmentStatus = extras.status;
    o.qualityStatements = extras.statements;
    facts->observations.append(o);
    ReportRecord r;
    r.providerId = providerId;
    r.locationId = locationId;
    r.publicationDate = date;
    r.linkId = linkId;
    facts->reports.append(r);
    return true;
}

bool ApiPayloadContext::addCell(const QString &service, KeyQuestion kq, const QJsonValue &rating, const QDate &date,
                                const QString &linkId, const QString &inheritedFrom, const QString &path)
{
    return addCell(service, kq, rating, date, linkId, inheritedFrom, path, CellExtras());
}

// Percentage scores come as strings ("70"); numbers are accepted too.
bool ApiPayloadContext::score(const QJsonValue &value, const QString &path, int *out)
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
        return fail(path, QStringLiteral("percentageScore"), t.isEmpty() ? QStringLiteral("(not text)") : t,
                    tr("not a percentage (0 to 100)"));
    *out = qRound(d);
    return true;
}
