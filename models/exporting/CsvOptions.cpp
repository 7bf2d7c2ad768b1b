// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <exporting/CsvOptions.h>

bool CsvOptions::separatorFromName(const QString &name, char *out)
{
    if (name == QLatin1String(","))
        *out = ',';
    else if (name == QLatin1String(";"))
        *out = ';';
    else if (name.compare(QLatin1String("tab"), Qt::CaseInsensitive) == 0 || name == QLatin1String("\t"))
        *out = '\t';
    else
        return false;
    return true;
}
