// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <importing/ApiPayloadContext.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

// The ratings of a CQC API payload (CQC-DATA.md section 4): historicRatings,
// as history, and currentRatings, as history and as CQC's current view.
// Key questions are matched by name, never by position.
class ApiRatingsReader
{
    Q_DECLARE_TR_FUNCTIONS(ApiPayloadReader)

public:
    static bool read(ApiPayloadContext &c, const QJsonObject &payload);

private:
    // A trust's Use of resources and Combined quality and use of resources ratings.
    static bool useOfResources(ApiPayloadContext &c, const QJsonObject &uor, const QDate &date, const QString &link,
                               const QString &organisation, const QString &path,
                               const ApiPayloadContext::CellExtras &extras);
    static bool keyQuestionRatings(ApiPayloadContext &c, const QString &service, const QJsonArray &ratings,
                                   const QDate &fallbackDate, const QString &fallbackLink, const QString &inheritedFrom,
                                   const QString &path, bool ownDates, bool current);
};
