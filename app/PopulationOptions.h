// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/Population.h>

#include <QString>

struct CommandLine;
class RatingStore;

// The export command's table options: which of them a table takes, and the
// population (--nhs-only, --region, --type, --level) they describe. Every
// check here runs before anything is read or written, so that bad usage
// exits 2 with nothing written (DESIGN.md section 4).
namespace PopulationOptions {
// "" when every option given applies to `table`, else the error line for
// the first that does not ("--level applies to export changes and
// distribution"). `table` is a known table name.
QString inapplicable(const QString &table, const CommandLine &cl);
// --nhs-only, --type and --region as a filter: without --nhs-only every
// provider. --region must be one of the database's regions (any case);
// the error line lists them. Returns an ErrorReport status: BadInput for
// a bad word or region, Failure when the regions cannot be read.
int filter(const CommandLine &cl, const RatingStore &store, PopulationFilter *out, QString *error);
// --level's word (any case), or `fallback` when it is not given.
bool level(const CommandLine &cl, PopulationLevel fallback, PopulationLevel *out, QString *error);
} // namespace PopulationOptions
