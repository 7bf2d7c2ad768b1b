// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "CqcReference.h"

namespace Gen {

namespace {

const ServiceInfo Services[ServiceCount] = {
    {"", "Overall"},
    // NHS acute core services: the exact names of CQC-DATA.md 1d, with the
    // API inspectionAreaIds that map to them (npi* are the current areas).
    {"urgent", "Urgent and emergency services"},
    {"care", "Medical care (including older people's care)"},
    {"surgery", "Surgery"},
    {"critical", "Critical care"},
    {"npimaternity", "Maternity"},
    {"childrens", "Services for children & young people"},
    {"life", "End of life care"},
    {"npioutpatients", "Outpatients"},
    // Mental health core services. Only mhforensic and mhlongstay are
    // verified strings; the others are CQC's usual names with made-up IDs.
    {"mhacute", "Acute wards for adults of working age and psychiatric intensive care units"},
    {"mhlongstay", "Long stay or rehabilitation mental health wards for working age adults"},
    {"mhforensic", "Forensic inpatient or secure wards"},
    {"mhchildwards", "Child and adolescent mental health wards"},
    {"mholderwards", "Wards for older people with mental health problems"},
    {"mhldwards", "Wards for people with a learning disability or autism"},
    {"mhcommunityadults", "Community-based mental health services for adults of working age"},
    {"mhcrisis", "Mental health crisis services and health-based places of safety"},
    {"mhcamhs", "Specialist community mental health services for children and young people"},
    {"mhcommunityolder", "Community-based mental health services for older people"},
};

const CategoryInfo Categories[CategoryCount] = {
    {"H1", "Acute hospital - NHS non-specialist"},
    {"H2", "Acute hospital - NHS specialist"},
    {"H9", "Mental health - community & residential - NHS"},
    {"H6", "Community health - NHS & Independent"},
    {"H5", "Ambulance service"},
    {"S1", "Residential social care"},
    {"S2", "Community based adult social care services"},
    {"P2", "GP Practices"},
    {"H3", "Acute hospital - Independent non-specialist"},
    {"H4", "Acute hospital - Independent specialist"},
};

// Real local authority names (two with the ONS ", City of" comma), grouped
// by CQC region, with a plausible postcode area and main town.
const LocalAuthority LocalAuthorities[] = {
    {"Camden", "London", "NW", "London"},
    {"Hackney", "London", "E", "London"},
    {"Lambeth", "London", "SE", "London"},
    {"Lewisham", "London", "SE", "London"},
    {"Greenwich", "London", "SE", "London"},
    {"Croydon", "London", "CR", "Croydon"},
    {"Barnet", "London", "N", "London"},
    {"Ealing", "London", "W", "London"},
    {"Newham", "London", "E", "London"},
    {"Southwark", "London", "SE", "London"},
    {"Westminster", "London", "W", "London"},
    {"Hounslow", "London", "TW", "Hounslow"},
    {"Bromley", "London", "BR", "Bromley"},
    {"Harrow", "London", "HA", "Harrow"},
    {"Kent", "South East", "ME", "Maidstone"},
    {"Medway", "South East", "ME", "Rochester"},
    {"Surrey", "South East", "GU", "Guildford"},
    {"Brighton and Hove", "South East", "BN", "Brighton"},
    {"West Sussex", "South East", "RH", "Crawley"},
    {"East Sussex", "South East", "TN", "Hastings"},
    {"Hampshire", "South East", "SO", "Winchester"},
    {"Southampton", "South East", "SO", "Southampton"},
    {"Portsmouth", "South East", "PO", "Portsmouth"},
    {"Oxfordshire", "South East", "OX", "Oxford"},
    {"Buckinghamshire", "South East", "HP", "Aylesbury"},
    {"Reading", "South East", "RG", "Reading"},
    {"Milton Keynes", "South East", "MK", "Milton Keynes"},
    {"Isle of Wight", "South East", "PO", "Newport"},
    {"Bristol, City of", "South West", "BS", "Bristol"},
    {"Devon", "South West", "EX", "Exeter"},
    {"Plymouth", "South West", "PL", "Plymouth"},
    {"Cornwall", "South West", "TR", "Truro"},
    {"Somerset", "South West", "TA", "Taunton"},
    {"Dorset", "South West", "DT", "Dorchester"},
    {"Gloucestershire", "South West", "GL", "Gloucester"},
    {"Wiltshire", "South West", "SP", "Salisbury"},
    {"Swindon", "South West", "SN", "Swindon"},
    {"Bath and North East Somerset", "South West", "BA", "Bath"},
    {"Norfolk", "East", "NR", "Norwich"},
    {"Suffolk", "East", "IP", "Ipswich"},
    {"Cambridgeshire", "East", "CB", "Cambridge"},
    {"Peterborough", "East", "PE", "Peterborough"},
    {"Essex", "East", "CM", "Chelmsford"},
    {"Hertfordshire", "East", "AL", "St Albans"},
    {"Luton", "East", "LU", "Luton"},
    {"Bedford", "East", "MK", "Bedford"},
    {"Southend-on-Sea", "East", "SS", "Southend-on-Sea"},
    {"Nottingham", "East Midlands", "NG", "Nottingham"},
    {"Nottinghamshire", "East Midlands", "NG", "Mansfield"},
    {"Derby", "East Midlands", "DE", "Derby"},
    {"Derbyshire", "East Midlands", "S", "Chesterfield"},
    {"Leicester", "East Midlands", "LE", "Leicester"},
    {"Lincolnshire", "East Midlands", "LN", "Lincoln"},
    {"West Northamptonshire", "East Midlands", "NN", "Northampton"},
    {"Birmingham", "West Midlands", "B", "Birmingham"},
    {"Coventry", "West Midlands", "CV", "Coventry"},
    {"Wolverhampton", "West Midlands", "WV", "Wolverhampton"},
    {"Walsall", "West Midlands", "WS", "Walsall"},
    {"Sandwell", "West Midlands", "B", "West Bromwich"},
    {"Stoke-on-Trent", "West Midlands", "ST", "Stoke-on-Trent"},
    {"Staffordshire", "West Midlands", "ST", "Stafford"},
    {"Shropshire", "West Midlands", "SY", "Shrewsbury"},
    {"Herefordshire, County of", "West Midlands", "HR", "Hereford"},
    {"Worcestershire", "West Midlands", "WR", "Worcester"},
    {"Warwickshire", "West Midlands", "CV", "Warwick"},
    {"Leeds", "Yorkshire and The Humber", "LS", "Leeds"},
    {"Sheffield", "Yorkshire and The Humber", "S", "Sheffield"},
    {"Bradford", "Yorkshire and The Humber", "BD", "Bradford"},
    {"Kirklees", "Yorkshire and The Humber", "HD", "Huddersfield"},
    {"Wakefield", "Yorkshire and The Humber", "WF", "Wakefield"},
    {"York", "Yorkshire and The Humber", "YO", "York"},
    {"Kingston upon Hull, City of", "Yorkshire and The Humber", "HU", "Hull"},
    {"North Yorkshire", "Yorkshire and The Humber", "HG", "Harrogate"},
    {"Doncaster", "Yorkshire and The Humber", "DN", "Doncaster"},
    {"Calderdale", "Yorkshire and The Humber", "HX", "Halifax"},
    {"Manchester", "North West", "M", "Manchester"},
    {"Oldham", "North West", "OL", "Oldham"},
    {"Liverpool", "North West", "L", "Liverpool"},
    {"Lancashire", "North West", "PR", "Preston"},
    {"Cumberland", "North West", "CA", "Carlisle"},
    {"Wirral", "North West", "CH", "Birkenhead"},
    {"Bolton", "North West", "BL", "Bolton"},
    {"Stockport", "North West", "SK", "Stockport"},
    {"Wigan", "North West", "WN", "Wigan"},
    {"Cheshire East", "North West", "CW", "Crewe"},
    {"Blackpool", "North West", "FY", "Blackpool"},
    {"Newcastle upon Tyne", "North East", "NE", "Newcastle upon Tyne"},
    {"Sunderland", "North East", "SR", "Sunderland"},
    {"County Durham", "North East", "DH", "Durham"},
    {"Gateshead", "North East", "NE", "Gateshead"},
    {"Middlesbrough", "North East", "TS", "Middlesbrough"},
    {"Northumberland", "North East", "NE", "Morpeth"},
    {"Stockton-on-Tees", "North East", "TS", "Stockton-on-Tees"},
};
const int LaCount = int(sizeof(LocalAuthorities) / sizeof(LocalAuthorities[0]));

} // namespace

QString ratingText(quint8 rating)
{
    switch (rating) {
    case Outstanding: return QStringLiteral("Outstanding");
    case Good: return QStringLiteral("Good");
    case RequiresImprovement: return QStringLiteral("Requires improvement");
    case Inadequate: return QStringLiteral("Inadequate");
    case InspectedButNotRated: return QStringLiteral("Inspected but not rated");
    case InsufficientEvidence: return QStringLiteral("Insufficient evidence to rate");
    case NoPublishedRating: return QStringLiteral("No published rating");
    case NotRated: return QStringLiteral("Not Rated");
    default: return {};
    }
}

QString domainText(int domain)
{
    switch (domain) {
    case Overall: return QStringLiteral("Overall");
    case Safe: return QStringLiteral("Safe");
    case Effective: return QStringLiteral("Effective");
    case Caring: return QStringLiteral("Caring");
    case Responsive: return QStringLiteral("Responsive");
    case WellLed: return QStringLiteral("Well-led");
    default: return {};
    }
}

const ServiceInfo &serviceInfo(quint8 service) { return Services[service]; }

QString providerTypeText(Kind kind)
{
    switch (kind) {
    case Kind::SocialCare: return QStringLiteral("Social Care Org");
    case Kind::PrimaryMedical: return QStringLiteral("Primary Medical Services");
    case Kind::IndependentHealth: return QStringLiteral("Independent Healthcare Org");
    case Kind::IndependentAmbulance: return QStringLiteral("Independent Ambulance");
    default: return QStringLiteral("NHS Healthcare Organisation");
    }
}

QString directorateText(Kind kind)
{
    switch (kind) {
    case Kind::SocialCare: return QStringLiteral("Adult social care");
    case Kind::PrimaryMedical: return QStringLiteral("Primary medical services");
    default: return QStringLiteral("Hospitals");
    }
}

const CategoryInfo &categoryInfo(int category) { return Categories[category]; }

int nhsTrustCategory(Kind kind)
{
    switch (kind) {
    case Kind::AcuteTrust: return CatAcuteNhs;
    case Kind::MentalHealthTrust: return CatMentalHealthNhs;
    case Kind::CommunityTrust: return CatCommunity;
    case Kind::AmbulanceTrust: return CatAmbulance;
    default: return CatSpecialistNhs;
    }
}

const LocalAuthority &localAuthority(int index) { return LocalAuthorities[index]; }
int localAuthorityCount() { return LaCount; }

QString nhsRegionOf(const QString &region)
{
    if (region == QLatin1String("East Midlands") || region == QLatin1String("West Midlands"))
        return QStringLiteral("Midlands");
    if (region == QLatin1String("North East") || region == QLatin1String("Yorkshire and The Humber"))
        return QStringLiteral("North East and Yorkshire");
    if (region == QLatin1String("East"))
        return QStringLiteral("East of England");
    return region;
}

QString onspdCcgCode(int la) { return QStringLiteral("E38000") + QString::number(100 + la * 3); }

QString onspdCcgName(int la)
{
    // "Herefordshire, County of" -> "NHS Herefordshire CCG".
    QString name = QString::fromUtf8(LocalAuthorities[la].name);
    const int comma = int(name.indexOf(QLatin1Char(',')));
    if (comma >= 0)
        name.truncate(comma);
    return QStringLiteral("NHS ") + name + QStringLiteral(" CCG");
}

QString commissioningCcgCode(int la)
{
    static const char Alnum[] = "0123456789ABCDEFGHJKLMNPQRSTUVWXY";
    return QStringLiteral("0") + QLatin1Char(Alnum[(la / 33) % 33]) + QLatin1Char(Alnum[la % 33]);
}

} // namespace Gen
