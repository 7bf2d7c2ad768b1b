#pragma once

#include "KeyQuestion.h"
#include "Rating.h"

#include <QDate>
#include <QString>

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
    bool isSample = false;
};
