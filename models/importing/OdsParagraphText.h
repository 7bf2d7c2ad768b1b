// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <string>
#include <string_view>

// The text of one cell's paragraphs, built as UTF-8 from the raw bytes of
// content.xml (entities replaced here). ODF 1.2 part 1, 6.1.2: in a
// paragraph, runs of white space collapse to one space and white space at
// either end is dropped; real spaces, tabs and line breaks are written as
// text:s, text:tab and text:line-break. A run is held back as pendingSpace
// so that a trailing one can be dropped.
struct OdsParagraphText
{
    explicit OdsParagraphText(std::string *text) : out(text) {}

    std::string *out;
    bool afterSpace = true; // at the start of a paragraph, as after a space
    bool pendingSpace = false;
    bool tooLong = false; // the cell would exceed OdsLimits::maxCellCharacters; nothing more is added
    bool badCharacter = false; // a control character, which XML does not allow

    // A new paragraph of the same cell (the caller adds the "\n" between).
    void startParagraph();
    // Raw text as the scanner hands it out; in a CDATA section '&' is text.
    void appendText(std::string_view raw, bool cdata);
    void appendLiteral(char c, qint64 count = 1);
    // The length of *out in UTF-16 code units, as QString counts it.
    qint64 characters();

private:
    bool fits(const char *more, size_t bytes);
    void appendWord(const char *p, size_t bytes);
    size_t m_countedBytes = 0; // of *out, whose characters are m_counted
    qint64 m_counted = 0;
};
