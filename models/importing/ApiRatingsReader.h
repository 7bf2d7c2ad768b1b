#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

struct ApiPayloadContext;

// The ratings of a CQC API payload (CQC-DATA.md section 4): historicRatings,
// as history, and currentRatings, as history and as CQC's current view.
// Key questions are matched by name, never by position.
class ApiRatingsReader
{
    Q_DECLARE_TR_FUNCTIONS(ApiPayloadReader)

public:
    static bool read(ApiPayloadContext &c, const QJsonObject &payload);

private:
    static bool keyQuestionRatings(ApiPayloadContext &c, const QString &service, const QJsonArray &ratings,
                                   const QDate &fallbackDate, const QString &fallbackLink,
                                   const QString &inheritedFrom, const QString &path, bool ownDates, bool current);
};
