// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// A provider (trust) as an import file describes it.
struct ProviderRecord
{
    QString id; // CQC provider ID; the ODS code for NHS bodies ("RJ2")
    QString name;
    QString type; // "NHS Healthcare Organisation", ...
    QString inspectionCategory;
    QString region;
    QString url;
};
