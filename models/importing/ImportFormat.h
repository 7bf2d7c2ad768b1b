// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// The kinds of file an import understands (CQC-DATA.md sections 1 and 4).
enum class ImportFormat { Unknown, ApiJson, RatingsCsv, RatingsOds };

namespace ImportFormats {
QString name(ImportFormat format);                     // "api-json", "ratings-csv", "ratings-ods"
bool fromName(const QString &name, ImportFormat *out); // for --format; also "json", "csv", "ods"
} // namespace ImportFormats
