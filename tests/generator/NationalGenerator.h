// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <set>
#include <vector>

class Rng;

// The in-memory model of a synthetic, national-scale CQC data set: NHS
// trusts and independent providers, their locations, and every inspection
// report with the ratings it published. The sheet and API writers derive
// their rows and payloads from this one model, so the CSV, .ods and JSON
// outputs state the same facts.
//
// Everything is drawn from per-entity splitmix64 streams keyed on the seed,
// so the same options always give the same model, and month 2 is month 1
// plus changes drawn from streams month 1 never touches.
namespace Gen {

// Rating values. 0 means "not rated by this report".
enum Rating : quint8 {
    NoRating = 0,
    Outstanding,
    Good,
    RequiresImprovement,
    Inadequate,
    InspectedButNotRated,
    InsufficientEvidence,
    NoPublishedRating,
    NotRated,
};
QString ratingText(quint8 rating);
inline bool isGrade(quint8 r) { return r >= Outstanding && r <= Inadequate; }

// Domain index within a rated set: Overall, then the five key questions in
// the canonical order.
enum Domain : int { Overall = 0, Safe, Effective, Caring, Responsive, WellLed, DomainCount };
QString domainText(int domain);

// Services. 0 is the organisation's own row ("Overall"); the rest are NHS
// core services, with their API inspectionAreaId and sheet name.
struct ServiceInfo
{
    const char *areaId;
    const char *name;
};
enum : quint8 {
    SvcOverall = 0,
    SvcUrgent, SvcMedical, SvcSurgery, SvcCritical, SvcMaternity, SvcChildren, SvcEndOfLife, SvcOutpatients,
    SvcMhFirst, // mental health core services follow
    SvcMhLast = SvcMhFirst + 9,
    ServiceCount
};
const ServiceInfo &serviceInfo(quint8 service);

enum class Kind : quint8 {
    AcuteTrust, MentalHealthTrust, CommunityTrust, AmbulanceTrust, SpecialistTrust,
    SocialCare, PrimaryMedical, IndependentHealth, IndependentAmbulance,
};
inline bool isNhs(Kind k) { return k <= Kind::SpecialistTrust; }
QString providerTypeText(Kind kind);
QString directorateText(Kind kind);

struct CategoryInfo
{
    const char *code;
    const char *name;
};
const CategoryInfo &categoryInfo(int category);
int nhsTrustCategory(Kind kind);

struct LocalAuthority
{
    const char *name;
    const char *region;
    const char *postcodeArea;
    const char *town;
};
const LocalAuthority &localAuthority(int index);
int localAuthorityCount();
QString nhsRegionOf(const QString &region);
QString onspdCcgCode(int la);
QString onspdCcgName(int la);
QString commissioningCcgCode(int la);

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

class NationalGenerator
{
public:
    struct Options
    {
        int providers = 25000;
        int locations = 50000;
        int month = 1;
        int changePercent = 3;
        quint64 seed = 1;
    };

    explicit NationalGenerator(const Options &options);

    // Builds the model; month 2 applies its changes on top of month 1.
    void generate();

    const Options &options() const { return m_options; }
    const std::vector<Provider> &providers() const { return m_providers; }
    const std::vector<Location> &locations() const { return m_locations; }
    // Indexes sorted by ID: the order every writer uses.
    const std::vector<int> &providerOrder() const { return m_providerOrder; }
    const std::vector<int> &locationOrder() const { return m_locationOrder; }
    // Month-2 bookkeeping, for the summary.
    int changedLocations() const { return m_changedLocations; }
    int newLocations() const { return m_newLocations; }
    int changedTrusts() const { return m_changedTrusts; }
    // Cells whose month-2 value is a non-grade over a month-1 grade, and the
    // locations that have them.
    int nonGradeCells() const { return m_nonGradeCells; }
    int nonGradeLocations() const { return m_nonGradeLocations; }
    int droppedServices() const { return m_droppedServices; }
    // Month 1 holds no date after this; month 2 inspections come after it.
    static int monthOneCutoffJd();

    // The report link of a report key, formatted as a UUID.
    static QString linkId(quint64 linkKey);

private:
    void makeProviders();
    void makeNhsTrust(int index, const QString &code);
    void makeIndependentProvider(int index);
    void makeLocations();
    void makeNhsLocation(int providerIndex, int ordinal, QStringList *usedSuffixes);
    void makeIndependentLocation(int providerIndex, quint64 key, bool monthTwoNew);
    void rateLocation(Location *loc, quint64 key, bool monthTwoNew);
    void rateTrust(Provider *p, quint64 key);
    void applyMonthTwo();
    void changeTrustsInMonthTwo();
    int addCurrentNonGrades(Rated *rated, Report *report, quint64 key);
    bool dropService(Rated *rated, Report *report, quint64 key);
    Address makeAddress(Rng &rng, int la);
    QString newNumericId(Rng &rng);
    QString newPredecessorCode(Rng &rng);

    Options m_options;
    std::vector<Provider> m_providers;
    std::vector<Location> m_locations;
    std::vector<int> m_providerOrder;
    std::vector<int> m_locationOrder;
    std::vector<QString> m_spareTrustCodes; // unused "R" codes for predecessors
    int m_changedLocations = 0;
    int m_newLocations = 0;
    int m_changedTrusts = 0;
    int m_nonGradeCells = 0;
    int m_nonGradeLocations = 0;
    int m_droppedServices = 0;
    int m_nhsCount = 0;
    std::set<quint64> m_usedNumericIds; // membership only, never iterated
    std::set<QString> m_usedNhsIds;
    std::vector<QString> m_providerStems; // name stems, reused for location names
};

} // namespace Gen
