// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// What an export wrote, or why it did not.
struct ExportResult
{
    bool ok = false;
    bool cancelled = false;
    qint64 rows = 0;
    QString error;         // one line naming the file and the reason
    bool badInput = false; // the output named was refused (exit status 2), not a failure
};
