// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

// How one cell moved between two dates. Registered as Grade is (Grade.h).
namespace Changes {
Q_NAMESPACE
enum class Change { Improved, Declined, Unchanged, New, NoLongerRated, NotComparable };
Q_ENUM_NS(Change)
} // namespace Changes
using Changes::Change;
