// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include "CqcReference.h"
#include "IdRegistry.h"

#include <QString>

#include <array>
#include <vector>

// The in-memory model of a synthetic, national-scale CQC data set: NHS
// trusts and independent providers, their locations, and every inspection
// report with the ratings it published. The sheet and API writers derive
// their rows and payloads from this one model, so the CSV, .ods and JSON
// outputs state the same facts.
namespace Gen {

struct RatedSet
{
    quint8 service = SvcOverall;
    std::array<quint8, DomainCount> ratings {}; // NoRating: not rated in this report
};

struct Report
{
    int jd = 0;             // publication date, Julian day
    quint64 linkKey = 0;    // source of the report's link UUID
    bool inherited = false; // published for the predecessor registration
    std::vector<RatedSet> sets;
};

// A service CQC no longer lists (an inspection area it superseded): its
// earlier ratings stay in the reports, as history, but it has no current
// cells and no rows in the sheets.
struct SupersededService
{
    quint8 service;
    int endJd; // the date CQC stopped listing it
};

// A subject's ratings: its reports in ascending date order (dates strictly
// increase) and the services it is rated on today, in display order.
struct Rated
{
    std::vector<Report> reports;
    std::vector<quint8> services; // SvcOverall first
    std::vector<SupersededService> superseded;
};

// One current rating cell: the latest report that rated (service, domain).
struct CurrentCell
{
    quint8 service;
    quint8 domain;
    quint8 rating;
    int report; // index into Rated::reports
};
// Current cells in display order: services in Rated::services order, and
// within a service Overall, Safe, Effective, Caring, Responsive, Well-led.
std::vector<CurrentCell> currentCells(const Rated &rated);

struct Address
{
    QString street;
    QString line2;
    QString city;
    QString postcode;
    int la = 0;
};

struct Provider
{
    QString id;
    QString name;
    QString odsCode;
    QString brandId = QStringLiteral("-");
    QString brandName = QStringLiteral("-");
    QString ownershipType;
    Kind kind = Kind::SocialCare;
    int category = 0;
    Address address;
    int registrationJd = 0;
    Rated rated;                // NHS trusts only
    std::vector<int> locations; // indexes into Model::locations
    // Use of resources (NHS trusts, API only: the sheets have no such row).
    quint8 useOfResources = NoRating;
    quint8 combinedQuality = NoRating;
    int useOfResourcesJd = 0;
    quint64 useOfResourcesKey = 0;
};

struct Location
{
    QString id;
    QString name;
    QString odsCode;
    int provider = 0;
    int category = 0;
    bool careHome = false;
    Address address;
    int registrationJd = 0;
    QString predecessorId;   // inherited ratings come from this registration
    QString predecessorName;
    QString relationshipReason;
    Rated rated;
};

// What the builders (ProviderFactory, LocationFactory, InspectionHistory,
// MonthTwoChanges) share while they make the model.
struct NationalModel
{
    std::vector<Provider> providers; // the NHS trusts first
    std::vector<Location> locations;
    std::vector<QString> providerStems; // name stems, reused for location names
    int nhsCount = 0;
    IdRegistry ids;
};

// Month-2 bookkeeping, for the summary.
struct MonthTwoCounts
{
    int changedLocations = 0;
    int newLocations = 0;
    int changedTrusts = 0;
    // Cells whose month-2 value is a non-grade over a month-1 grade, and the
    // locations that have them.
    int nonGradeCells = 0;
    int nonGradeLocations = 0;
    int droppedServices = 0;
};

} // namespace Gen
