// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Gen {

class NationalGenerator;

struct ApiCounts
{
    qint64 providers = 0;
    qint64 locations = 0;
};

// Writes CQC API detail payloads as NDJSON, one object a line: first
// /providers/{id} for every provider (NHS trusts with their ratings, the
// others without, like the real provider_1-101611810.json), then
// /locations/{id} for every location, each group sorted by ID. The
// ratings are the model's, so they match the sheets cell for cell.
// Returns false with *error set on a write error.
bool writeApiNdjson(const NationalGenerator &gen, const QString &path, ApiCounts *counts, QString *error);

} // namespace Gen
