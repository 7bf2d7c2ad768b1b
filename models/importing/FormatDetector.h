// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <importing/ImportFormat.h>

#include <QCoreApplication>

// Tells from a file's first bytes which kind of CQC file it is, whatever
// its name: a zip (.ods), JSON (API responses), or text (a ratings sheet
// saved as CSV). Files that are none of these are refused with a reason.
class FormatDetector
{
    Q_DECLARE_TR_FUNCTIONS(FormatDetector)

public:
    static ImportFormat detect(const QString &path, QString *error);
};
