// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "ProviderFactory.h"

#include "InspectionHistory.h"
#include "ModelConstants.h"
#include "NameParts.h"
#include "Rng.h"

namespace Gen {

void ProviderFactory::makeProviders()
{
    const int total = qMax(1, m_options.providers);
    // About 220 NHS trusts at national size, a few in small runs so that
    // every kind of trust appears.
    m_model.nhsCount = qMin(220, qMax(qMin(total, 3), total / 20));

    // All "R" + two alphanumerics, shuffled: the first nhsCount become
    // trusts, the rest are spare codes for predecessor registrations.
    static const char Alnum[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    std::vector<QString> codes;
    for (int i = 0; i < 36; ++i)
        for (int j = 0; j < 36; ++j)
            codes.push_back(QStringLiteral("R") + QLatin1Char(Alnum[i]) + QLatin1Char(Alnum[j]));
    Rng shuffle = Rng::forKey(m_options.seed, StTrustCodes, 0);
    for (size_t i = codes.size() - 1; i > 0; --i)
        std::swap(codes[i], codes[shuffle.below(quint32(i + 1))]);
    m_model.ids.setSpareTrustCodes(std::vector<QString>(codes.begin() + m_model.nhsCount, codes.end()));

    m_model.providers.resize(size_t(total));
    m_model.providerStems.resize(size_t(total));
    for (int i = 0; i < total; ++i) {
        if (i < m_model.nhsCount)
            makeNhsTrust(i, codes[size_t(i)]);
        else
            makeIndependentProvider(i);
    }
}

void ProviderFactory::makeNhsTrust(int index, const QString &code)
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
    Provider &p = m_model.providers[size_t(index)];
    p.id = code;
    p.odsCode = code;
    p.kind = Pattern[index % 20];
    p.category = nhsTrustCategory(p.kind);
    p.ownershipType = QStringLiteral("NHS Body");
    const int la = int(rng.below(localAuthorityCount()));
    p.address = makeAddress(rng, la);
    p.registrationJd = NhsRegistrationJd;
    const QString region = utf8(localAuthority(la).region);
    const QString town = utf8(localAuthority(la).town);
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
    m_model.providerStems[size_t(index)] = town;
    m_inspections.rateTrust(&p, quint64(index));
}

void ProviderFactory::makeIndependentProvider(int index)
{
    Rng rng = Rng::forKey(m_options.seed, StProvider, quint64(index));
    Provider &p = m_model.providers[size_t(index)];
    p.kind = Kind(int(Kind::SocialCare) + rng.weighted({700, 220, 70, 10}));
    p.id = m_model.ids.newNumericId(rng);
    const int la = int(rng.below(localAuthorityCount()));
    p.address = makeAddress(rng, la);
    const QString stem = nameStem(rng);
    m_model.providerStems[size_t(index)] = stem;
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
        default: p.name = QStringLiteral("Zoë's Home Care (") + utf8(localAuthority(la).town) + QStringLiteral(") Ltd"); break;
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

} // namespace Gen
