// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

class OdsPackage;
struct OdsChunk;
struct OdsXmlScannerCache;

// A pull scanner for content.xml, in the manner of QXmlStreamReader but
// over the inflated UTF-8 bytes as they come from OdsPackage, with only
// what an .ods needs: elements with their namespaces (resolved from the
// xmlns declarations), attributes and text, handed out as byte spans into
// the chunk without building strings. It still checks that the document is
// well formed (tags nest and match, attributes are quoted, entities are
// known) and reports where it is not, with QXmlStreamReader's wording for
// the common cases, so a damaged file is never silently taken as shorter.
class OdsXmlScanner
{
public:
    enum Token { StartElement, EndElement, Characters, EndDocument, Invalid };
    // The namespaces the reader tells apart; every other one is Other.
    enum Ns : unsigned char { NoNs, Office, Table, Text, Draw, Dr3d, Other };

    explicit OdsXmlScanner(OdsPackage *package);
    ~OdsXmlScanner();

    Token readNext();
    Token tokenType() const { return m_token; }
    bool isStartElement() const { return m_token == StartElement; }
    bool isEndElement() const { return m_token == EndElement; }
    // Skips to the end of the element just started.
    void skipCurrentElement();

    // Of a StartElement: its namespace and local name.
    Ns ns() const { return m_ns; }
    std::string_view name() const { return m_local; }
    // name() == literal, as a compare of known length (inlined, no call).
    template<size_t N>
    bool nameIs(const char (&literal)[N]) const
    {
        return m_local.size() == N - 1 && memcmp(m_local.data(), literal, N - 1) == 0;
    }
    // The raw value of an attribute of the StartElement (entities not yet
    // replaced), or an empty view with *found false.
    std::string_view attribute(Ns ns, std::string_view local, bool *found = nullptr) const;
    // An attribute's value as XML means it: entities replaced, white space
    // normalised. Empty if absent.
    std::string attributeValue(Ns ns, std::string_view local) const;
    // Of Characters: the raw text (entities not yet replaced unless
    // isCData()).
    std::string_view text() const { return m_text; }
    bool isCData() const { return m_cdata; }

    bool hasError() const { return !m_error.isEmpty(); }
    // The error is one of the OdsLimits (a refusal), not damage.
    bool errorIsRefusal() const { return m_refused; }
    // Without a trailing full stop, as the reader quotes it.
    QString errorString() const { return m_error; }
    // 1-based line of the current token, or of the error.
    qint64 lineNumber() const;
    // Bytes of content.xml scanned so far.
    qint64 bytesScanned() const;

    // Decodes the entity at p (at '&') into UTF-8 appended to *out; the
    // number of bytes it took, or 0 if it is not a valid reference.
    static size_t decodeEntity(const char *p, const char *end, std::string *out);

private:
    struct Attribute
    {
        std::string_view prefix;
        std::string_view local;
        std::string_view value;
        bool plain; // no entity and no white space to normalise
        Ns ns;      // resolved once the tag is read
    };
    struct Binding
    {
        std::string prefix;
        Ns ns;
        size_t depth;
    };
    enum Parse { Done, NeedMore, Failed };

    bool refill(const char *keepFrom);
    Token fail(const QString &message);
    Token failAt(const char *at, const QString &message);
    Parse parseStartTag(const char *p);
    Parse parseEndTag(const char *p);
    Parse parseOther(const char *p, bool *isCData);
    bool checkEntities(const char *p, const char *end);
    const Attribute *find(Ns ns, std::string_view local) const;
    static std::string decodeValue(const Attribute &a);
    bool declare(const Attribute &a, size_t depth);
    bool resolve(std::string_view prefix, bool element, Ns *ns) const;
    void popBindings(size_t depth);
    Token atEnd(const char *runStart);

    OdsPackage *m_package;
    std::unique_ptr<OdsChunk> m_chunk;
    const char *m_begin = nullptr; // of the buffer
    const char *m_pos = nullptr;
    const char *m_end = nullptr;
    const char *m_tokenStart = nullptr;
    qint64 m_bytesBefore = 0; // content.xml before m_begin
    qint64 m_linesBefore = 0;
    qint64 m_bufferLines = 0;
    bool m_eof = false;
    bool m_started = false;
    bool m_rootSeen = false;
    bool m_pendingEnd = false;
    bool m_refused = false;

    Token m_token = Invalid;
    Ns m_ns = NoNs;
    std::string_view m_local;
    std::string_view m_text;
    bool m_cdata = false;
    std::vector<Attribute> m_attributes;
    // Qualified names of the open elements: the first m_depth of m_open,
    // whose strings are kept for reuse.
    std::vector<std::string> m_open;
    size_t m_depth = 0;
    std::vector<Binding> m_bindings;
    std::unique_ptr<OdsXmlScannerCache> m_cache;
    std::string m_scratch;
    QString m_error;
    qint64 m_errorLine = 0;
};
