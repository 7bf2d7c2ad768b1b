#pragma once

#include <core/KeyQuestion.h>
#include <core/Rating.h>

#include <QDate>
#include <QString>
#include <QVector>

// Plain value structs that the store layer loads and writes. They carry
// data only; meaning lives in RatingGrid, GridDiff and the item models.

struct ProviderRecord
{
    QString id;             // CQC provider ID; the ODS code for NHS bodies ("RJ2")
    QString name;
    QString type;           // "NHS Healthcare Organisation", ...
    QString inspectionCategory;
    QString region;
    QString url;
};

struct LocationRecord
{
    QString id;             // "RJ231"
    QString providerId;
    QString name;
    QString type;
    QString inspectionCategory;
    QString region;
    QString address;
    QString postcode;
    QString url;
    QString registrationStatus;
    QString predecessorId;      // the registration this one took over from (API "HSCA Predecessor")
    QString predecessorName;
    QString predecessorReason;  // "NHS Transfer", "Legal Entity Change", ...
};

struct ReportRecord
{
    QString providerId;
    QString locationId;     // empty for a provider-level report
    QDate publicationDate;
    QString linkId;
    QString url;
};

// One quality statement of a Single Assessment Framework key question
// (CQC-DATA.md section 4f): "Learning culture", "3 - Evidence shows a good
// standard of care".
struct QualityStatementRecord
{
    QString id;             // qualityStatementId, "17"
    QString name;
    QString score;          // CQC's text, e.g. "3 - Evidence shows a good standard of care"
    QString status;         // "Assessed", "Not Assessed"
};

// One rating as CQC published it. Observations are only ever added.
struct ObservationRecord
{
    qint64 id = 0;              // insertion order; breaks ties between equal dates
    QString providerId;
    QString locationId;         // empty: the provider's own rating or a trust-level service
    QString locationName;
    QString service;            // empty: the subject's own row
    KeyQuestion keyQuestion = KeyQuestion::Overall;
    Rating rating;
    QDate publicationDate;
    QString reportLinkId;
    QString inheritedFrom;      // predecessor registration, or "Y" when only the flag is known
    qint64 importId = 0;
    QString importFile;         // for the history view
    int score = -1;             // CQC's percentage score (2023+ assessments); -1: none published
    QString assessmentStatus;   // "Assessed" / "Not Assessed" in an assessment; empty otherwise
    QVector<QualityStatementRecord> qualityStatements;
};

// One cell of what CQC listed as current for a subject.
struct SnapshotCell
{
    QString service;            // empty: the subject's own row
    KeyQuestion keyQuestion = KeyQuestion::Overall;
    Rating rating;
    QDate date;                 // invalid for an undated statement ("No published rating")
};

// What one of CQC's current views (a Latest ratings file, an API detail
// response) lists as the complete current position of one subject: a
// location, or a provider's own rows and trust-level services.
struct SnapshotRecord
{
    QString providerId;
    QString locationId;         // empty: the provider itself
    QDate date;                 // when CQC's view was taken (DESIGN.md section 2)
    qint64 importId = 0;
    QString importFile;
    QVector<SnapshotCell> cells;
    bool isProvider() const { return locationId.isEmpty(); }
};

struct ProviderSummary
{
    ProviderRecord provider;
    Rating overall;
    QDate overallDate;
    int locationCount = 0;
    QString locationNames;      // newline-separated, for the filter
    bool isNhs() const { return provider.type == QLatin1String("NHS Healthcare Organisation"); }
};

struct DatabaseStats
{
    qint64 providers = 0;
    qint64 locations = 0;
    qint64 reports = 0;
    qint64 ratings = 0;
    qint64 imports = 0;
};

struct ImportRecord
{
    qint64 id = 0;
    QString fileName;
    QString sha256;
    QString format;
    QDateTime importedAt;
    qint64 records = 0;
    qint64 newObservations = 0;
    qint64 providers = 0;
    qint64 locations = 0;
    qint64 skipped = 0;
    qint64 snapshots = 0;       // subjects whose current view this import recorded or changed
    bool isSample = false;
};
