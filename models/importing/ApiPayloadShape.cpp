// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <importing/ApiPayloadShape.h>

#include <QJsonArray>
#include <QJsonDocument>

namespace ApiPayloadShape {

namespace {

enum class Kind { Text, Object, Array, TextOrNumber };

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool: return QStringLiteral("true/false");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("text");
    case QJsonValue::Array: return QStringLiteral("a list");
    case QJsonValue::Object: return QStringLiteral("an object");
    default: return QStringLiteral("null");
    }
}

QString expected(Kind kind)
{
    switch (kind) {
    case Kind::Text: return QStringLiteral("text");
    case Kind::Object: return QStringLiteral("an object");
    case Kind::Array: return QStringLiteral("a list");
    case Kind::TextOrNumber: return QStringLiteral("text or a number");
    }
    return {};
}

bool fits(const QJsonValue &v, Kind kind)
{
    if (v.isNull() || v.isUndefined())
        return true;
    switch (kind) {
    case Kind::Text: return v.isString();
    case Kind::Object: return v.isObject();
    case Kind::Array: return v.isArray();
    case Kind::TextOrNumber: return v.isString() || v.isDouble();
    }
    return false;
}

QString shown(const QJsonValue &v)
{
    QString s;
    if (v.isString())
        s = v.toString();
    else if (v.isDouble())
        s = QString::number(v.toDouble(), 'g', 17);
    else if (v.isBool())
        s = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else if (v.isObject())
        s = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    else if (v.isArray())
        s = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return s.size() > 60 ? s.left(57) + QStringLiteral("...") : s;
}

// One level of the documented shape: member -> kind, and for objects and
// lists of objects the shape of what they hold.
struct Member
{
    const char *name;
    Kind kind;
    const Member *children = nullptr; // of the object, or of each object in the list
};

constexpr Member End{nullptr, Kind::Text};

// Texts read as identifiers, names, dates and ratings. Ratings may not be
// numbers either: "percentageScore" is the only number the importer reads.
constexpr Member keyQuestion[] = {{"name", Kind::Text},           {"rating", Kind::Text},
                                  {"reportDate", Kind::Text},     {"reportLinkId", Kind::Text},
                                  {"organisationId", Kind::Text}, End};
constexpr Member useOfResources[] = {{"useOfResourcesRating", Kind::Text},
                                     {"combinedQualityRating", Kind::Text},
                                     {"reportDate", Kind::Text},
                                     {"reportLinkId", Kind::Text},
                                     End};
constexpr Member overall[] = {{"rating", Kind::Text},
                              {"reportDate", Kind::Text},
                              {"reportLinkId", Kind::Text},
                              {"organisationId", Kind::Text},
                              {"keyQuestionRatings", Kind::Array, keyQuestion},
                              {"useOfResources", Kind::Object, useOfResources},
                              End};
constexpr Member service[] = {{"name", Kind::Text},
                              {"rating", Kind::Text},
                              {"reportDate", Kind::Text},
                              {"reportLinkId", Kind::Text},
                              {"organisationId", Kind::Text},
                              {"keyQuestionRatings", Kind::Array, keyQuestion},
                              End};
constexpr Member ratings[] = {{"reportDate", Kind::Text},
                              {"reportLinkId", Kind::Text},
                              {"organisationId", Kind::Text},
                              {"overall", Kind::Object, overall},
                              {"serviceRatings", Kind::Array, service},
                              End};
constexpr Member area[] = {{"inspectionAreaId", Kind::Text},
                           {"inspectionAreaName", Kind::Text},
                           {"status", Kind::Text},
                           {"endDate", Kind::Text},
                           End};
constexpr Member category[] = {{"name", Kind::Text}, End};
constexpr Member relationship[] = {{"relatedLocationId", Kind::Text},
                                   {"relatedLocationName", Kind::Text},
                                   {"type", Kind::Text},
                                   {"reason", Kind::Text},
                                   End};
constexpr Member report[] = {{"linkId", Kind::Text}, {"reportDate", Kind::Text}, {"reportUri", Kind::Text}, End};
constexpr Member lastReport[] = {{"publicationDate", Kind::Text}, End};
constexpr Member statement[] = {{"qualityStatementId", Kind::TextOrNumber},
                                {"name", Kind::Text},
                                {"qualityStatementscore", Kind::TextOrNumber},
                                {"status", Kind::Text},
                                End};
constexpr Member assessedKeyQuestion[] = {{"name", Kind::Text},
                                          {"rating", Kind::Text},
                                          {"status", Kind::Text},
                                          {"percentageScore", Kind::TextOrNumber},
                                          {"topicareas", Kind::Array, statement},
                                          End};
constexpr Member group[] = {{"name", Kind::Text},
                            {"rating", Kind::Text},
                            {"status", Kind::Text},
                            {"assessmentPlanId", Kind::Text},
                            {"percentageScore", Kind::TextOrNumber},
                            {"keyQuestionRatings", Kind::Array, assessedKeyQuestion},
                            End};
constexpr Member assessmentRatings[] = {{"asgRatings", Kind::Array, group}, End};
constexpr Member assessment[] = {
    {"assessmentPlanPublishedDateTime", Kind::Text}, {"ratings", Kind::Object, assessmentRatings}, End};
constexpr Member payload[] = {{"locationId", Kind::Text},
                              {"providerId", Kind::Text},
                              {"name", Kind::Text},
                              {"type", Kind::Text},
                              {"region", Kind::Text},
                              {"postalCode", Kind::Text},
                              {"registrationStatus", Kind::Text},
                              {"ownershipType", Kind::Text},
                              {"currentRatings", Kind::Object, ratings},
                              {"historicRatings", Kind::Array, ratings},
                              {"inspectionAreas", Kind::Array, area},
                              {"inspectionCategories", Kind::Array, category},
                              {"relationships", Kind::Array, relationship},
                              {"reports", Kind::Array, report},
                              {"lastReport", Kind::Object, lastReport},
                              {"assessment", Kind::Array, assessment},
                              End};

bool checkObject(const QJsonObject &o, const Member *members, const QString &path, Problem *problem)
{
    for (const Member *m = members; m->name; ++m) {
        const QString name = QLatin1String(m->name);
        const QJsonValue v = o.value(name);
        const QString here = path.isEmpty() ? name : path + QLatin1Char('.') + name;
        if (!fits(v, m->kind)) {
            *problem = {here, shown(v), QStringLiteral("is %1, expected %2").arg(typeName(v), expected(m->kind))};
            return false;
        }
        if (!m->children)
            continue;
        if (v.isObject() && !checkObject(v.toObject(), m->children, here, problem))
            return false;
        if (v.isArray()) {
            const QJsonArray list = v.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QString item = QStringLiteral("%1[%2]").arg(here).arg(i);
                if (!list.at(i).isObject()) {
                    *problem = {item, shown(list.at(i)),
                                QStringLiteral("is %1, expected an object").arg(typeName(list.at(i)))};
                    return false;
                }
                if (!checkObject(list.at(i).toObject(), m->children, item, problem))
                    return false;
            }
        }
    }
    return true;
}

} // namespace

bool check(const QJsonObject &p, Problem *problem)
{
    return checkObject(p, payload, QString(), problem);
}

} // namespace ApiPayloadShape
