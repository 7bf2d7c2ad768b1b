// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

// The sector of an NHS trust, as NHS England's league tables group them:
// read from the provider's primary inspection category (CQC-DATA.md section 1:
// "Acute hospital - NHS non-specialist", "Mental health - community &
// residential - NHS", "Community health - NHS & Independent", "Ambulance
// service", ...). Any other category (GP practices, social care) is Other.
namespace TrustTypes {
Q_NAMESPACE
enum class TrustType { Other, Acute, MentalHealth, Community, Ambulance };
Q_ENUM_NS(TrustType)

TrustType fromInspectionCategory(const QString &category);
// The command line's word: "acute", "mental-health", "community",
// "ambulance" ("" for Other). Never translated.
QString name(TrustType type);
// Parses the command line's word (case-insensitive); false if unknown.
bool fromName(const QString &name, TrustType *out);
// Translated, for the screen: "Acute", "Mental health", ...
QString label(TrustType type);
// Acute, MentalHealth, Community, Ambulance: the four a filter offers.
QList<TrustType> nhsSectors();
} // namespace TrustTypes
using TrustTypes::TrustType;
