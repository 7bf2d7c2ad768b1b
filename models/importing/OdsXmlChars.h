// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

// Lines counted with memchr: std::count is not vectorised at -O2, and a
// LibreOffice content.xml is one line of hundreds of megabytes.
inline long long countNewlines(const char *p, const char *end)
{
    long long n = 0;
    while (p < end) {
        const void *nl = memchr(p, '\n', size_t(end - p));
        if (!nl)
            break;
        ++n;
        p = static_cast<const char *>(nl) + 1;
    }
    return n;
}

inline bool allSpace(const char *p, const char *end)
{
    for (; p < end; ++p) {
        if (!is(*p, Space))
            return false;
    }
    return true;
}

#if defined(__SSE2__)
namespace simd {
// Bytes of v in [lo, hi] (both below 0x80), as a compare mask.
inline __m128i inRange(__m128i v, char lo, char hi)
{
    const __m128i u = _mm_xor_si128(_mm_sub_epi8(v, _mm_set1_epi8(lo)), _mm_set1_epi8(char(0x80)));
    return _mm_cmplt_epi8(u, _mm_set1_epi8(char((hi - lo + 1) ^ 0x80)));
}
inline __m128i is(__m128i v, char c)
{
    return _mm_cmpeq_epi8(v, _mm_set1_epi8(c));
}
} // namespace simd
#endif

// The end of the run of name characters from p (at most end), 16 bytes at a
// time where it can: names are most of an .ods's markup.
inline const char *nameEnd(const char *p, const char *end)
{
#if defined(__SSE2__)
    using namespace simd;
    while (end - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i name = _mm_or_si128(
                _mm_or_si128(_mm_or_si128(inRange(v, 'a', 'z'), inRange(v, 'A', 'Z')),
                             _mm_or_si128(inRange(v, '0', '9'), _mm_cmplt_epi8(v, _mm_setzero_si128()))),
                _mm_or_si128(_mm_or_si128(is(v, '-'), is(v, '.')), _mm_or_si128(is(v, '_'), is(v, ':'))));
        const unsigned stop = ~unsigned(_mm_movemask_epi8(name)) & 0xFFFFu;
        if (stop)
            return p + __builtin_ctz(stop);
        p += 16;
    }
#endif
    while (p < end && is(*p, NameChar))
        ++p;
    return p;
}

// The first byte from p (at most end) that ends a plain run of an
// attribute value: a quote, '<', '&' or a control character.
inline const char *attributeStop(const char *p, const char *end)
{
#if defined(__SSE2__)
    using namespace simd;
    while (end - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i stop = _mm_or_si128(_mm_or_si128(is(v, '"'), is(v, '\'')),
                                          _mm_or_si128(_mm_or_si128(is(v, '<'), is(v, '&')), inRange(v, 0, 0x1F)));
        const unsigned mask = unsigned(_mm_movemask_epi8(stop));
        if (mask)
            return p + __builtin_ctz(mask);
        p += 16;
    }
#endif
    while (p < end && !is(*p, AttributeStop))
        ++p;
    return p;
}

} // namespace OdsXmlChars
