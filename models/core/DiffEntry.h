// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/Change.h>
#include <core/GridCell.h>
#include <core/GridRow.h>
#include <core/KeyQuestion.h>

// One cell of a diff: its row and key question, the cell on either date,
// and how it moved.
struct DiffEntry
{
    GridRow row;
    KeyQuestion keyQuestion = KeyQuestion::Overall;
    GridCell previous;
    GridCell current;
    Change change = Change::Unchanged;
};
