// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// How a CSV file is written: `trustratings export`'s --separator, --bom,
// --crlf, --no-header and --no-formula-guard, and the export dialog's choices.
struct CsvOptions
{
    char separator = ',';
    bool bom = false; // UTF-8 byte order mark, for Excel
    bool crlf = false;
    bool header = true;
    bool formulaGuard = true; // prefix ' to formula-like text (FormulaGuard)

    // "," ";" "tab" (or a literal tab); false for anything else.
    static bool separatorFromName(const QString &name, char *out);
};
