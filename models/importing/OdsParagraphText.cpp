// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <importing/OdsParagraphText.h>

#include <importing/OdsLimits.h>
#include <importing/OdsXmlChars.h>
#include <importing/OdsXmlScanner.h>

using namespace OdsXmlChars;

// UTF-16 code units of UTF-8 bytes: one per sequence, two for the four-byte
// ones. The scanner never splits a sequence.
static qint64 utf16Length(const char *p, size_t bytes)
{
    qint64 n = 0;
    for (size_t i = 0; i < bytes; ++i) {
        const auto c = static_cast<unsigned char>(p[i]);
        n += (c & 0xC0) != 0x80;
        n += c >= 0xF0;
    }
    return n;
}

void OdsParagraphText::startParagraph()
{
    afterSpace = true;
    pendingSpace = false;
}

qint64 OdsParagraphText::characters()
{
    m_counted += utf16Length(out->data() + m_countedBytes, out->size() - m_countedBytes);
    m_countedBytes = out->size();
    return m_counted;
}

bool OdsParagraphText::fits(const char *more, size_t bytes)
{
    const qint64 pending = pendingSpace ? 1 : 0;
    // Bytes are never fewer than characters: count only near the limit.
    if (qint64(out->size()) + pending + qint64(bytes) <= OdsLimits::maxCellCharacters)
        return true;
    if (characters() + pending + (more ? utf16Length(more, bytes) : qint64(bytes)) > OdsLimits::maxCellCharacters)
        tooLong = true;
    return !tooLong;
}

void OdsParagraphText::appendWord(const char *p, size_t bytes)
{
    if (!fits(p, bytes))
        return;
    if (pendingSpace)
        out->push_back(' ');
    out->append(p, bytes);
    pendingSpace = false;
    afterSpace = false;
}

void OdsParagraphText::appendText(std::string_view raw, bool cdata)
{
    const char *p = raw.data();
    const char *const end = p + raw.size();
    std::string entity;
    while (p < end && !tooLong) {
        const char c = *p;
        if (is(c, Space)) {
            if (!afterSpace)
                pendingSpace = true;
            afterSpace = true;
            ++p;
            continue;
        }
        if (c == '&' && !cdata) {
            entity.clear();
            const size_t n = OdsXmlScanner::decodeEntity(p, end, &entity);
            p += n ? n : 1; // checked by the scanner: n is never 0
            if (entity.size() == 1 && is(entity[0], Space)) {
                if (!afterSpace)
                    pendingSpace = true;
                afterSpace = true;
            } else {
                appendWord(entity.data(), entity.size());
            }
            continue;
        }
        if (static_cast<unsigned char>(c) < 0x20) {
            badCharacter = true;
            return;
        }
        const char *const word = p++;
        while (p < end && !is(*p, TextStop))
            ++p;
        if (cdata) {
            while (p < end && *p == '&') { // literal in CDATA: part of the word
                ++p;
                while (p < end && !is(*p, TextStop))
                    ++p;
            }
        }
        appendWord(word, size_t(p - word));
    }
}

void OdsParagraphText::appendLiteral(char c, qint64 count)
{
    if (!fits(nullptr, size_t(count)))
        return;
    if (pendingSpace)
        out->push_back(' ');
    pendingSpace = false;
    out->append(size_t(count), c);
    afterSpace = true;
}
