#pragma once

#include <importing/ImportIssue.h>
#include <importing/RecordFacts.h>
#include <core/KeyQuestion.h>
#include <core/QualityStatementRecord.h>

#include <QCoreApplication>
#include <QHash>
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
    struct Context;
    // What a cell carries beyond its rating: whether CQC's current view
    // lists it, and an assessment's score, status and quality statements.
    struct CellExtras
    {
        bool current = false;
        int score = -1;
        QString status;
        QVector<QualityStatementRecord> statements;
    };
    bool readRatings(Context &c, const QJsonObject &payload);
    bool readAssessments(Context &c, const QJsonObject &payload);
    bool addCell(Context &c, const QString &service, KeyQuestion kq, const QJsonValue &rating, const QDate &date,
                 const QString &linkId, const QString &inheritedFrom, const QString &path,
                 const CellExtras &extras);
    bool addCell(Context &c, const QString &service, KeyQuestion kq, const QJsonValue &rating, const QDate &date,
                 const QString &linkId, const QString &inheritedFrom, const QString &path)
    {
        return addCell(c, service, kq, rating, date, linkId, inheritedFrom, path, CellExtras());
    }
    bool keyQuestionRatings(Context &c, const QString &service, const QJsonArray &ratings, const QDate &fallbackDate,
                            const QString &fallbackLink, const QString &inheritedFrom, const QString &path,
                            bool ownDates, bool current);
    bool score(Context &c, const QJsonValue &value, const QString &path, int *out);
    bool fail(Context &c, const QString &path, const QString &field, const QString &value, const QString &message);
    bool date(Context &c, const QJsonValue &value, const QString &path, QDate *out, bool required);
    QString serviceName(const Context &c, const QString &areaId) const;

    QString m_file;
};
