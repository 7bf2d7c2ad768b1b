// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

// The classes of bytes OdsXmlScanner and OdsParagraphText tell apart, as one
// table lookup each. Bytes from 0x80 on are taken as name characters: UTF-8
// multi-byte sequences of names are not checked further.
namespace OdsXmlChars {

enum Class : unsigned char {
    NameStart = 1,
    NameChar = 2,
    Space = 4,         // XML white space: space, tab, LF, CR
    AttributeStop = 8, // ends the plain run of an attribute value
    TextStop = 16,     // ends the plain run of paragraph text: space, '&', control characters
};

struct Table
{
    unsigned char of[256] = {};
    constexpr Table()
    {
        for (int c = 0; c < 256; ++c) {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':' || c >= 0x80)
                of[c] |= NameStart | NameChar;
            if ((c >= '0' && c <= '9') || c == '.' || c == '-')
                of[c] |= NameChar;
            if (c < 0x20)
                of[c] |= TextStop;
        }
        for (unsigned char c : {' ', '\t', '\n', '\r'})
            of[c] |= Space | AttributeStop | TextStop;
        for (unsigned char c : {'"', '\'', '<', '&'})
            of[c] |= AttributeStop;
        of[static_cast<unsigned char>('&')] |= TextStop;
    }
};
inline constexpr Table table;

inline bool is(char c, Class k)
{
    return table.of[static_cast<unsigned char>(c)] & k;
}

inline bool allSpace(const char *p, const char *end)
{
    for (; p < end; ++p) {
        if (!is(*p, Space))
            return false;
    }
    return true;
}

} // namespace OdsXmlChars
