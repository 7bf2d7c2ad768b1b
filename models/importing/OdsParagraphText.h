// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

// ODF 1.2 part 1, 6.1.2: in a paragraph, runs of white space collapse to
// one space and white space at either end is dropped; real spaces, tabs
// and line breaks are written as text:s, text:tab and text:line-break.
// A run is held back as pendingSpace so that a trailing one can be dropped.
struct OdsParagraphText
{
    QString *out;
    bool afterSpace = true; // at the start of a paragraph, as after a space
    bool pendingSpace = false;
    bool tooLong = false; // the cell would exceed OdsLimits::maxCellCharacters; nothing more is added

    bool fits(qint64 more);
    void appendCharacters(QStringView s);
    void appendLiteral(QChar c, qint64 count = 1);
};
