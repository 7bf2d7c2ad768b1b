// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

// The forward migrations, one list of statements per schema version.
// migrationTo(n) turns a version n-1 database into version n.
namespace Schema {
int latestVersion();
QStringList migrationTo(int version);
// Written to PRAGMA application_id so that another program's SQLite file is
// never mistaken for an empty Trust Ratings database. ("TrRt")
constexpr int ApplicationId = 0x54725274;
} // namespace Schema
