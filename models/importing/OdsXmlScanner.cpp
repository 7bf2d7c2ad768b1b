// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <importing/OdsXmlScanner.h>

#include <importing/OdsInflater.h>
#include <importing/OdsLimits.h>
#include <importing/OdsPackage.h>
#include <importing/OdsXmlChars.h>

#include <algorithm>
#include <cstring>

namespace {

OdsXmlScanner::Ns namespaceOf(std::string_view uri)
{
    constexpr std::string_view odf("urn:oasis:names:tc:opendocument:xmlns:");
    if (uri.empty())
        return OdsXmlScanner::NoNs;
    if (uri.substr(0, odf.size()) != odf)
        return OdsXmlScanner::Other;
    const std::string_view rest = uri.substr(odf.size());
    if (rest == "office:1.0")
        return OdsXmlScanner::Office;
    if (rest == "table:1.0")
        return OdsXmlScanner::Table;
    if (rest == "text:1.0")
        return OdsXmlScanner::Text;
    if (rest == "drawing:1.0")
        return OdsXmlScanner::Draw;
    if (rest == "dr3d:1.0")
        return OdsXmlScanner::Dr3d;
    return OdsXmlScanner::Other;
}

void appendUtf8(uint cp, std::string *out)
{
    if (cp < 0x80) {
        out->push_back(char(cp));
    } else if (cp < 0x800) {
        out->push_back(char(0xC0 | (cp >> 6)));
        out->push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out->push_back(char(0xE0 | (cp >> 12)));
        out->push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out->push_back(char(0x80 | (cp & 0x3F)));
    } else {
        out->push_back(char(0xF0 | (cp >> 18)));
        out->push_back(char(0x80 | ((cp >> 12) & 0x3F)));
        out->push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out->push_back(char(0x80 | (cp & 0x3F)));
    }
}

constexpr size_t cacheSize = 64;

// A prefix of up to 8 bytes as a number, so that the cache compares it
// without a call; longer ones (rare) are not cached. Exact: names hold no
// NUL byte, so the zero padding tells the lengths apart.
bool packed(std::string_view prefix, quint64 *key)
{
    if (prefix.size() > 8)
        return false;
    quint64 k = 0;
    for (size_t i = 0; i < prefix.size(); ++i)
        k |= quint64(uchar(prefix[i])) << (8 * i);
    *key = k;
    return true;
}

} // namespace

// Prefixes resolved lately: LibreOffice declares some forty namespaces on
// the root, and every element and attribute we look at names one.
struct OdsXmlScannerCache
{
    struct Slot
    {
        quint64 key = 0;
        OdsXmlScanner::Ns ns = OdsXmlScanner::NoNs;
        bool valid = false;
    };
    Slot slots[cacheSize];
    void clear()
    {
        for (Slot &s : slots)
            s.valid = false;
    }
};

OdsXmlScanner::OdsXmlScanner(OdsPackage *package) : m_package(package), m_cache(new OdsXmlScannerCache)
{
    m_attributes.reserve(16);
}

OdsXmlScanner::~OdsXmlScanner()
{
    if (m_chunk)
        m_package->recycle(std::move(m_chunk));
}

size_t OdsXmlScanner::decodeEntity(const char *p, const char *end, std::string *out)
{
    const char *semi = static_cast<const char *>(memchr(p, ';', size_t(std::min<ptrdiff_t>(end - p, 12))));
    if (!semi)
        return 0;
    const std::string_view name(p + 1, size_t(semi - p - 1));
    const size_t length = size_t(semi - p) + 1;
    if (name.size() >= 2 && name[0] == '#') {
        uint cp = 0;
        const bool hex = name[1] == 'x';
        const std::string_view digits = name.substr(hex ? 2 : 1);
        if (digits.empty() || digits.size() > 8)
            return 0;
        for (char c : digits) {
            uint d;
            if (c >= '0' && c <= '9')
                d = uint(c - '0');
            else if (hex && c >= 'a' && c <= 'f')
                d = uint(c - 'a' + 10);
            else if (hex && c >= 'A' && c <= 'F')
                d = uint(c - 'A' + 10);
            else
                return 0;
            cp = cp * (hex ? 16 : 10) + d;
        }
        const bool valid = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
        if (!valid)
            return 0;
        appendUtf8(cp, out);
        return length;
    }
    char c;
    if (name == "amp")
        c = '&';
    else if (name == "lt")
        c = '<';
    else if (name == "gt")
        c = '>';
    else if (name == "quot")
        c = '"';
    else if (name == "apos")
        c = '\'';
    else
        return 0;
    out->push_back(c);
    return length;
}

qint64 OdsXmlScanner::lineNumber() const
{
    if (hasError())
        return m_errorLine;
    const char *at = m_tokenStart ? m_tokenStart : m_pos;
    return m_linesBefore + OdsXmlChars::countNewlines(m_begin, at) + 1;
}

qint64 OdsXmlScanner::bytesScanned() const
{
    return m_bytesBefore + (m_pos - m_begin);
}

OdsXmlScanner::Token OdsXmlScanner::fail(const QString &message)
{
    if (m_error.isEmpty()) {
        m_error = message;
        m_errorLine = m_linesBefore + OdsXmlChars::countNewlines(m_begin, m_end) + 1;
    }
    m_token = Invalid;
    return Invalid;
}

OdsXmlScanner::Token OdsXmlScanner::failAt(const char *at, const QString &message)
{
    if (m_error.isEmpty()) {
        m_error = message;
        m_errorLine = m_linesBefore + OdsXmlChars::countNewlines(m_begin, at) + 1;
    }
    m_token = Invalid;
    return Invalid;
}

// Moves on to the next chunk, keeping the bytes from keepFrom on (an
// unfinished token) in front of it; false at the end of content.xml.
bool OdsXmlScanner::refill(const char *keepFrom)
{
    if (m_eof)
        return false;
    if (!keepFrom)
        keepFrom = m_end;
    const size_t keep = size_t(m_end - keepFrom);
    if (keep > size_t(2 * OdsLimits::maxMarkupRun)) {
        // Only a comment, CDATA section or instruction holding '<' gets
        // here: the inflater bounds every other run.
        m_refused = true;
        m_eof = true;
        fail(QStringLiteral("content.xml holds more than %1 MB of markup in one comment or section")
                     .arg(2 * OdsLimits::maxMarkupRun >> 20));
        return false;
    }
    std::unique_ptr<OdsChunk> next = m_package->nextChunk();
    if (!next) {
        m_eof = true;
        return false;
    }
    const qint64 keepLines = OdsXmlChars::countNewlines(keepFrom, m_end);
    m_linesBefore += m_bufferLines - keepLines;
    m_bytesBefore += keepFrom - m_begin;
    if (keep <= next->begin) {
        next->begin -= keep;
        if (keep > 0) // before the first chunk there is no buffer: keepFrom is null
            memcpy(next->data(), keepFrom, keep);
        next->size += keep;
        next->newlines += keepLines;
    } else {
        auto merged = std::make_unique<OdsChunk>();
        merged->storage.resize(keep + next->size);
        if (keep > 0)
            memcpy(merged->storage.data(), keepFrom, keep);
        memcpy(merged->storage.data() + keep, next->data(), next->size);
        merged->size = keep + next->size;
        merged->newlines = keepLines + next->newlines;
        m_package->recycle(std::move(next));
        next = std::move(merged);
    }
    if (m_chunk)
        m_package->recycle(std::move(m_chunk));
    m_chunk = std::move(next);
    m_begin = m_chunk->data();
    m_pos = m_begin;
    m_tokenStart = m_begin;
    m_end = m_begin + m_chunk->size;
    m_bufferLines = m_chunk->newlines;
    return true;
}

OdsXmlScanner::Token OdsXmlScanner::atEnd(const char *runStart)
{
    if (hasError())
        return Invalid;
    if (m_depth == 0 && m_rootSeen && OdsXmlChars::allSpace(runStart, m_end)) {
        m_pos = m_end;
        m_token = EndDocument;
        return EndDocument;
    }
    return failAt(m_end, QStringLiteral("Premature end of document"));
}

bool OdsXmlScanner::checkEntities(const char *p, const char *end)
{
    while (p < end) {
        const char *amp = static_cast<const char *>(memchr(p, '&', size_t(end - p)));
        if (!amp)
            return true;
        m_scratch.clear();
        const size_t n = decodeEntity(amp, end, &m_scratch);
        if (n == 0) {
            const char *semi = static_cast<const char *>(memchr(amp, ';', size_t(std::min<ptrdiff_t>(end - amp, 40))));
            const QString name = semi ? QString::fromUtf8(amp + 1, semi - amp - 1) : QString();
            if (semi && !name.isEmpty() && name.front() != u'#')
                failAt(amp, QStringLiteral("Entity '%1' not declared").arg(name));
            else
                failAt(amp, QStringLiteral("Invalid entity or character reference"));
            return false;
        }
        p = amp + n;
    }
    return true;
}

std::string OdsXmlScanner::decodeValue(const Attribute &a)
{
    if (a.plain)
        return std::string(a.value);
    std::string out;
    const char *p = a.value.data();
    const char *const end = p + a.value.size();
    while (p < end) {
        const char c = *p;
        if (c == '&') {
            p += decodeEntity(p, end, &out); // checked when the tag was read
        } else if (c == '\r' || c == '\n' || c == '\t') {
            out.push_back(' '); // attribute-value normalisation, CR LF as one
            p += (c == '\r' && p + 1 < end && p[1] == '\n') ? 2 : 1;
        } else {
            out.push_back(c);
            ++p;
        }
    }
    return out;
}

const OdsXmlScanner::Attribute *OdsXmlScanner::find(Ns ns, std::string_view local) const
{
    for (const Attribute &a : m_attributes) {
        if (a.ns == ns && a.local == local)
            return &a;
    }
    return nullptr;
}

std::string_view OdsXmlScanner::attribute(Ns ns, std::string_view local, bool *found) const
{
    const Attribute *a = find(ns, local);
    if (found)
        *found = a;
    return a ? a->value : std::string_view();
}

std::string OdsXmlScanner::attributeValue(Ns ns, std::string_view local) const
{
    const Attribute *a = find(ns, local);
    return a ? decodeValue(*a) : std::string();
}

bool OdsXmlScanner::resolve(std::string_view prefix, bool element, Ns *ns) const
{
    if (prefix.empty() && !element) {
        *ns = NoNs;
        return true;
    }
    quint64 key = 0;
    const bool cacheable = packed(prefix, &key);
    OdsXmlScannerCache::Slot &slot = m_cache->slots[(key * 0x9E3779B97F4A7C15ull) >> 58];
    if (cacheable && slot.valid && slot.key == key) {
        *ns = slot.ns;
        return true;
    }
    auto it = std::find_if(m_bindings.rbegin(), m_bindings.rend(), [&](const Binding &b) { return b.prefix == prefix; });
    if (it != m_bindings.rend())
        *ns = it->ns;
    else if (prefix.empty())
        *ns = NoNs;
    else if (prefix == "xml")
        *ns = Other;
    else
        return false;
    if (cacheable) {
        slot.key = key;
        slot.ns = *ns;
        slot.valid = true;
    }
    return true;
}

bool OdsXmlScanner::declare(const Attribute &a, size_t depth)
{
    const std::string uri = decodeValue(a);
    const std::string_view prefix = a.prefix.empty() ? std::string_view() : a.local;
    if (!prefix.empty() && uri.empty())
        return false;
    m_bindings.push_back(Binding{std::string(prefix), namespaceOf(uri), depth});
    m_cache->clear();
    return true;
}

void OdsXmlScanner::popBindings(size_t depth)
{
    if (m_bindings.empty() || m_bindings.back().depth < depth)
        return;
    while (!m_bindings.empty() && m_bindings.back().depth >= depth)
        m_bindings.pop_back();
    m_cache->clear();
}
