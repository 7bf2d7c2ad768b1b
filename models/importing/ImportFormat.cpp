// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <importing/ImportFormat.h>

namespace ImportFormats {

QString name(ImportFormat format)
{
    switch (format) {
    case ImportFormat::ApiJson: return QStringLiteral("api-json");
    case ImportFormat::RatingsCsv: return QStringLiteral("ratings-csv");
    case ImportFormat::RatingsOds: return QStringLiteral("ratings-ods");
    case ImportFormat::Unknown: break;
    }
    return QStringLiteral("unknown");
}

bool fromName(const QString &text, ImportFormat *out)
{
    const QString n = text.trimmed().toLower();
    if (n == QLatin1String("api-json") || n == QLatin1String("json") || n == QLatin1String("api"))
        *out = ImportFormat::ApiJson;
    else if (n == QLatin1String("ratings-csv") || n == QLatin1String("csv"))
        *out = ImportFormat::RatingsCsv;
    else if (n == QLatin1String("ratings-ods") || n == QLatin1String("ods"))
        *out = ImportFormat::RatingsOds;
    else
        return false;
    return true;
}

} // namespace ImportFormats
