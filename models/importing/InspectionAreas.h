// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// The names of CQC's inspection areas, for serviceRatings that name an area
// only by its ID ("urgent") when the payload's inspectionAreas does not say.
// From CQC-DATA.md section 4b.
namespace InspectionAreas {
// The built-in name of an area ID, or an empty string when unknown.
QString builtInName(const QString &areaId);
} // namespace InspectionAreas
