// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "NationalGenerator.h"

#include "Rng.h"

#include <QDate>

#include <algorithm>

namespace Gen {

namespace {

// Stream numbers for Rng::forKey. Each purpose has its own stream so that
// the draws of one never depend on how many draws another made.
enum Stream : quint64 {
    StTrustCodes = 1,
    StProvider,
    StNhsLocation,
    StLocation,
    StLocationCounts,
    StRating,
    StTrustRating,
    StProviderRegistration,
    StMonthTwoPick,
    StMonthTwoChange,
    StMonthTwoNew,
    StLinkId,
    StMonthTwoNonGrade,
    StMonthTwoDrop,
    StMonthTwoTrust,
};

const int EarliestJd = int(QDate(2014, 1, 6).toJulianDay());
const int CutoffJd = int(QDate(2026, 10, 1).toJulianDay());
const int HscaStartJd = int(QDate(2010, 10, 1).toJulianDay());
const int NhsRegistrationJd = int(QDate(2010, 4, 1).toJulianDay());
const int NotRatedFromJd = int(QDate(2025, 1, 1).toJulianDay());

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

enum Category {
    CatAcuteNhs, CatSpecialistNhs, CatMentalHealthNhs, CatCommunity, CatAmbulance,
    CatResidential, CatCommunitySocialCare, CatGp, CatIndependentAcute, CatIndependentSpecialist,
    CategoryCount
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

// Name parts. Most names are plain; the specials below carry the commas,
// apostrophes, double quotes and non-ASCII letters that exercise quoting.
const char *const Compounds[] = {
    "Oakwood", "Ashfield", "Brookside", "Meadowbank", "Riverside", "Hillcrest", "Fairview",
    "Greenacres", "Highfield", "Springfield", "Westbury", "Elmhurst", "Rosewood", "Lakeside",
    "Parkside", "Woodlands", "Orchard", "Sunnyside", "Heathfield", "Moorland", "Beechwood",
    "Cedar Grove", "Willow Bank", "Holly Lodge", "Larchwood", "Abbeyfield", "Kingsway",
    "Thornbury", "Redcliffe", "Fernlea", "Silverdale", "Bramble", "Heatherton", "Millbrook",
    "Stonehaven", "Ravensworth", "Foxhill", "Primrose", "Bluebell", "Laurel Bank", "Hawthorn",
    "Chestnut", "Mulberry", "Kingfisher", "Lavender", "Heron", "Juniper", "Magnolia",
};
const char *const Surnames[] = {
    "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel",
    "Khan", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green",
    "Hall", "Wood", "Jackson", "Clarke", "Hughes", "Edwards", "Ahmed", "Singh", "Murphy",
    "O'Brien", "O'Connor", "Kowalski", "Nowak", "Okafor", "Mensah", "Chen", "Begum", "Shah",
};
const char *const FirstNames[] = {
    "Margaret", "John", "Susan", "David", "Aisha", "Rajesh", "Helen", "Peter", "Grace",
    "Mohammed", "Claire", "Andrew", "Fatima", "James", "Olivia", "Samuel",
};
const char *const Initials[] = {"A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P", "R", "S", "T", "W"};
const char *const Saints[] = {"Mary", "John", "Anne", "George", "Luke", "Peter", "Catherine", "Michael", "Andrew", "Margaret", "Helen", "James"};
// Stems with non-ASCII letters (UTF-8 source).
const char *const ForeignStems[] = {"Brontë", "Zoë", "Chloé", "Beauséjour", "Müller", "Øresund", "Łąka", "Renée", "Señora Núñez", "Noël"};
const char *const Streets[] = {
    "High Street", "Church Lane", "Station Road", "Victoria Road", "Mill Lane", "Park Avenue",
    "London Road", "Manor Way", "The Green", "Queen's Road", "King's Drive", "St. John's Close",
    "Albert Street", "Green Lane", "Chapel Street", "Springfield Road", "York Road", "Grange Road",
    "Windsor Avenue", "Bridge Street", "North Road", "Southgate", "West End", "Market Place",
    "Hospital Lane", "Infirmary Road", "Moor Lane", "Castle Street", "Orchard Close", "Elm Grove",
};
const char *const Districts[] = {
    "Northfield", "Moss Side", "Old Town", "Westfield", "Eastbrook", "Upper Norwood", "Southville",
    "Hillside", "Newtown", "St. Thomas", "Kingsmead", "Fairfield", "Bankside", "Low Moor",
};
const char *const PostcodeLetters = "ABDEFGHJLNPQRSTUWXYZ";
const char *const OdsLetters = "ABCDEFGHJKLMNPY";

QString utf8(const char *s) { return QString::fromUtf8(s); }

template<typename T, int N>
QString pickText(Rng &rng, const T (&items)[N]) { return utf8(rng.pick(items)); }

QString nameStem(Rng &rng)
{
    switch (rng.weighted({48, 18, 16, 16, 2})) {
    case 0: return pickText(rng, Compounds);
    case 1: return pickText(rng, Compounds) + QStringLiteral(" Park");
    case 2: return utf8(LocalAuthorities[rng.below(LaCount)].town);
    case 3: return pickText(rng, Surnames);
    default: return pickText(rng, ForeignStems);
    }
}

QString saintName(Rng &rng) { return QStringLiteral("St. ") + pickText(rng, Saints) + QStringLiteral("'s"); }

QString regionTown(Rng &rng, const QString &region)
{
    // Towns of the region, drawn by rejection to keep the table flat.
    for (int tries = 0; tries < 64; ++tries) {
        const LocalAuthority &la = LocalAuthorities[rng.below(LaCount)];
        if (region == QLatin1String(la.region))
            return utf8(la.town);
    }
    return utf8(LocalAuthorities[0].town);
}

int laInRegion(Rng &rng, const QString &region)
{
    for (int tries = 0; tries < 64; ++tries) {
        const int la = int(rng.below(LaCount));
        if (region == QLatin1String(LocalAuthorities[la].region))
            return la;
    }
    return 0;
}

QString twoDigits(int n) { return QString::number(n).rightJustified(2, QLatin1Char('0')); }

// A grade drawn with national-looking weights: Good most common.
quint8 drawGrade(Rng &rng)
{
    return quint8(Outstanding + rng.weighted({50, 770, 150, 30}));
}

// The rating a later inspection gives where the previous one gave
// `previous`. Good is sticky and the others drift back towards it, so the
// mix stays national-looking (about three quarters Good, a sixth Requires
// improvement) however many inspections a location has.
quint8 drift(Rng &rng, quint8 previous)
{
    switch (previous) {
    case Outstanding: return rng.chance(550) ? Outstanding : Good;
    case Good: return quint8(Outstanding + rng.weighted({30, 850, 120}));
    case RequiresImprovement: return quint8(Good + rng.weighted({450, 480, 70}));
    case Inadequate: return quint8(Good + rng.weighted({100, 550, 350}));
    default: return rng.chance(700) ? Good : RequiresImprovement; // after a non-grade
    }
}

// A key question's rating given its set's overall rating. Caring tends to
// be better than overall and Safe worse, as in CQC's published data.
quint8 keyQuestionFrom(Rng &rng, quint8 overall, int domain)
{
    if (!isGrade(overall))
        return overall;
    if (rng.chance(6))
        return InsufficientEvidence;
    if (rng.chance(4))
        return InspectedButNotRated;
    const int better = domain == Caring ? 80 : domain == Safe ? 10 : 30;
    const int worse = domain == Safe ? 140 : domain == Caring ? 40 : 90;
    switch (overall) {
    case Outstanding: return rng.chance(650) ? Outstanding : Good;
    case Good: return quint8(Outstanding + rng.weighted({better, 1000 - better - worse, worse}));
    case RequiresImprovement: return quint8(Good + rng.weighted({370 + better, 600 - better, 30}));
    default: return rng.chance(550) ? Inadequate : RequiresImprovement;
    }
}

RatedSet fullSet(Rng &rng, quint8 service, quint8 overall)
{
    RatedSet set;
    set.service = service;
    set.ratings[Overall] = overall;
    for (int d = Safe; d <= WellLed; ++d)
        set.ratings[d] = keyQuestionFrom(rng, overall, d);
    // Outpatients' Effective question was usually not rated.
    if (service == SvcOutpatients && rng.chance(600))
        set.ratings[Effective] = InspectedButNotRated;
    return set;
}

// The latest rating of (service, domain) among reports[0, end).
quint8 latestRating(const Rated &rated, quint8 service, int domain, size_t end)
{
    for (size_t i = end; i-- > 0;) {
        for (const RatedSet &set : rated.reports[i].sets) {
            if (set.service == service && set.ratings[domain] != NoRating)
                return set.ratings[domain];
        }
    }
    return NoRating;
}

// A later inspection's set: re-rates the overall, and each key question
// with probability kqPerMille (all of them for a core service, whose API
// entry has one date for the whole service). New key question ratings
// mostly follow the new overall, so the two stay plausible together.
RatedSet laterSet(Rng &rng, const Rated &rated, quint8 service, int kqPerMille, bool allDomains)
{
    RatedSet set;
    set.service = service;
    const size_t end = rated.reports.size();
    set.ratings[Overall] = drift(rng, latestRating(rated, service, Overall, end));
    for (int d = Safe; d <= WellLed; ++d) {
        if (allDomains || rng.chance(kqPerMille)) {
            const quint8 previous = latestRating(rated, service, d, end);
            quint8 r = isGrade(set.ratings[Overall]) && rng.chance(750)
                ? keyQuestionFrom(rng, set.ratings[Overall], d)
                : drift(rng, previous);
            set.ratings[d] = r;
        }
    }
    return set;
}

// Report dates going back from the latest, strictly decreasing and not
// before 2014; returned in ascending order.
std::vector<int> reportDates(Rng &rng, int count, int latestFrom, int latestTo)
{
    const int a = rng.range(latestFrom, latestTo);
    const int b = rng.range(latestFrom, latestTo);
    std::vector<int> dates {qMax(a, b)}; // skewed towards recent, as real data is
    while (int(dates.size()) < count) {
        const int previous = dates.back() - rng.range(150, 1300);
        if (previous < EarliestJd)
            break;
        dates.push_back(previous);
    }
    std::reverse(dates.begin(), dates.end());
    return dates;
}

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
    QString name = utf8(LocalAuthorities[la].name);
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

std::vector<CurrentCell> currentCells(const Rated &rated)
{
    std::vector<CurrentCell> cells;
    cells.reserve(rated.services.size() * DomainCount);
    for (quint8 service : rated.services) {
        for (int d = 0; d < DomainCount; ++d) {
            for (size_t i = rated.reports.size(); i-- > 0;) {
                quint8 found = NoRating;
                for (const RatedSet &set : rated.reports[i].sets) {
                    if (set.service == service && set.ratings[d] != NoRating) {
                        found = set.ratings[d];
                        break;
                    }
                }
                if (found != NoRating) {
                    cells.push_back({service, quint8(d), found, int(i)});
                    break;
                }
            }
        }
    }
    return cells;
}

NationalGenerator::NationalGenerator(const Options &options) : m_options(options) {}

int NationalGenerator::monthOneCutoffJd() { return CutoffJd; }

QString NationalGenerator::linkId(quint64 linkKey)
{
    // Version-4-shaped UUID from 128 bits derived from the key.
    const quint64 hi = Rng::mix(linkKey);
    const quint64 lo = Rng::mix(linkKey ^ 0x5bd1e9955bd1e995ULL);
    char buf[37];
    auto hex = [](quint64 v, int nibble) { return "0123456789abcdef"[(v >> (nibble * 4)) & 0xf]; };
    int pos = 0;
    for (int i = 15; i >= 0; --i) {
        if (pos == 8 || pos == 13 || pos == 18 || pos == 23)
            buf[pos++] = '-';
        char c = hex(hi, i);
        if (i == 3) // the version nibble
            c = '4';
        buf[pos++] = c;
    }
    for (int i = 15; i >= 0; --i) {
        if (pos == 8 || pos == 13 || pos == 18 || pos == 23)
            buf[pos++] = '-';
        char c = hex(lo, i);
        if (i == 15) // the variant nibble: 8, 9, a or b
            c = "89ab"[(lo >> 60) & 3];
        buf[pos++] = c;
    }
    buf[pos] = 0;
    return QString::fromLatin1(buf, pos);
}

void NationalGenerator::generate()
{
    m_providers.clear();
    m_locations.clear();
    makeProviders();
    makeLocations();
    if (m_options.month == 2)
        applyMonthTwo();

    m_providerOrder.resize(m_providers.size());
    for (size_t i = 0; i < m_providers.size(); ++i)
        m_providerOrder[i] = int(i);
    std::sort(m_providerOrder.begin(), m_providerOrder.end(),
              [this](int a, int b) { return m_providers[a].id < m_providers[b].id; });
    m_locationOrder.resize(m_locations.size());
    for (size_t i = 0; i < m_locations.size(); ++i)
        m_locationOrder[i] = int(i);
    std::sort(m_locationOrder.begin(), m_locationOrder.end(),
              [this](int a, int b) { return m_locations[a].id < m_locations[b].id; });
    for (Provider &p : m_providers) {
        std::sort(p.locations.begin(), p.locations.end(),
                  [this](int a, int b) { return m_locations[a].id < m_locations[b].id; });
    }
}

Address NationalGenerator::makeAddress(Rng &rng, int la)
{
    Address a;
    a.la = la;
    a.street = QString::number(rng.range(1, 240)) + QLatin1Char(' ') + pickText(rng, Streets);
    if (rng.chance(80)) // a building name before the street, with a comma
        a.street = pickText(rng, Compounds) + QStringLiteral(" House, ") + a.street;
    if (rng.chance(2)) {
        // A rare line break inside a field, as some real addresses have:
        // exercises quoted newlines in CSV and two paragraphs in .ods.
        a.line2 = QStringLiteral("Unit ") + QString::number(rng.range(1, 9))
            + QStringLiteral("\nRiverside Business Park");
    } else if (rng.chance(400)) {
        a.line2 = pickText(rng, Districts);
    }
    a.city = utf8(LocalAuthorities[la].town);
    a.postcode = utf8(LocalAuthorities[la].postcodeArea) + QString::number(rng.range(1, 29))
        + QLatin1Char(' ') + QString::number(rng.range(0, 9))
        + QLatin1Char(PostcodeLetters[rng.below(20)]) + QLatin1Char(PostcodeLetters[rng.below(20)]);
    return a;
}

QString NationalGenerator::newNumericId(Rng &rng)
{
    // "1-" + 9 to 11 digits, unique across providers and locations (CQC
    // draws both from one ID space).
    for (;;) {
        const int digits = 9 + rng.weighted({40, 45, 15});
        quint64 low = 1;
        for (int i = 1; i < digits; ++i)
            low *= 10;
        const quint64 n = low + rng.next() % (low * 9);
        if (m_usedNumericIds.insert(n).second)
            return QStringLiteral("1-") + QString::number(n);
    }
}

QString NationalGenerator::newPredecessorCode(Rng &rng)
{
    for (;;) {
        const QString &trust = m_spareTrustCodes[rng.below(quint32(m_spareTrustCodes.size()))];
        const QString id = trust + twoDigits(rng.range(1, 99));
        if (m_usedNhsIds.insert(id).second)
            return id;
    }
}

void NationalGenerator::makeProviders()
{
    const int total = qMax(1, m_options.providers);
    // About 220 NHS trusts at national size, a few in small runs so that
    // every kind of trust appears.
    m_nhsCount = qMin(220, qMax(qMin(total, 3), total / 20));

    // All "R" + two alphanumerics, shuffled: the first m_nhsCount become
    // trusts, the rest are spare codes for predecessor registrations.
    static const char Alnum[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    std::vector<QString> codes;
    for (int i = 0; i < 36; ++i)
        for (int j = 0; j < 36; ++j)
            codes.push_back(QStringLiteral("R") + QLatin1Char(Alnum[i]) + QLatin1Char(Alnum[j]));
    Rng shuffle = Rng::forKey(m_options.seed, StTrustCodes, 0);
    for (size_t i = codes.size() - 1; i > 0; --i)
        std::swap(codes[i], codes[shuffle.below(quint32(i + 1))]);
    m_spareTrustCodes.assign(codes.begin() + m_nhsCount, codes.end());

    m_providers.resize(size_t(total));
    m_providerStems.resize(size_t(total));
    for (int i = 0; i < total; ++i) {
        if (i < m_nhsCount)
            makeNhsTrust(i, codes[size_t(i)]);
        else
            makeIndependentProvider(i);
    }
}

void NationalGenerator::makeNhsTrust(int index, const QString &code)
{
    // 12 acute, 4 mental health, 2 community, 1 specialist, 1 ambulance in
    // every 20, starting acute, mental health, community.
    static const Kind Pattern[20] = {
        Kind::AcuteTrust, Kind::MentalHealthTrust, Kind::CommunityTrust, Kind::AcuteTrust,
        Kind::SpecialistTrust, Kind::AcuteTrust, Kind::MentalHealthTrust, Kind::AcuteTrust,
        Kind::AmbulanceTrust, Kind::AcuteTrust, Kind::AcuteTrust, Kind::MentalHealthTrust,
        Kind::AcuteTrust, Kind::CommunityTrust, Kind::AcuteTrust, Kind::AcuteTrust,
        Kind::MentalHealthTrust, Kind::AcuteTrust, Kind::AcuteTrust, Kind::AcuteTrust,
    };
    Rng rng = Rng::forKey(m_options.seed, StProvider, quint64(index));
    Provider &p = m_providers[size_t(index)];
    p.id = code;
    p.odsCode = code;
    p.kind = Pattern[index % 20];
    p.category = nhsTrustCategory(p.kind);
    p.ownershipType = QStringLiteral("NHS Body");
    const int la = int(rng.below(LaCount));
    p.address = makeAddress(rng, la);
    p.registrationJd = NhsRegistrationJd;
    const QString region = utf8(LocalAuthorities[la].region);
    const QString town = utf8(LocalAuthorities[la].town);
    const QString town2 = regionTown(rng, region);
    const QString other = town2 == town ? QStringLiteral("District") : town2;
    switch (p.kind) {
    case Kind::AcuteTrust:
        switch (rng.below(6)) {
        case 0: p.name = town + QStringLiteral(" Hospitals NHS Foundation Trust"); break;
        case 1: p.name = town + QStringLiteral(" and ") + other + QStringLiteral(" NHS Trust"); break;
        case 2: p.name = QStringLiteral("University Hospitals of ") + town + QStringLiteral(" NHS Trust"); break;
        case 3: p.name = town + QStringLiteral(" Teaching Hospitals NHS Foundation Trust"); break;
        case 4: p.name = QStringLiteral("Royal ") + town + QStringLiteral(" Hospital NHS Foundation Trust"); break;
        default: p.name = town + QStringLiteral(" and District NHS Foundation Trust"); break;
        }
        break;
    case Kind::MentalHealthTrust:
        switch (rng.below(4)) {
        case 0: p.name = town + QStringLiteral(" and ") + other + QStringLiteral(" Partnership NHS Foundation Trust"); break;
        case 1: p.name = town + QStringLiteral(" Mental Health NHS Trust"); break;
        case 2: p.name = town + QStringLiteral(" Health and Care NHS Foundation Trust"); break;
        default: p.name = town + QStringLiteral(" Care Partnership NHS Trust"); break;
        }
        break;
    case Kind::CommunityTrust:
        p.name = town + (rng.chance(500) ? QStringLiteral(" Community Health Services NHS Trust")
                                         : QStringLiteral(" Community Healthcare NHS Trust"));
        break;
    case Kind::AmbulanceTrust:
        p.name = region + QStringLiteral(" Ambulance Service NHS Foundation Trust");
        break;
    default:
        switch (rng.below(4)) {
        case 0: p.name = town + QStringLiteral(" Children's Hospital NHS Foundation Trust"); break;
        case 1: p.name = QStringLiteral("Royal ") + town + QStringLiteral(" Orthopaedic Hospital NHS Foundation Trust"); break;
        case 2: p.name = town + QStringLiteral(" Heart and Chest Hospital NHS Foundation Trust"); break;
        default: p.name = town + QStringLiteral(" Women's Hospital NHS Foundation Trust"); break;
        }
        break;
    }
    m_providerStems[size_t(index)] = town;
    rateTrust(&p, quint64(index));
}

void NationalGenerator::makeIndependentProvider(int index)
{
    Rng rng = Rng::forKey(m_options.seed, StProvider, quint64(index));
    Provider &p = m_providers[size_t(index)];
    p.kind = Kind(int(Kind::SocialCare) + rng.weighted({700, 220, 70, 10}));
    p.id = newNumericId(rng);
    const int la = int(rng.below(LaCount));
    p.address = makeAddress(rng, la);
    const QString stem = nameStem(rng);
    m_providerStems[size_t(index)] = stem;
    p.ownershipType = QStringLiteral("Organisation");

    // About 3% of providers get one of the awkward names.
    if (rng.chance(30)) {
        switch (rng.below(8)) {
        case 0: p.name = QStringLiteral("Smith, Jones & Co"); break;
        case 1: p.name = QStringLiteral("Café \"Bleu\" Care"); break;
        case 2: p.name = QStringLiteral("St. Mary's Care Services Ltd"); break;
        case 3:
            p.name = pickText(rng, Surnames) + QStringLiteral(", ") + pickText(rng, Surnames)
                + QStringLiteral(" & Co");
            break;
        case 4: p.name = QLatin1Char('"') + stem + QStringLiteral("\" Care Ltd"); break;
        case 5:
            p.name = pickText(rng, Surnames) + QStringLiteral(" & ") + pickText(rng, Surnames)
                + QStringLiteral(", Partners");
            break;
        case 6: p.name = saintName(rng) + QStringLiteral(" Healthcare Limited"); break;
        default: p.name = QStringLiteral("Zoë's Home Care (") + utf8(LocalAuthorities[la].town) + QStringLiteral(") Ltd"); break;
        }
    } else {
        switch (p.kind) {
        case Kind::SocialCare:
            switch (rng.weighted({25, 15, 15, 15, 10, 10, 10})) {
            case 0: p.name = stem + QStringLiteral(" Care Ltd"); break;
            case 1: p.name = stem + QStringLiteral(" Care Homes Limited"); break;
            case 2: p.name = stem + QStringLiteral(" Healthcare Ltd"); break;
            case 3: p.name = stem + QStringLiteral(" Homecare Services Ltd"); break;
            case 4: p.name = stem + QStringLiteral(" Support Services Limited"); break;
            case 5:
                p.name = pickText(rng, FirstNames) + QLatin1Char(' ') + pickText(rng, Surnames);
                p.ownershipType = QStringLiteral("Individual");
                break;
            default: p.name = QStringLiteral("The ") + stem + QStringLiteral(" Trust"); break;
            }
            break;
        case Kind::PrimaryMedical:
            switch (rng.below(5)) {
            case 0:
                p.name = QStringLiteral("Dr ") + pickText(rng, Initials) + QLatin1Char(' ') + pickText(rng, Surnames);
                p.ownershipType = QStringLiteral("Individual");
                break;
            case 1:
                p.name = QStringLiteral("Dr ") + pickText(rng, Initials) + QLatin1Char(' ')
                    + pickText(rng, Surnames) + QStringLiteral(" and Partners");
                p.ownershipType = QStringLiteral("Partnership");
                break;
            case 2: p.name = stem + QStringLiteral(" Medical Practice"); break;
            case 3: p.name = QStringLiteral("The ") + stem + QStringLiteral(" Surgery"); break;
            default: p.name = stem + QStringLiteral(" Health Centre"); break;
            }
            break;
        case Kind::IndependentHealth:
            switch (rng.below(4)) {
            case 0: p.name = stem + QStringLiteral(" Healthcare Ltd"); break;
            case 1: p.name = stem + QStringLiteral(" Hospitals Limited"); break;
            case 2: p.name = stem + QStringLiteral(" Clinic Ltd"); break;
            default: p.name = stem + QStringLiteral(" Diagnostics Ltd"); break;
            }
            break;
        default:
            p.name = stem + (rng.chance(500) ? QStringLiteral(" Ambulance Service Ltd")
                                             : QStringLiteral(" Medical Transport Ltd"));
            break;
        }
    }

    switch (p.kind) {
    case Kind::SocialCare: p.category = rng.chance(600) ? CatResidential : CatCommunitySocialCare; break;
    case Kind::PrimaryMedical: p.category = CatGp; break;
    case Kind::IndependentHealth:
        p.category = rng.weighted({50, 25, 25}) == 0 ? CatIndependentAcute
                   : (rng.chance(500) ? CatIndependentSpecialist : CatCommunity);
        break;
    default: p.category = CatAmbulance; break;
    }

    // About 6% belong to one of 60 brands ("-" otherwise, as CQC writes).
    if (rng.chance(60)) {
        const int brand = int(rng.below(60));
        Rng brandRng = Rng::forKey(m_options.seed, StProvider, 0x4252414e44ULL + quint64(brand));
        p.brandId = QStringLiteral("BD") + QString::number(1000 + brand * 37);
        p.brandName = QStringLiteral("BRAND ") + nameStem(brandRng)
            + (brandRng.chance(500) ? QStringLiteral(" Care Group") : QStringLiteral(" Healthcare"));
    }
}

void NationalGenerator::makeLocations()
{
    const int total = int(m_providers.size());
    // NHS trusts first: their sizes are fixed by their kind.
    for (int i = 0; i < m_nhsCount; ++i) {
        Rng rng = Rng::forKey(m_options.seed, StNhsLocation, quint64(i));
        int count = 1;
        switch (m_providers[size_t(i)].kind) {
        case Kind::AcuteTrust: count = rng.range(2, 6); break;
        case Kind::MentalHealthTrust: count = rng.range(1, 4); break;
        case Kind::CommunityTrust: count = rng.range(1, 4); break;
        default: count = rng.range(1, 3); break;
        }
        QStringList suffixes;
        for (int k = 0; k < count; ++k)
            makeNhsLocation(i, k, &suffixes);
    }

    // Independent providers share what is left: 1 to 3 locations each,
    // nudged so that the total comes out at exactly --locations.
    const int independents = total - m_nhsCount;
    if (independents <= 0)
        return;
    const int nhsLocations = int(m_locations.size());
    int target = m_options.locations - nhsLocations;
    if (target < independents)
        target = independents; // every provider has at least one location
    std::vector<int> counts(static_cast<size_t>(independents));
    int sum = 0;
    for (int i = 0; i < independents; ++i) {
        Rng rng = Rng::forKey(m_options.seed, StLocationCounts, quint64(m_nhsCount + i));
        counts[size_t(i)] = 1 + rng.weighted({33, 35, 32});
        sum += counts[size_t(i)];
    }
    const int cap = qMax(3, (target + independents - 1) / independents + 1);
    Rng adjust = Rng::forKey(m_options.seed, StLocationCounts, 0xadadULL);
    while (sum != target) {
        int &c = counts[adjust.below(quint32(independents))];
        if (sum < target && c < cap) {
            ++c;
            ++sum;
        } else if (sum > target && c > 1) {
            --c;
            --sum;
        }
    }
    for (int i = 0; i < independents; ++i) {
        for (int k = 0; k < counts[size_t(i)]; ++k)
            makeIndependentLocation(m_nhsCount + i, m_locations.size(), false);
    }

    // A provider registered before its first location.
    for (int i = m_nhsCount; i < total; ++i) {
        Provider &p = m_providers[size_t(i)];
        Rng rng = Rng::forKey(m_options.seed, StProviderRegistration, quint64(i));
        int first = CutoffJd;
        for (int index : p.locations)
            first = qMin(first, m_locations[size_t(index)].registrationJd);
        p.registrationJd = qMax(HscaStartJd, first - rng.range(0, 365));
    }
}

void NationalGenerator::makeNhsLocation(int providerIndex, int ordinal, QStringList *usedSuffixes)
{
    const int index = int(m_locations.size());
    Rng rng = Rng::forKey(m_options.seed, StLocation, quint64(index));
    Provider &p = m_providers[size_t(providerIndex)];
    Location loc;
    loc.provider = providerIndex;
    loc.category = p.category;
    QString suffix;
    do {
        suffix = twoDigits(rng.range(1, 99));
    } while (usedSuffixes->contains(suffix));
    usedSuffixes->append(suffix);
    loc.id = p.id + suffix;
    m_usedNhsIds.insert(loc.id);
    loc.odsCode = loc.id;
    const QString region = utf8(LocalAuthorities[p.address.la].region);
    const int la = ordinal == 0 ? p.address.la : laInRegion(rng, region);
    loc.address = makeAddress(rng, la);
    const QString town = utf8(LocalAuthorities[la].town);
    switch (p.kind) {
    case Kind::AcuteTrust:
        switch (rng.below(8)) {
        case 0: loc.name = town + QStringLiteral(" General Hospital"); break;
        case 1: loc.name = QStringLiteral("Royal ") + town + QStringLiteral(" Hospital"); break;
        case 2: loc.name = town + QStringLiteral(" District General Hospital"); break;
        case 3: loc.name = saintName(rng) + QStringLiteral(" Hospital"); break;
        case 4: loc.name = QStringLiteral("Queen Elizabeth Hospital"); break;
        case 5: loc.name = town + QStringLiteral(" Royal Infirmary"); break;
        case 6: loc.name = QStringLiteral("University Hospital ") + town; break;
        default: loc.name = town + QStringLiteral(" Community Hospital"); break;
        }
        break;
    case Kind::MentalHealthTrust:
        switch (rng.below(4)) {
        case 0: loc.name = pickText(rng, Compounds) + QStringLiteral(" House"); break;
        case 1: loc.name = town + QStringLiteral(" Mental Health Unit"); break;
        case 2: loc.name = pickText(rng, Compounds) + QStringLiteral(" Centre"); break;
        default: loc.name = QStringLiteral("Trust Headquarters"); break;
        }
        break;
    case Kind::CommunityTrust:
        loc.name = town + (rng.chance(500) ? QStringLiteral(" Community Hospital") : QStringLiteral(" Health Centre"));
        break;
    case Kind::AmbulanceTrust:
        loc.name = ordinal == 0 ? QStringLiteral("Trust Headquarters")
                                : town + QStringLiteral(" Emergency Operations Centre");
        break;
    default:
        loc.name = p.name.left(p.name.indexOf(QStringLiteral(" NHS")));
        if (ordinal > 0)
            loc.name += QStringLiteral(" - ") + town;
        break;
    }
    loc.registrationJd = NhsRegistrationJd;
    p.locations.push_back(index);
    m_locations.push_back(loc);
    rateLocation(&m_locations.back(), quint64(index), false);
}

void NationalGenerator::makeIndependentLocation(int providerIndex, quint64 key, bool monthTwoNew)
{
    const int index = int(m_locations.size());
    Rng rng = Rng::forKey(m_options.seed, StLocation, key);
    Provider &p = m_providers[size_t(providerIndex)];
    const QString &providerStem = m_providerStems[size_t(providerIndex)];
    Location loc;
    loc.provider = providerIndex;
    loc.id = newNumericId(rng);
    const QString region = utf8(LocalAuthorities[p.address.la].region);
    int la = p.address.la;
    const int where = rng.weighted({70, 20, 10});
    if (where == 1)
        la = laInRegion(rng, region);
    else if (where == 2)
        la = int(rng.below(LaCount));
    loc.address = makeAddress(rng, la);
    const QString town = utf8(LocalAuthorities[la].town);
    const QString stem = rng.chance(300) ? providerStem : nameStem(rng);

    loc.category = p.category;
    if (p.kind == Kind::SocialCare)
        loc.category = rng.chance(800) ? p.category
                                       : (p.category == CatResidential ? CatCommunitySocialCare : CatResidential);
    loc.careHome = loc.category == CatResidential;

    if (rng.chance(15)) {
        switch (rng.below(5)) {
        case 0: loc.name = QStringLiteral("St. Mary's Nursing Home"); break;
        case 1: loc.name = QStringLiteral("Café \"Bleu\" Care"); break;
        case 2: loc.name = stem + QStringLiteral(" House, Nursing Home"); break;
        case 3: loc.name = QStringLiteral("Queen's Court"); break;
        default: loc.name = QStringLiteral("\"") + stem + QStringLiteral("\" Residential Home"); break;
        }
    } else {
        switch (loc.category) {
        case CatResidential:
            switch (rng.below(7)) {
            case 0: loc.name = stem + QStringLiteral(" House"); break;
            case 1: loc.name = stem + QStringLiteral(" Lodge"); break;
            case 2: loc.name = stem + QStringLiteral(" Court"); break;
            case 3: loc.name = stem + QStringLiteral(" Care Home"); break;
            case 4: loc.name = stem + QStringLiteral(" Nursing Home"); break;
            case 5: loc.name = QStringLiteral("The ") + stem; break;
            default: loc.name = stem + QStringLiteral(" Residential Home"); break;
            }
            break;
        case CatCommunitySocialCare:
            switch (rng.below(4)) {
            case 0: loc.name = stem + QStringLiteral(" Home Care"); break;
            case 1: loc.name = providerStem + QStringLiteral(" - ") + town; break;
            case 2: loc.name = stem + QStringLiteral(" Domiciliary Care"); break;
            default: loc.name = providerStem + QStringLiteral(" (") + town + QLatin1Char(')'); break;
            }
            break;
        case CatGp:
            switch (rng.below(4)) {
            case 0: loc.name = stem + QStringLiteral(" Surgery"); break;
            case 1: loc.name = stem + QStringLiteral(" Medical Centre"); break;
            case 2: loc.name = QStringLiteral("The ") + stem + QStringLiteral(" Practice"); break;
            default: loc.name = stem + QStringLiteral(" Health Centre"); break;
            }
            loc.odsCode = QLatin1Char(OdsLetters[rng.below(15)])
                + QString::number(rng.range(10000, 99999));
            break;
        case CatAmbulance:
            loc.name = rng.chance(500) ? stem + QStringLiteral(" Ambulance Station")
                                       : providerStem + QStringLiteral(" Ambulance - ") + town;
            break;
        default:
            switch (rng.below(4)) {
            case 0: loc.name = stem + QStringLiteral(" Hospital"); break;
            case 1: loc.name = stem + QStringLiteral(" Clinic"); break;
            case 2: loc.name = stem + QStringLiteral(" Diagnostic Centre"); break;
            default: loc.name = QStringLiteral("The ") + stem + QStringLiteral(" Hospital"); break;
            }
            break;
        }
    }
    p.locations.push_back(index);
    m_locations.push_back(loc);
    rateLocation(&m_locations.back(), key, monthTwoNew);
}

// Builds a location's reports: a first comprehensive inspection rating
// everything, then later ones that re-rate the overall and some key
// questions (or, for hospitals, some core services). So most of a
// location's cells share one date and a few keep an older one.
void NationalGenerator::rateLocation(Location *loc, quint64 key, bool monthTwoNew)
{
    Rng rng = Rng::forKey(m_options.seed, StRating, key);
    const Provider &p = m_providers[size_t(loc->provider)];
    const bool hospital = loc->category == CatAcuteNhs || loc->category == CatSpecialistNhs;

    Rated &rated = loc->rated;
    rated.services = {SvcOverall};
    if (loc->category == CatAcuteNhs) {
        for (quint8 s = SvcUrgent; s <= SvcOutpatients; ++s) {
            const bool optional = s == SvcCritical || s == SvcMaternity || s == SvcChildren;
            if (!optional || rng.chance(s == SvcCritical ? 850 : s == SvcMaternity ? 700 : 750))
                rated.services.push_back(s);
        }
    } else if (loc->category == CatSpecialistNhs) {
        for (quint8 s = SvcUrgent; s <= SvcOutpatients; ++s) {
            if (s == SvcSurgery || s == SvcOutpatients || rng.chance(300))
                rated.services.push_back(s);
        }
    }

    // Whole-location non-grade states, rare: a focused inspection that did
    // not rate, the 2025+ "Not Rated", and an old "No published rating".
    enum Mode { Normal, Unrated, NotRatedMode, NoPublished } mode = Normal;
    if (!hospital && !monthTwoNew) {
        const int roll = int(rng.below(1000));
        const bool mentalHealthSite = loc->category == CatMentalHealthNhs;
        if (roll < (mentalHealthSite ? 250 : 3))
            mode = NoPublished;
        else if (roll < (mentalHealthSite ? 260 : 11))
            mode = Unrated;
        else if (roll < (mentalHealthSite ? 265 : 16))
            mode = NotRatedMode;
    }

    std::vector<int> dates;
    if (monthTwoNew) {
        dates = {rng.range(CutoffJd + 1, CutoffJd + 29)};
    } else if (mode == NoPublished) {
        dates = reportDates(rng, 1, EarliestJd, EarliestJd + 900);
    } else {
        const int count = hospital ? 2 + rng.weighted({40, 40, 20}) : 1 + rng.weighted({45, 38, 17});
        dates = reportDates(rng, count, EarliestJd + 300, CutoffJd);
    }

    const quint8 base = drawGrade(rng);
    Rng linkRng = Rng::forKey(m_options.seed, StLinkId, key);
    for (size_t i = 0; i < dates.size(); ++i) {
        Report report;
        report.jd = dates[i];
        report.linkKey = linkRng.next();
        if (i == 0) {
            for (quint8 s : rated.services) {
                const quint8 overall = s == SvcOverall ? base : drift(rng, base);
                report.sets.push_back(fullSet(rng, s, overall));
            }
        } else if (hospital) {
            if (rng.chance(700))
                report.sets.push_back(laterSet(rng, rated, SvcOverall, 750, false));
            for (size_t k = 1; k < rated.services.size(); ++k) {
                if (rng.chance(400))
                    report.sets.push_back(laterSet(rng, rated, rated.services[k], 0, true));
            }
            if (report.sets.empty())
                report.sets.push_back(laterSet(rng, rated, SvcOverall, 750, false));
        } else {
            report.sets.push_back(laterSet(rng, rated, SvcOverall, 850, false));
        }
        rated.reports.push_back(std::move(report));
    }

    if (mode != Normal) {
        quint8 value = NoPublishedRating;
        if (mode == Unrated)
            value = InspectedButNotRated;
        else if (mode == NotRatedMode)
            value = rated.reports.back().jd >= NotRatedFromJd ? NotRated : InspectedButNotRated;
        RatedSet &set = rated.reports.back().sets.front();
        set.ratings.fill(value);
    }

    // Inherited ratings: the location re-registered (a new provider, an NHS
    // transfer) and its earlier reports belong to the predecessor. CQC's
    // sheet flags those cells "Inherited Rating (Y/N)" = Y; the API names the
    // predecessor in organisationId.
    const bool nhs = isNhs(p.kind);
    const int inheritPerMille = monthTwoNew ? 0 : hospital ? 200 : nhs ? 100 : 22;
    const int n = int(rated.reports.size());
    if (rng.chance(inheritPerMille)) {
        int inherited = n == 1 || rng.chance(700) ? n : rng.range(1, n - 1);
        int from = rated.reports[size_t(inherited - 1)].jd + 1;
        int to = inherited == n ? qMin(CutoffJd, from + 900) : rated.reports[size_t(inherited)].jd - 1;
        if (from <= to) {
            loc->registrationJd = rng.range(from, to);
            for (int i = 0; i < inherited; ++i)
                rated.reports[size_t(i)].inherited = true;
            if (nhs) {
                loc->predecessorId = newPredecessorCode(rng);
                loc->relationshipReason = QStringLiteral("NHS Transfer");
                loc->predecessorName = QStringLiteral("The ") + loc->name;
            } else {
                loc->predecessorId = newNumericId(rng);
                loc->relationshipReason = rng.chance(500) ? QStringLiteral("Legal Entity Change")
                                                          : QStringLiteral("New Provider");
                loc->predecessorName = loc->name;
            }
            return;
        }
    }
    if (monthTwoNew)
        loc->registrationJd = rated.reports.front().jd - rng.range(30, 200);
    else if (!nhs)
        loc->registrationJd = qMax(HscaStartJd, rated.reports.front().jd - rng.range(90, 1200));
}

void NationalGenerator::rateTrust(Provider *p, quint64 key)
{
    Rng rng = Rng::forKey(m_options.seed, StTrustRating, key);
    Rated &rated = p->rated;
    rated.services = {SvcOverall};
    if (p->kind == Kind::MentalHealthTrust) {
        const int want = rng.range(5, 10);
        std::vector<quint8> all;
        for (quint8 s = SvcMhFirst; s <= SvcMhLast; ++s)
            all.push_back(s);
        for (size_t i = all.size() - 1; i > 0; --i)
            std::swap(all[i], all[rng.below(quint32(i + 1))]);
        all.resize(size_t(want));
        std::sort(all.begin(), all.end());
        rated.services.insert(rated.services.end(), all.begin(), all.end());
    }
    const int count = 1 + rng.weighted({30, 45, 25});
    const std::vector<int> dates = reportDates(rng, count, EarliestJd + 700, CutoffJd);
    const quint8 base = drawGrade(rng);
    Rng linkRng = Rng::forKey(m_options.seed, StLinkId, (quint64(1) << 48) + key);
    for (size_t i = 0; i < dates.size(); ++i) {
        Report report;
        report.jd = dates[i];
        report.linkKey = linkRng.next();
        if (i == 0) {
            for (quint8 s : rated.services)
                report.sets.push_back(fullSet(rng, s, s == SvcOverall ? base : drift(rng, base)));
        } else {
            if (rated.services.size() == 1 || rng.chance(800))
                report.sets.push_back(laterSet(rng, rated, SvcOverall, 850, false));
            for (size_t k = 1; k < rated.services.size(); ++k) {
                if (rng.chance(350))
                    report.sets.push_back(laterSet(rng, rated, rated.services[k], 0, true));
            }
            if (report.sets.empty())
                report.sets.push_back(laterSet(rng, rated, SvcOverall, 850, false));
        }
        rated.reports.push_back(std::move(report));
    }

    // Use of resources was assessed for trusts between 2017 and 2020; the
    // ambulance trusts here have none (the API then gives {}).
    if (p->kind != Kind::AmbulanceTrust && rng.chance(750)) {
        p->useOfResources = drawGrade(rng);
        const quint8 overall = latestRating(rated, SvcOverall, Overall, rated.reports.size());
        p->combinedQuality = isGrade(overall) && rng.chance(700) ? overall : drift(rng, p->useOfResources);
        p->useOfResourcesJd = rng.range(int(QDate(2017, 3, 1).toJulianDay()), int(QDate(2020, 3, 1).toJulianDay()));
        p->useOfResourcesKey = linkRng.next();
    }
}

// Month 2: the same model, then a new inspection for change-percent % of
// the locations (published after month 1's last date, some ratings
// changed), a new trust-level report for as many of the trusts, and a
// handful of new locations. Two things a real month brings ride on the new
// inspections: every fifth changed location gets a current non-grade over
// an earlier grade in a few cells, and every fourth changed hospital site
// loses one core service from CQC's view (a superseded inspection area).
// They are counted, not drawn, so that even a small run has some; their
// details come from streams of their own, so the other draws are unchanged.
void NationalGenerator::applyMonthTwo()
{
    const int monthOne = int(m_locations.size());
    const int changes = int((qint64(monthOne) * qBound(0, m_options.changePercent, 100) + 50) / 100);
    std::vector<int> indexes(static_cast<size_t>(monthOne));
    for (int i = 0; i < monthOne; ++i)
        indexes[size_t(i)] = i;
    Rng pick = Rng::forKey(m_options.seed, StMonthTwoPick, 0);
    for (int i = 0; i < changes; ++i)
        std::swap(indexes[size_t(i)], indexes[size_t(i) + pick.below(quint32(monthOne - i))]);
    indexes.resize(size_t(changes));
    std::sort(indexes.begin(), indexes.end());

    int ordinal = 0, hospitalOrdinal = 0;
    bool nonGradeDue = false, dropDue = false; // carried on when a location had nothing to change
    for (int index : indexes) {
        Location &loc = m_locations[size_t(index)];
        Rng rng = Rng::forKey(m_options.seed, StMonthTwoChange, quint64(index));
        Rated &rated = loc.rated;
        Report report;
        report.jd = rng.range(CutoffJd + 1, CutoffJd + 29);
        report.linkKey = rng.next();
        report.sets.push_back(laterSet(rng, rated, SvcOverall, 750, false));
        for (size_t k = 1; k < rated.services.size(); ++k) {
            if (rng.chance(300))
                report.sets.push_back(laterSet(rng, rated, rated.services[k], 0, true));
        }
        const bool hospital = loc.category == CatAcuteNhs || loc.category == CatSpecialistNhs;
        if (hospital && (hospitalOrdinal++ % 4 == 0 || dropDue)) {
            dropDue = !dropService(&rated, &report, quint64(index));
            m_droppedServices += dropDue ? 0 : 1;
        }
        if (ordinal++ % 5 == 0 || nonGradeDue) {
            const int cells = addCurrentNonGrades(&rated, &report, quint64(index));
            nonGradeDue = cells == 0;
            m_nonGradeCells += cells;
            m_nonGradeLocations += cells > 0 ? 1 : 0;
        }
        rated.reports.push_back(std::move(report));
    }
    m_changedLocations = changes;

    changeTrustsInMonthTwo();

    // New registrations, each with its first report in month 2.
    const int independents = int(m_providers.size()) - m_nhsCount;
    if (independents <= 0)
        return;
    const int fresh = qBound(1, monthOne / 2000, 100);
    for (int i = 0; i < fresh; ++i) {
        Rng rng = Rng::forKey(m_options.seed, StMonthTwoNew, quint64(i));
        const int providerIndex = m_nhsCount + int(rng.below(quint32(independents)));
        makeIndependentLocation(providerIndex, (quint64(1) << 40) + quint64(i), true);
    }
    m_newLocations = fresh;
}

// CQC's view no longer lists one of the site's core services: its rows
// leave the Locations sheet and the API marks its area Superseded from the
// new report's date. Its earlier reports stay, as history. A site keeps at
// least one core service.
bool NationalGenerator::dropService(Rated *rated, Report *report, quint64 key)
{
    if (rated->services.size() <= 2)
        return false;
    Rng rng = Rng::forKey(m_options.seed, StMonthTwoDrop, key);
    const size_t k = 1 + rng.below(quint32(rated->services.size() - 1));
    const quint8 service = rated->services[k];
    rated->services.erase(rated->services.begin() + std::ptrdiff_t(k));
    report->sets.erase(std::remove_if(report->sets.begin(), report->sets.end(),
                                      [service](const RatedSet &set) { return set.service == service; }),
                       report->sets.end());
    rated->superseded.push_back({service, report->jd});
    return true;
}

// The new report states a non-grade for one to three key questions whose
// current value (month 1's) is a grade, as a focused inspection that looked
// at them without rating does. These are CQC's current position, listed in
// the sheet with the new report's date. Only the report's own sets are
// used, so that every service's cells in the API keep one date.
int NationalGenerator::addCurrentNonGrades(Rated *rated, Report *report, quint64 key)
{
    std::vector<std::pair<size_t, int>> candidates; // (set in the report, domain)
    for (size_t i = 0; i < report->sets.size(); ++i) {
        for (int d = Safe; d <= WellLed; ++d) {
            if (isGrade(latestRating(*rated, report->sets[i].service, d, rated->reports.size())))
                candidates.push_back({i, d});
        }
    }
    if (candidates.empty())
        return 0;
    Rng rng = Rng::forKey(m_options.seed, StMonthTwoNonGrade, key);
    const int count = qMin(int(candidates.size()), 1 + int(rng.weighted({50, 35, 15})));
    for (int i = 0; i < count; ++i) {
        std::swap(candidates[size_t(i)], candidates[size_t(i) + rng.below(quint32(candidates.size() - size_t(i)))]);
        static const quint8 Values[] = {InspectedButNotRated, InsufficientEvidence, NotRated};
        const quint8 value = Values[rng.weighted({45, 30, 25})];
        report->sets[candidates[size_t(i)].first].ratings[candidates[size_t(i)].second] = value;
    }
    return count;
}

// A new trust-level report for change-percent % of the trusts (at least
// one): it re-rates the trust's own row, always changing at least one of
// its values, and sometimes a trust-level core service.
void NationalGenerator::changeTrustsInMonthTwo()
{
    if (m_nhsCount <= 0 || m_options.changePercent <= 0)
        return;
    const int changes = qMax(1, int((qint64(m_nhsCount) * qBound(0, m_options.changePercent, 100) + 50) / 100));
    std::vector<int> indexes(static_cast<size_t>(m_nhsCount));
    for (int i = 0; i < m_nhsCount; ++i)
        indexes[size_t(i)] = i;
    Rng pick = Rng::forKey(m_options.seed, StMonthTwoTrust, 0);
    for (int i = 0; i < changes; ++i)
        std::swap(indexes[size_t(i)], indexes[size_t(i) + pick.below(quint32(m_nhsCount - i))]);
    indexes.resize(size_t(changes));
    std::sort(indexes.begin(), indexes.end());

    for (int index : indexes) {
        Rated &rated = m_providers[size_t(index)].rated;
        Rng rng = Rng::forKey(m_options.seed, StMonthTwoTrust, 1 + quint64(index));
        Report report;
        report.jd = rng.range(CutoffJd + 1, CutoffJd + 29);
        report.linkKey = rng.next();
        RatedSet own = laterSet(rng, rated, SvcOverall, 850, false);
        bool changed = false;
        for (int d = 0; d < DomainCount; ++d) {
            if (own.ratings[d] != NoRating && own.ratings[d] != latestRating(rated, SvcOverall, d, rated.reports.size()))
                changed = true;
        }
        if (!changed)
            own.ratings[Overall] = own.ratings[Overall] == Good ? RequiresImprovement : Good;
        report.sets.push_back(own);
        for (size_t k = 1; k < rated.services.size(); ++k) {
            if (rng.chance(300))
                report.sets.push_back(laterSet(rng, rated, rated.services[k], 0, true));
        }
        rated.reports.push_back(std::move(report));
    }
    m_changedTrusts = changes;
}

} // namespace Gen
