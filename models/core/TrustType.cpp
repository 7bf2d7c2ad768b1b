// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <core/TrustType.h>

#include <QCoreApplication>

namespace TrustTypes {

TrustType fromInspectionCategory(const QString &category)
{
    // CQC's categories start with the sector; "Acute hospital - Independent
    // non-specialist" is acute too, and the NHS filter is a separate choice.
    if (category.startsWith(QLatin1String("Acute hospital"), Qt::CaseInsensitive))
        return TrustType::Acute;
    if (category.startsWith(QLatin1String("Mental health"), Qt::CaseInsensitive))
        return TrustType::MentalHealth;
    if (category.startsWith(QLatin1String("Community health"), Qt::CaseInsensitive))
        return TrustType::Community;
    if (category.startsWith(QLatin1String("Ambulance"), Qt::CaseInsensitive))
        return TrustType::Ambulance;
    return TrustType::Other;
}

QString name(TrustType type)
{
    switch (type) {
    case TrustType::Acute:
        return QStringLiteral("acute");
    case TrustType::MentalHealth:
        return QStringLiteral("mental-health");
    case TrustType::Community:
        return QStringLiteral("community");
    case TrustType::Ambulance:
        return QStringLiteral("ambulance");
    case TrustType::Other:
        break;
    }
    return QString();
}

bool fromName(const QString &text, TrustType *out)
{
    for (TrustType type : nhsSectors())
        if (text.compare(name(type), Qt::CaseInsensitive) == 0) {
            *out = type;
            return true;
        }
    return false;
}

QString label(TrustType type)
{
    switch (type) {
    case TrustType::Acute:
        return QCoreApplication::translate("TrustType", "Acute");
    case TrustType::MentalHealth:
        return QCoreApplication::translate("TrustType", "Mental health");
    case TrustType::Community:
        return QCoreApplication::translate("TrustType", "Community");
    case TrustType::Ambulance:
        return QCoreApplication::translate("TrustType", "Ambulance");
    case TrustType::Other:
        break;
    }
    return QCoreApplication::translate("TrustType", "Other");
}

QList<TrustType> nhsSectors()
{
    return {TrustType::Acute, TrustType::MentalHealth, TrustType::Community, TrustType::Ambulance};
}

} // namespace TrustTypes
