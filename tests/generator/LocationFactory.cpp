// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "LocationFactory.h"

#include "InspectionHistory.h"
#include "ModelConstants.h"
#include "NameParts.h"
#include "Rng.h"

namespace Gen {

void LocationFactory::makeLocations()
{
    const int total = int(m_model.providers.size());
    // NHS trusts first: their sizes are fixed by their kind.
    for (int i = 0; i < m_model.nhsCount; ++i) {
        Rng rng = Rng::forKey(m_options.seed, StNhsLocation, quint64(i));
        int count = 1;
        switch (m_model.providers[size_t(i)].kind) {
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
    const int independents = total - m_model.nhsCount;
    if (independents <= 0)
        return;
    const int nhsLocations = int(m_model.locations.size());
    int target = m_options.locations - nhsLocations;
    if (target < independents)
        target = independents; // every provider has at least one location
    std::vector<int> counts(static_cast<size_t>(independents));
    int sum = 0;
    for (int i = 0; i < independents; ++i) {
        Rng rng = Rng::forKey(m_options.seed, StLocationCounts, quint64(m_model.nhsCount + i));
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
            makeIndependentLocation(m_model.nhsCount + i, m_model.locations.size(), false);
    }

    // A provider registered before its first location.
    for (int i = m_model.nhsCount; i < total; ++i) {
        Provider &p = m_model.providers[size_t(i)];
        Rng rng = Rng::forKey(m_options.seed, StProviderRegistration, quint64(i));
        int first = CutoffJd;
        for (int index : p.locations)
            first = qMin(first, m_model.locations[size_t(index)].registrationJd);
        p.registrationJd = qMax(HscaStartJd, first - rng.range(0, 365));
    }
}

void LocationFactory::makeNhsLocation(int providerIndex, int ordinal, QStringList *usedSuffixes)
{
    const int index = int(m_model.locations.size());
    Rng rng = Rng::forKey(m_options.seed, StLocation, quint64(index));
    Provider &p = m_model.providers[size_t(providerIndex)];
    Location loc;
    loc.provider = providerIndex;
    loc.category = p.category;
    QString suffix;
    do {
        suffix = twoDigits(rng.range(1, 99));
    } while (usedSuffixes->contains(suffix));
    usedSuffixes->append(suffix);
    loc.id = p.id + suffix;
    m_model.ids.reserveNhsId(loc.id);
    loc.odsCode = loc.id;
    const QString region = utf8(localAuthority(p.address.la).region);
    const int la = ordinal == 0 ? p.address.la : laInRegion(rng, region);
    loc.address = makeAddress(rng, la);
    const QString town = utf8(localAuthority(la).town);
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
    m_model.locations.push_back(loc);
    m_inspections.rateLocation(&m_model.locations.back(), p, quint64(index), false);
}

void LocationFactory::makeIndependentLocation(int providerIndex, quint64 key, bool monthTwoNew)
{
    const int index = int(m_model.locations.size());
    Rng rng = Rng::forKey(m_options.seed, StLocation, key);
    Provider &p = m_model.providers[size_t(providerIndex)];
    const QString &providerStem = m_model.providerStems[size_t(providerIndex)];
    Location loc;
    loc.provider = providerIndex;
    loc.id = m_model.ids.newNumericId(rng);
    const QString region = utf8(localAuthority(p.address.la).region);
    int la = p.address.la;
    const int where = rng.weighted({70, 20, 10});
    if (where == 1)
        la = laInRegion(rng, region);
    else if (where == 2)
        la = int(rng.below(localAuthorityCount()));
    loc.address = makeAddress(rng, la);
    const QString town = utf8(localAuthority(la).town);
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
    m_model.locations.push_back(loc);
    m_inspections.rateLocation(&m_model.locations.back(), p, key, monthTwoNew);
}

} // namespace Gen
