// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include "Rng.h"

#include <QString>

namespace Gen {

struct Address;

// Name parts. Most names are plain; the specials below carry the commas,
// apostrophes, double quotes and non-ASCII letters that exercise quoting.
inline constexpr const char *Compounds[] = {
    "Oakwood", "Ashfield", "Brookside", "Meadowbank", "Riverside", "Hillcrest", "Fairview",
    "Greenacres", "Highfield", "Springfield", "Westbury", "Elmhurst", "Rosewood", "Lakeside",
    "Parkside", "Woodlands", "Orchard", "Sunnyside", "Heathfield", "Moorland", "Beechwood",
    "Cedar Grove", "Willow Bank", "Holly Lodge", "Larchwood", "Abbeyfield", "Kingsway",
    "Thornbury", "Redcliffe", "Fernlea", "Silverdale", "Bramble", "Heatherton", "Millbrook",
    "Stonehaven", "Ravensworth", "Foxhill", "Primrose", "Bluebell", "Laurel Bank", "Hawthorn",
    "Chestnut", "Mulberry", "Kingfisher", "Lavender", "Heron", "Juniper", "Magnolia",
};
inline constexpr const char *Surnames[] = {
    "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel",
    "Khan", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green",
    "Hall", "Wood", "Jackson", "Clarke", "Hughes", "Edwards", "Ahmed", "Singh", "Murphy",
    "O'Brien", "O'Connor", "Kowalski", "Nowak", "Okafor", "Mensah", "Chen", "Begum", "Shah",
};
inline constexpr const char *FirstNames[] = {
    "Margaret", "John", "Susan", "David", "Aisha", "Rajesh", "Helen", "Peter", "Grace",
    "Mohammed", "Claire", "Andrew", "Fatima", "James", "Olivia", "Samuel",
};
inline constexpr const char *Initials[] = {"A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P", "R", "S", "T", "W"};
inline constexpr const char *Saints[] = {"Mary", "John", "Anne", "George", "Luke", "Peter", "Catherine", "Michael", "Andrew", "Margaret", "Helen", "James"};
// Stems with non-ASCII letters (UTF-8 source).
inline constexpr const char *ForeignStems[] = {"Brontë", "Zoë", "Chloé", "Beauséjour", "Müller", "Øresund", "Łąka", "Renée", "Señora Núñez", "Noël"};
inline constexpr const char *Streets[] = {
    "High Street", "Church Lane", "Station Road", "Victoria Road", "Mill Lane", "Park Avenue",
    "London Road", "Manor Way", "The Green", "Queen's Road", "King's Drive", "St. John's Close",
    "Albert Street", "Green Lane", "Chapel Street", "Springfield Road", "York Road", "Grange Road",
    "Windsor Avenue", "Bridge Street", "North Road", "Southgate", "West End", "Market Place",
    "Hospital Lane", "Infirmary Road", "Moor Lane", "Castle Street", "Orchard Close", "Elm Grove",
};
inline constexpr const char *Districts[] = {
    "Northfield", "Moss Side", "Old Town", "Westfield", "Eastbrook", "Upper Norwood", "Southville",
    "Hillside", "Newtown", "St. Thomas", "Kingsmead", "Fairfield", "Bankside", "Low Moor",
};
inline constexpr const char *PostcodeLetters = "ABDEFGHJLNPQRSTUWXYZ";
inline constexpr const char *OdsLetters = "ABCDEFGHJKLMNPY";

inline QString utf8(const char *s) { return QString::fromUtf8(s); }

template<typename T, int N>
QString pickText(Rng &rng, const T (&items)[N]) { return utf8(rng.pick(items)); }

inline QString twoDigits(int n) { return QString::number(n).rightJustified(2, QLatin1Char('0')); }

// A name's distinctive part: a compound, a town, a surname or, rarely, a
// stem with non-ASCII letters.
QString nameStem(Rng &rng);
QString saintName(Rng &rng);
// A town, or a local authority, of the given CQC region.
QString regionTown(Rng &rng, const QString &region);
int laInRegion(Rng &rng, const QString &region);
// A street address in local authority la.
Address makeAddress(Rng &rng, int la);

} // namespace Gen
