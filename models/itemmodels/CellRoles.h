// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/GridCell.h>

#include <QVariant>

// What a rating cell says under the roles RatingDelegate draws a tile from,
// for the models whose tiles carry CQC's score (the grid, the timeline).
namespace CellRoles {
// The rating, with CQC's score where it gave one: "Good 75%".
QString tileText(const GridCell &cell);
// DisplayRole (tileText), GradeRole, DateRole, InheritedRole and SortRole
// (the rating's rank); invalid for any other role.
QVariant tile(const GridCell &cell, int role);
} // namespace CellRoles
