// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// OdsReader: the text of one cell, from its typed value or its paragraphs.
#include <importing/OdsReaderPrivate.h>

using namespace OdsLimits;
using namespace OdsReaderXml;

bool OdsReader::Private::readCell(QString *value)
{
    // Take what we need from the attributes now: the scanner's views of
    // them last only until the next token.
    std::string typedValue;
    {
        const std::string_view type = xml.attribute(OdsXmlScanner::Office, "value-type");
        if (type == "date") {
            const std::string date = xml.attributeValue(OdsXmlScanner::Office, "date-value");
            if (!date.empty()) {
                // The displayed text depends on the cell's format; the value
                // is ISO 8601, possibly with a time we do not want.
                *value = toQString(date).left(10);
                xml.skipCurrentElement();
                return !xml.hasError();
            }
        } else if (!type.empty()) {
            // Writers other than LibreOffice may leave out the displayed text
            // and give only the typed value.
            std::string_view name = "value";
            if (type == "string")
                name = "string-value";
            else if (type == "boolean")
                name = "boolean-value";
            else if (type == "time")
                name = "time-value";
            typedValue = xml.attributeValue(OdsXmlScanner::Office, name);
        }
    }

    cellBytes.clear();
    OdsParagraphText text{&cellBytes};
    bool hasParagraph = false;
    int depth = 0;
    while (readToken()) {
        if (xml.isStartElement()) {
            if (is(xml, OdsXmlScanner::Text, "p") || is(xml, OdsXmlScanner::Text, "h")) {
                if (hasParagraph)
                    cellBytes.push_back('\n');
                hasParagraph = true;
                text.startParagraph();
                if (!readParagraph(&text))
                    return false;
                if (cellBytes.size() > size_t(maxCellCharacters) && text.characters() > maxCellCharacters)
                    return failCellTooLong();
            } else if (skipsAsNotText(xml)) {
                xml.skipCurrentElement();
            } else {
                ++depth; // text:list and the like, which hold paragraphs
            }
        } else if (xml.isEndElement()) {
            if (depth == 0)
                break;
            --depth;
        }
    }
    if (xml.hasError() || documentEnded)
        return false;
    if (!hasParagraph) {
        *value = toQString(typedValue);
        return true;
    }
    *value = utf8(QByteArrayView(cellBytes.data(), qsizetype(cellBytes.size())));
    if (utf8.hasError()) {
        utf8.resetState();
        return failDamaged(QStringLiteral("Encountered incorrectly encoded content at line %1").arg(xml.lineNumber()));
    }
    return true;
}

bool OdsReader::Private::readParagraph(OdsParagraphText *text)
{
    int depth = 0;
    while (readToken()) {
        switch (xml.tokenType()) {
        case OdsXmlScanner::Characters:
            text->appendText(xml.text(), xml.isCData());
            if (text->badCharacter)
                return failDamaged(QStringLiteral("Invalid XML character at line %1").arg(xml.lineNumber()));
            break;
        case OdsXmlScanner::StartElement:
            if (xml.ns() == OdsXmlScanner::Text) {
                if (xml.nameIs("s")) {
                    bool ok = false;
                    qint64 count = number(xml.attributeValue(OdsXmlScanner::Text, "c"), &ok);
                    if (!ok || count < 1)
                        count = 1;
                    text->appendLiteral(' ', count);
                    xml.skipCurrentElement();
                    break;
                }
                if (xml.nameIs("tab")) {
                    text->appendLiteral('\t');
                    xml.skipCurrentElement();
                    break;
                }
                if (xml.nameIs("line-break")) {
                    text->appendLiteral('\n');
                    xml.skipCurrentElement();
                    break;
                }
                if (xml.nameIs("note-body") || xml.nameIs("ruby-text")) {
                    xml.skipCurrentElement();
                    break;
                }
            } else if (skipsAsNotText(xml)) {
                xml.skipCurrentElement();
                break;
            }
            ++depth; // text:span, text:a and other inline markup
            break;
        case OdsXmlScanner::EndElement:
            if (depth == 0)
                return true;
            --depth;
            break;
        default: break;
        }
        if (text->tooLong)
            return failCellTooLong();
    }
    return false;
}
