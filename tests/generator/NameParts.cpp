// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "NameParts.h"

#include "NationalModel.h"

namespace Gen {

QString nameStem(Rng &rng)
{
    switch (rng.weighted({48, 18, 16, 16, 2})) {
    case 0: return pickText(rng, Compounds);
    case 1: return pickText(rng, Compounds) + QStringLiteral(" Park");
    case 2: return utf8(localAuthority(rng.below(localAuthorityCount())).town);
    case 3: return pickText(rng, Surnames);
    default: return pickText(rng, ForeignStems);
    }
}

QString saintName(Rng &rng) { return QStringLiteral("St. ") + pickText(rng, Saints) + QStringLiteral("'s"); }

QString regionTown(Rng &rng, const QString &region)
{
    // Towns of the region, drawn by rejection to keep the table flat.
    for (int tries = 0; tries < 64; ++tries) {
        const LocalAuthority &la = localAuthority(rng.below(localAuthorityCount()));
        if (region == QLatin1String(la.region))
            return utf8(la.town);
    }
    return utf8(localAuthority(0).town);
}

int laInRegion(Rng &rng, const QString &region)
{
    for (int tries = 0; tries < 64; ++tries) {
        const int la = int(rng.below(localAuthorityCount()));
        if (region == QLatin1String(localAuthority(la).region))
            return la;
    }
    return 0;
}

Address makeAddress(Rng &rng, int la)
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
    a.city = utf8(localAuthority(la).town);
    a.postcode = utf8(localAuthority(la).postcodeArea) + QString::number(rng.range(1, 29))
        + QLatin1Char(' ') + QString::number(rng.range(0, 9))
        + QLatin1Char(PostcodeLetters[rng.below(20)]) + QLatin1Char(PostcodeLetters[rng.below(20)]);
    return a;
}

} // namespace Gen
