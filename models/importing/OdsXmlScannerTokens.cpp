// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// OdsXmlScanner's tokens: the loop over the buffer, and tags, end tags and
// the rest of XML's markup (comments, CDATA, instructions, a DOCTYPE).
#include <importing/OdsXmlScanner.h>

#include <importing/OdsXmlChars.h>

#include <cstring>

using namespace OdsXmlChars;

OdsXmlScanner::Token OdsXmlScanner::readNext()
{
    if (m_token == EndDocument || hasError())
        return m_token;
    if (m_pendingEnd) {
        m_pendingEnd = false;
        popBindings(m_depth + 1);
        m_token = EndElement;
        return m_token;
    }
    if (!m_started) {
        m_started = true;
        if (!refill(nullptr))
            return atEnd(m_pos);
        while (m_end - m_pos < 3 && refill(m_pos)) {
        }
        if (m_end - m_pos >= 3 && memcmp(m_pos, "\xEF\xBB\xBF", 3) == 0)
            m_pos += 3; // a UTF-8 byte order mark
    }
    for (;;) {
        const char *p = m_pos;
        m_tokenStart = p;
        if (p == m_end) {
            if (!refill(p))
                return atEnd(m_pos);
            continue;
        }
        if (*p != '<') {
            const char *lt = static_cast<const char *>(memchr(p, '<', size_t(m_end - p)));
            if (!lt) {
                if (!refill(p))
                    return atEnd(m_pos);
                continue;
            }
            if (m_depth == 0) {
                if (!allSpace(p, lt))
                    return failAt(p, m_rootSeen ? QStringLiteral("Extra content at end of document")
                                                : QStringLiteral("Start tag expected"));
                m_pos = lt;
                continue;
            }
            if (!checkEntities(p, lt))
                return Invalid;
            m_text = std::string_view(p, size_t(lt - p));
            m_cdata = false;
            m_pos = lt;
            m_token = Characters;
            return m_token;
        }
        Parse result = NeedMore;
        if (m_end - p >= 2) {
            if (p[1] == '/') {
                result = parseEndTag(p);
            } else if (p[1] == '!' || p[1] == '?') {
                bool cdata = false;
                result = parseOther(p, &cdata);
                if (result == Done && !cdata)
                    continue; // a comment or instruction: nothing to hand out
            } else {
                result = parseStartTag(p);
            }
        }
        if (result == Done)
            return m_token;
        if (result == Failed)
            return Invalid;
        if (!refill(p))
            return atEnd(m_pos);
    }
}

OdsXmlScanner::Parse OdsXmlScanner::parseStartTag(const char *p)
{
    const char *const e = m_end;
    const char *q = p + 1;
    if (!is(*q, NameStart)) {
        failAt(p, QStringLiteral("Expected an element name after '<'"));
        return Failed;
    }
    q = nameEnd(q, e);
    if (q == e)
        return NeedMore;
    const char *const colon = static_cast<const char *>(memchr(p + 1, ':', size_t(q - p - 1)));
    const std::string_view qname(p + 1, size_t(q - p - 1));
    m_attributes.clear();
    bool selfClosing = false;
    for (;;) {
        const char *const beforeSpace = q;
        while (q < e && is(*q, Space))
            ++q;
        if (q == e)
            return NeedMore;
        if (*q == '>') {
            ++q;
            break;
        }
        if (*q == '/') {
            if (q + 1 == e)
                return NeedMore;
            if (q[1] != '>') {
                failAt(q, QStringLiteral("Expected '>' after '/'"));
                return Failed;
            }
            q += 2;
            selfClosing = true;
            break;
        }
        if (q == beforeSpace || !is(*q, NameStart)) {
            failAt(q, QStringLiteral("Expected an attribute, '>' or '/>' in the tag"));
            return Failed;
        }
        const char *const nameBegin = q;
        q = OdsXmlChars::nameEnd(q, e);
        const char *const nameEnd = q;
        const char *const attributeColon = static_cast<const char *>(memchr(nameBegin, ':', size_t(q - nameBegin)));
        while (q < e && is(*q, Space))
            ++q;
        if (q == e)
            return NeedMore;
        if (*q != '=') {
            failAt(q, QStringLiteral("Expected '=' after an attribute name"));
            return Failed;
        }
        ++q;
        while (q < e && is(*q, Space))
            ++q;
        if (q == e)
            return NeedMore;
        const char quote = *q;
        if (quote != '"' && quote != '\'') {
            failAt(q, QStringLiteral("Expected a quoted attribute value"));
            return Failed;
        }
        const char *const valueBegin = ++q;
        bool plain = true;
        for (;;) {
            q = attributeStop(q, e);
            if (q == e)
                return NeedMore;
            if (*q == quote)
                break;
            if (*q == '<') {
                failAt(q, QStringLiteral("'<' in an attribute value"));
                return Failed;
            }
            if (*q != '"' && *q != '\'')
                plain = false; // '&' or white space to normalise
            ++q;
        }
        const char *const valueEnd = q++;
        if (!plain && !checkEntities(valueBegin, valueEnd))
            return Failed;
        Attribute a;
        if (attributeColon) {
            a.prefix = std::string_view(nameBegin, size_t(attributeColon - nameBegin));
            a.local = std::string_view(attributeColon + 1, size_t(nameEnd - attributeColon - 1));
        } else {
            a.local = std::string_view(nameBegin, size_t(nameEnd - nameBegin));
        }
        a.value = std::string_view(valueBegin, size_t(valueEnd - valueBegin));
        a.plain = plain;
        a.ns = NoNs;
        m_attributes.push_back(a);
    }

    if (m_depth == 0) {
        if (m_rootSeen) {
            failAt(p, QStringLiteral("Extra content at end of document"));
            return Failed;
        }
    }
    const size_t depth = m_depth + 1;
    for (const Attribute &a : m_attributes) {
        if ((a.prefix.empty() && a.local == "xmlns") || a.prefix == "xmlns") {
            if (!declare(a, depth)) {
                failAt(p, QStringLiteral("Namespace prefix '%1' cannot be undeclared")
                                  .arg(QString::fromUtf8(a.local.data(), qsizetype(a.local.size()))));
                return Failed;
            }
        }
    }
    const std::string_view prefix = colon ? std::string_view(qname.data(), size_t(colon - qname.data())) : std::string_view();
    if (!resolve(prefix, true, &m_ns)) {
        failAt(p, QStringLiteral("Namespace prefix '%1' not declared")
                          .arg(QString::fromUtf8(prefix.data(), qsizetype(prefix.size()))));
        return Failed;
    }
    for (Attribute &a : m_attributes) {
        a.ns = NoNs;
        if (a.prefix.empty())
            continue;
        if (a.prefix == "xmlns") {
            a.ns = Other; // a declaration, never asked for
            continue;
        }
        if (!resolve(a.prefix, false, &a.ns)) {
            failAt(p, QStringLiteral("Namespace prefix '%1' not declared")
                              .arg(QString::fromUtf8(a.prefix.data(), qsizetype(a.prefix.size()))));
            return Failed;
        }
    }
    m_rootSeen = true;
    m_local = colon ? std::string_view(colon + 1, size_t(qname.data() + qname.size() - colon - 1)) : qname;
    if (selfClosing) {
        m_pendingEnd = true;
    } else {
        if (m_open.size() < depth)
            m_open.emplace_back(qname);
        else
            m_open[depth - 1].assign(qname);
        m_depth = depth;
    }
    m_pos = q;
    m_token = StartElement;
    return Done;
}

OdsXmlScanner::Parse OdsXmlScanner::parseEndTag(const char *p)
{
    if (m_depth == 0) {
        failAt(p, QStringLiteral("Opening and ending tag mismatch"));
        return Failed;
    }
    const std::string &open = m_open[m_depth - 1];
    const char *q = p + 2;
    const size_t available = size_t(m_end - q);
    if (available <= open.size()) {
        if (memcmp(q, open.data(), available) != 0) {
            failAt(p, QStringLiteral("Opening and ending tag mismatch"));
            return Failed;
        }
        return NeedMore;
    }
    if (memcmp(q, open.data(), open.size()) != 0 || is(q[open.size()], NameChar)) {
        failAt(p, QStringLiteral("Opening and ending tag mismatch"));
        return Failed;
    }
    q += open.size();
    while (q < m_end && is(*q, Space))
        ++q;
    if (q == m_end)
        return NeedMore;
    if (*q != '>') {
        failAt(q, QStringLiteral("Expected '>' to close the end tag"));
        return Failed;
    }
    popBindings(m_depth);
    --m_depth;
    m_pos = q + 1;
    m_token = EndElement;
    return Done;
}

OdsXmlScanner::Parse OdsXmlScanner::parseOther(const char *p, bool *isCData)
{
    const std::string_view rest(p, size_t(m_end - p));
    if (p[1] == '?') {
        const size_t close = rest.find("?>", 2);
        if (close == std::string_view::npos)
            return NeedMore;
        const std::string_view body = rest.substr(2, close - 2);
        const std::string_view target = body.substr(0, body.find_first_of(" \t\r\n"));
        if (target.size() == 3 && (target[0] | 0x20) == 'x' && (target[1] | 0x20) == 'm' && (target[2] | 0x20) == 'l') {
            const qint64 at = m_bytesBefore + (p - m_begin);
            if (m_rootSeen || (at != 0 && at != 3)) {
                failAt(p, QStringLiteral("XML declaration not at start of document"));
                return Failed;
            }
            const size_t enc = body.find("encoding");
            if (enc != std::string_view::npos) {
                const size_t open = body.find_first_of("\"'", enc);
                const size_t close = open == std::string_view::npos ? open : body.find(body[open], open + 1);
                if (close == std::string_view::npos) {
                    failAt(p, QStringLiteral("Invalid XML declaration"));
                    return Failed;
                }
                QByteArray name(body.data() + open + 1, qsizetype(close - open - 1));
                const QByteArray lower = name.toLower();
                if (lower != "utf-8" && lower != "utf8") {
                    failAt(p, QStringLiteral("content.xml is encoded in %1, not UTF-8").arg(QString::fromLatin1(name.left(40))));
                    return Failed;
                }
            }
        }
        m_pos = p + close + 2;
        return Done;
    }
    if (rest.size() < 4)
        return NeedMore;
    if (rest.substr(0, 4) == "<!--") {
        const size_t close = rest.find("-->", 4);
        if (close == std::string_view::npos)
            return NeedMore;
        m_pos = p + close + 3;
        return Done;
    }
    if (rest.size() < 9)
        return NeedMore;
    if (rest.substr(0, 9) == "<![CDATA[") {
        const size_t close = rest.find("]]>", 9);
        if (close == std::string_view::npos)
            return NeedMore;
        if (m_depth == 0) {
            failAt(p, QStringLiteral("CDATA section outside the document element"));
            return Failed;
        }
        m_text = rest.substr(9, close - 9);
        m_cdata = true;
        *isCData = true;
        m_pos = p + close + 3;
        m_token = Characters;
        return Done;
    }
    if (rest.substr(0, 9) == "<!DOCTYPE" && !m_rootSeen) {
        // Skipped whole, internal subset and all: OpenDocument has none,
        // and an entity it declared is then reported as undeclared.
        int brackets = 0;
        char quote = 0;
        for (size_t i = 9; i < rest.size(); ++i) {
            const char c = rest[i];
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                ++brackets;
            } else if (c == ']') {
                --brackets;
            } else if (c == '>' && brackets <= 0) {
                m_pos = p + i + 1;
                return Done;
            }
        }
        return NeedMore;
    }
    failAt(p, QStringLiteral("Unrecognized markup after '<!'"));
    return Failed;
}

void OdsXmlScanner::skipCurrentElement()
{
    if (m_token != StartElement)
        return;
    for (int depth = 1; depth > 0;) {
        switch (readNext()) {
        case StartElement: ++depth; break;
        case EndElement: --depth; break;
        case Characters: break;
        default: return;
        }
    }
}
