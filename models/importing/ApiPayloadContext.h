// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <importing/ImportIssue.h>
#include <importing/RecordFacts.h>
#include <core/KeyQuestion.h>
#include <core/QualityStatementRecord.h>
#include <core/SnapshotRecord.h>

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>

// One CQC API payload as it is being read (ApiPayloadReader, and the
// ApiRatingsReader and ApiAssessmentReader it hands parts to): the facts
// gathered so far, CQC's current view in it, and the rules every part is
// read by. Every helper that refuses a value fills *issue (the file, where
// in the payload, the field, the value, why) and returns false.
struct ApiPayloadContext
{
    // The messages are the payload reader's, in its translation context.
    Q_DECLARE_TR_FUNCTIONS(ApiPayloadReader)

public:
    // What a cell carries beyond its rating: whether CQC's current view
    // lists it, and an assessment's score, status and quality statements.
    struct CellExtras
    {
        bool current = false;
        int score = -1;
        QString status;
        QVector<QualityStatementRecord> statements;
    };

    ApiPayloadContext(QString file, QString where, QString path, RecordFacts *facts, ImportIssue *issue);

    // Saved responses sometimes carry numbers as strings and the other way
    // round: either, as text ("70", "true"); empty for anything else.
    static QString text(const QJsonValue &v);

    bool fail(const QString &path, const QString &field, const QString &value, const QString &message);
    // yyyy-mm-dd (a time may follow), a plausible publication date; an
    // empty value gives an invalid date unless `required`.
    bool date(const QJsonValue &value, const QString &path, QDate *out, bool required);
    // A percentage score, -1 when there is none.
    bool score(const QJsonValue &value, const QString &path, int *out);
    // The key question an entry of keyQuestionRatings names, never Overall.
    bool keyQuestion(const QJsonObject &rating, const QString &itemPath, KeyQuestion *out);
    // The payload's name for an inspection area, else the built-in one, else the ID.
    QString serviceName(const QString &areaId) const;
    // One rating: an observation (when dated) with its report, and a cell
    // of the current view when extras.current. Absent, null or empty: no cell.
    bool addCell(const QString &service, KeyQuestion kq, const QJsonValue &rating, const QDate &date,
                 const QString &linkId, const QString &inheritedFrom, const QString &path, const CellExtras &extras);
    bool addCell(const QString &service, KeyQuestion kq, const QJsonValue &rating, const QDate &date,
                 const QString &linkId, const QString &inheritedFrom, const QString &path);
    void noteDate(const QDate &d);
    // The newer of two values for one cell wins.
    void addCurrent(const SnapshotCell &cell);

    QString file;
    QString where; // prefixes every issue's place ("line 3" for NDJSON, else empty)
    QString path;  // the payload's JSON path ("$" or "$[4]")
    QString providerId;
    QString locationId; // empty for a provider payload
    QString ownId;      // the payload's own registration, to tell inherited ratings apart
    QHash<QString, QString> areas;
    RecordFacts *facts;
    ImportIssue *issue;
    // Report link -> the registration it was about, from the entries that
    // say so: a rating that omits organisationId (RM317's current overall)
    // is inherited as much as the key questions of its report.
    QHash<QString, QString> reportOrganisations;
    // CQC's current view in this payload (currentRatings and assessment):
    // cell -> index in view.cells.
    SnapshotRecord view;
    QHash<QString, int> viewIndex;
    QDate newest; // the newest date in the payload: the view's date
};
