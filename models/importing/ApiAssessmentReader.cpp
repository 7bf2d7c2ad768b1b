// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <importing/ApiAssessmentReader.h>

#include <importing/ApiPayloadContext.h>

#include <QJsonArray>

// The Single Assessment Framework (CQC-DATA.md section 4f): per assessment
// service group and key question a rating, a score and quality statements.
// A location assessed through one group is rated through it (its own row);
// with several, each group is a row of its own.
bool ApiAssessmentReader::read(ApiPayloadContext &c, const QJsonObject &p)
{
    const QJsonValue assessmentsValue = p.value(QLatin1String("assessment"));
    if (!assessmentsValue.isUndefined() && !assessmentsValue.isNull() && !assessmentsValue.isArray())
        return c.fail(c.path + QStringLiteral(".assessment"), QStringLiteral("assessment"), QString(),
                      tr("not a list of assessments"));
    const QJsonArray assessments = assessmentsValue.toArray();
    for (int a = 0; a < assessments.size(); ++a) {
        const QJsonObject assessment = assessments.at(a).toObject();
        const QString ap = QStringLiteral("%1.assessment[%2]").arg(c.path).arg(a);
        QDate published;
        if (!c.date(assessment.value(QLatin1String("assessmentPlanPublishedDateTime")),
                    ap + QStringLiteral(".assessmentPlanPublishedDateTime"), &published, true))
            return false;
        const QJsonObject ratings = assessment.value(QLatin1String("ratings")).toObject();
        const QJsonArray groups = ratings.value(QLatin1String("asgRatings")).toArray();
        // The location's own overall where CQC gives one (an object, or a list of one).
        QJsonValue overall = ratings.value(QLatin1String("overall"));
        if (overall.isArray())
            overall = overall.toArray().first();
        ApiPayloadContext::CellExtras now;
        now.current = true;
        if (overall.isObject()
            && !c.addCell(QString(), KeyQuestion::Overall, overall.toObject().value(QLatin1String("rating")), published,
                          QString(), QString(), ap + QStringLiteral(".ratings.overall"), now))
            return false;
        for (int g = 0; g < groups.size(); ++g) {
            const QJsonObject group = groups.at(g).toObject();
            const QString gp = QStringLiteral("%1.ratings.asgRatings[%2]").arg(ap).arg(g);
            const QString service = groups.size() == 1 ? QString() : c.text(group.value(QLatin1String("name")));
            const QString link = c.text(group.value(QLatin1String("assessmentPlanId")));
            if (groups.size() > 1 && service.isEmpty())
                return c.fail(gp + QStringLiteral(".name"), QStringLiteral("name"), QString(),
                              tr("an assessment service group without a name"));
            if (!c.addCell(service, KeyQuestion::Overall, group.value(QLatin1String("rating")), published, link,
                           QString(), gp + QStringLiteral(".rating"), now))
                return false;
            const QJsonArray kqs = group.value(QLatin1String("keyQuestionRatings")).toArray();
            for (int k = 0; k < kqs.size(); ++k) {
                const QJsonObject kqo = kqs.at(k).toObject();
                const QString kp = QStringLiteral("%1.keyQuestionRatings[%2]").arg(gp).arg(k);
                KeyQuestion kq;
                if (!c.keyQuestion(kqo, kp, &kq))
                    return false;
                ApiPayloadContext::CellExtras extras = now;
                if (!c.score(kqo.value(QLatin1String("percentageScore")), kp + QStringLiteral(".percentageScore"),
                             &extras.score))
                    return false;
                extras.status = c.text(kqo.value(QLatin1String("status")));
                for (const QJsonValue &t : kqo.value(QLatin1String("topicareas")).toArray()) {
                    const QJsonObject qs = t.toObject();
                    QualityStatementRecord r;
                    r.id = c.text(qs.value(QLatin1String("qualityStatementId")));
                    r.name = c.text(qs.value(QLatin1String("name")));
                    r.score = c.text(qs.value(QLatin1String("qualityStatementscore")));
                    r.status = c.text(qs.value(QLatin1String("status")));
                    if (r.id.isEmpty())
                        r.id = r.name;
                    if (!r.id.isEmpty())
                        extras.statements.append(r);
                }
                if (!c.addCell(service, kq, kqo.value(QLatin1String("rating")), published, link, QString(),
                               kp + QStringLiteral(".rating"), extras))
                    return false;
            }
        }
    }
    return true;
}
