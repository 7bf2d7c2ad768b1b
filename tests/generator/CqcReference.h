// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// CQC's fixed vocabulary as the generator uses it: rating values, key
// questions, core services, provider kinds, inspection categories and local
// authorities, with the text the sheets and the API print for them.
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
// Inspection categories (CQC-DATA.md 1a), indexes into categoryInfo().
enum Category {
    CatAcuteNhs, CatSpecialistNhs, CatMentalHealthNhs, CatCommunity, CatAmbulance,
    CatResidential, CatCommunitySocialCare, CatGp, CatIndependentAcute, CatIndependentSpecialist,
    CategoryCount
};
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

} // namespace Gen
