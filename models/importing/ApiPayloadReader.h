// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <importing/ImportIssue.h>
#include <importing/RecordFacts.h>

#include <QCoreApplication>
#include <QJsonObject>

// Turns one CQC API detail payload (/locations/{id} or /providers/{id},
// CQC-DATA.md section 4) into facts: the organisation, its reports, and an
// observation for every rating in currentRatings and historicRatings.
// Key questions are matched by name, never by position; scalars given as
// strings ("45") or numbers are both accepted.
class ApiPayloadReader
{
    Q_DECLARE_TR_FUNCTIONS(ApiPayloadReader)

public:
    explicit ApiPayloadReader(QString file);

    // `where` prefixes every message ("line 3" for NDJSON, empty otherwise);
    // `path` is the payload's JSON path ("$" or "$[4]").
    bool read(const QJsonObject &payload, const QString &where, const QString &path, RecordFacts *facts,
              ImportIssue *issue);

    // A /locations or /providers list response: IDs and names, no ratings.
    static bool isListResponse(const QJsonObject &payload, QString *description);

private:
    QString m_file;
};
