// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <importing/OdsReader.h>

#include <importing/OdsLimits.h>
#include <importing/OdsPackage.h>
#include <importing/OdsParagraphText.h>

#include <importing/OdsXmlScanner.h>

#include <QStringDecoder>

using namespace OdsLimits;

namespace {

using Ns = OdsXmlScanner::Ns;

template<size_t N>
bool is(const OdsXmlScanner &xml, Ns ns, const char (&name)[N])
{
    return xml.nameIs(name) && xml.ns() == ns;
}

bool skipsAsNotText(const OdsXmlScanner &xml)
{
    // Comments and images anchored to the cell are not its value (ODF 1.2
    // part 1, 6.1.1).
    return is(xml, OdsXmlScanner::Office, "annotation") || xml.ns() == OdsXmlScanner::Draw
            || xml.ns() == OdsXmlScanner::Dr3d;
}

// A count as QString::toLongLong reads it: surrounding white space allowed.
qint64 number(const std::string &value, bool *ok)
{
    return QByteArray::fromRawData(value.data(), qsizetype(value.size())).trimmed().toLongLong(ok);
}

qint64 repeatCount(const OdsXmlScanner &xml, std::string_view name)
{
    bool found = false;
    const std::string_view raw = xml.attribute(OdsXmlScanner::Table, name, &found);
    if (!found)
        return 1;
    // The usual case, digits only, without a string.
    qint64 n = 0;
    bool digits = !raw.empty() && raw.size() < 18;
    for (char c : raw) {
        if (c < '0' || c > '9') {
            digits = false;
            break;
        }
        n = n * 10 + (c - '0');
    }
    if (!digits) {
        bool ok = false;
        n = number(xml.attributeValue(OdsXmlScanner::Table, name), &ok);
        if (!ok)
            return 1;
    }
    return n > 0 ? n : 1;
}

QString toQString(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

} // namespace

struct OdsReader::Private
{
    explicit Private(const QString &path) : package(path) {}

    bool fail(const QString &message);
    bool failXml();
    bool failDamaged(const QString &reason);
    bool failLimit(const QString &what);
    bool failCellTooLong()
    {
        return failLimit(QStringLiteral("sheet %1, row %2: a cell holds more than %3 characters")
                             .arg(sheetName)
                             .arg(rowBeingRead())
                             .arg(maxCellCharacters));
    }
    qint64 rowBeingRead() const { return rowNumber + pendingEmptyRows + 1; }
    bool readToken();
    void finishDocument();
    bool skipRestOfSheet();
    bool readRowElement(QStringList *cells, qint64 *repeat);
    bool readCell(QString *value);
    bool readParagraph(OdsParagraphText *text);
    bool emitQueuedRow(QStringList *cells);

    // Declared in this order so that they are destroyed in reverse: the
    // reader pulls from the package's content.xml.
    OdsPackage package;
    OdsXmlScanner xml{&package};
    std::string cellBytes; // of the cell being read, reused
    QStringDecoder utf8{QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom};

    QString error;
    bool opened = false;
    bool documentEnded = false;
    bool inSpreadsheet = false;
    bool sawSpreadsheet = false;

    QString sheetName;
    bool inSheet = false;
    int groupDepth = 0; // row groups (header rows, row groups) open in the sheet
    qint64 rowNumber = 0;
    // Empty rows seen but not yet returned: they are returned only once a
    // non-empty row follows, so the empty remainder of a sheet is dropped.
    qint64 pendingEmptyRows = 0;
    qint64 emptyRowsToEmit = 0;
    QStringList repeatedRow;
    qsizetype rowWidth = 0;
    qint64 repeatsToEmit = 0;
};

bool OdsReader::Private::fail(const QString &message)
{
    if (error.isEmpty())
        error = message;
    inSheet = false;
    return false;
}

bool OdsReader::Private::failDamaged(const QString &reason)
{
    return fail(package.damaged(reason));
}

// One of the OdsLimits: the file is refused as hostile or damaged, with
// what it exceeded and where.
bool OdsReader::Private::failLimit(const QString &what)
{
    return fail(package.refused(what));
}

bool OdsReader::Private::failXml()
{
    const QString refusal = package.refusal();
    if (!refusal.isEmpty())
        return failLimit(refusal);
    if (xml.errorIsRefusal())
        return failLimit(xml.errorString());
    // A decompression failure reaches the XML parser only as a short read,
    // which it reports as a premature end; the zip error is the real cause.
    QString reason = package.inflateError();
    if (reason.isEmpty())
        reason = xml.errorString();
    return failDamaged(QStringLiteral("%1 at line %2").arg(reason).arg(xml.lineNumber()));
}

// Reads the next token; false at the end of the document or on an error,
// which the caller tells apart with xml.hasError().
bool OdsReader::Private::readToken()
{
    const OdsXmlScanner::Token token = xml.readNext();
    if (token == OdsXmlScanner::Invalid)
        return false;
    if (token == OdsXmlScanner::EndDocument) {
        finishDocument();
        return false;
    }
    return true;
}

void OdsReader::Private::finishDocument()
{
    if (documentEnded)
        return;
    documentEnded = true;
    inSheet = false;
    if (!package.close())
        fail(package.errorString());
    else if (!sawSpreadsheet)
        fail(package.notASpreadsheet(QStringLiteral("content.xml holds no spreadsheet")));
}

OdsReader::OdsReader(const QString &path) : d(new Private(path))
{}

OdsReader::~OdsReader() = default;

bool OdsReader::open()
{
    if (d->opened)
        return !hasError();
    d->opened = true;
    if (!d->package.open())
        return d->fail(d->package.errorString());

    // Read up to the root element so that a file that is not ODF content at
    // all (for instance an encrypted one) fails here rather than later.
    while (d->readToken()) {
        if (d->xml.isStartElement()) {
            if (!is(d->xml, OdsXmlScanner::Office, "document-content"))
                return d->fail(d->package.notASpreadsheet(QStringLiteral("content.xml is not OpenDocument content")));
            return true;
        }
    }
    if (d->xml.hasError())
        return d->failXml();
    return d->failDamaged(QStringLiteral("content.xml is empty"));
}

bool OdsReader::Private::skipRestOfSheet()
{
    // Rows are always read whole, so we stand between rows here.
    while (inSheet) {
        if (!readToken())
            return false;
        if (xml.isStartElement()) {
            xml.skipCurrentElement();
        } else if (xml.isEndElement()) {
            if (groupDepth > 0)
                --groupDepth;
            else
                inSheet = false;
        }
    }
    return true;
}

bool OdsReader::nextSheet()
{
    if (!d->opened || hasError() || d->documentEnded)
        return false;
    if (d->inSheet && !d->skipRestOfSheet()) {
        if (d->xml.hasError())
            d->failXml();
        return false;
    }
    d->sheetName.clear();
    d->groupDepth = 0;
    d->rowNumber = 0;
    d->pendingEmptyRows = 0;
    d->emptyRowsToEmit = 0;
    d->repeatedRow.clear();
    d->repeatsToEmit = 0;

    while (d->readToken()) {
        if (d->xml.isStartElement()) {
            if (d->inSpreadsheet) {
                if (is(d->xml, OdsXmlScanner::Table, "table")) {
                    d->sheetName = toQString(d->xml.attributeValue(OdsXmlScanner::Table, "name"));
                    d->inSheet = true;
                    return true;
                }
                // Named ranges, validations, pivot tables and the like.
                d->xml.skipCurrentElement();
            } else if (is(d->xml, OdsXmlScanner::Office, "spreadsheet")) {
                d->inSpreadsheet = true;
                d->sawSpreadsheet = true;
            }
        } else if (d->xml.isEndElement() && d->inSpreadsheet) {
            d->inSpreadsheet = false; // </office:spreadsheet>
        }
    }
    if (d->xml.hasError())
        d->failXml();
    return false;
}

QString OdsReader::sheetName() const
{
    return d->sheetName;
}

bool OdsReader::Private::emitQueuedRow(QStringList *cells)
{
    if (emptyRowsToEmit > 0) {
        --emptyRowsToEmit;
        cells->clear();
    } else if (repeatsToEmit > 0) {
        --repeatsToEmit;
        *cells = repeatedRow;
    } else {
        return false;
    }
    ++rowNumber;
    return true;
}

bool OdsReader::readRow(QStringList *cells)
{
    Q_ASSERT(cells);
    if (hasError() || !d->inSheet)
        return false;
    if (d->emitQueuedRow(cells))
        return true;

    OdsXmlScanner &xml = d->xml;
    while (d->readToken()) {
        if (xml.isStartElement()) {
            if (xml.ns() == OdsXmlScanner::Table) {
                if (xml.nameIs("table-row")) {
                    QStringList row;
                    row.reserve(d->rowWidth); // as wide as the last, most likely
                    qint64 repeat = 1;
                    if (!d->readRowElement(&row, &repeat))
                        break;
                    if (!row.isEmpty())
                        d->rowWidth = qMin<qsizetype>(row.size(), 1024);
                    if (row.isEmpty()) {
                        d->pendingEmptyRows += repeat;
                        continue;
                    }
                    if (repeat > maxRowRepeat) {
                        return d->failLimit(QStringLiteral("sheet %1, row %2 is repeated %3 times (at most %4)")
                                                .arg(d->sheetName)
                                                .arg(d->rowBeingRead())
                                                .arg(repeat)
                                                .arg(maxRowRepeat));
                    }
                    if (d->rowNumber + d->pendingEmptyRows + repeat > maxRows) {
                        return d->failLimit(
                            QStringLiteral("sheet %1 has more than %2 rows").arg(d->sheetName).arg(maxRows));
                    }
                    d->emptyRowsToEmit = d->pendingEmptyRows;
                    d->pendingEmptyRows = 0;
                    d->repeatedRow = row;
                    d->repeatsToEmit = repeat;
                    return d->emitQueuedRow(cells);
                }
                if (xml.nameIs("table-header-rows") || xml.nameIs("table-row-group") || xml.nameIs("table-rows")) {
                    ++d->groupDepth;
                    continue;
                }
            }
            // Column definitions, shapes, forms, soft page breaks.
            xml.skipCurrentElement();
        } else if (xml.isEndElement()) {
            if (d->groupDepth > 0) {
                --d->groupDepth;
                continue;
            }
            // </table:table>. Empty rows still pending are the sheet's
            // unused remainder, not data.
            d->inSheet = false;
            d->pendingEmptyRows = 0;
            return false;
        }
    }
    if (xml.hasError())
        return d->failXml();
    if (!hasError())
        d->failDamaged(QStringLiteral("content.xml ends inside sheet %1").arg(d->sheetName));
    return false;
}

bool OdsReader::Private::readRowElement(QStringList *cells, qint64 *repeat)
{
    *repeat = repeatCount(xml, "number-rows-repeated");
    // Like empty rows, empty cells are only materialised when a non-empty
    // cell follows: a row's unused remainder is often written as one cell
    // repeated across all 16,384 columns.
    qint64 pendingEmptyCells = 0;
    qint64 characters = 0;
    while (readToken()) {
        if (xml.isEndElement())
            return true;
        if (!xml.isStartElement())
            continue;
        if (!(is(xml, OdsXmlScanner::Table, "table-cell") || is(xml, OdsXmlScanner::Table, "covered-table-cell"))) {
            xml.skipCurrentElement();
            continue;
        }
        const qint64 n = repeatCount(xml, "number-columns-repeated");
        QString value;
        if (!readCell(&value))
            return false;
        if (value.isEmpty()) {
            pendingEmptyCells += n;
            continue;
        }
        if (n > maxCellRepeat) {
            return failLimit(QStringLiteral("sheet %1, row %2: a cell is repeated %3 times (at most %4)")
                                 .arg(sheetName)
                                 .arg(rowBeingRead())
                                 .arg(n)
                                 .arg(maxCellRepeat));
        }
        if (cells->size() + pendingEmptyCells + n > maxColumns) {
            return failLimit(QStringLiteral("sheet %1, row %2 has more than %3 columns")
                                 .arg(sheetName)
                                 .arg(rowBeingRead())
                                 .arg(maxColumns));
        }
        characters += n * value.size();
        if (characters > maxRowCharacters) {
            return failLimit(QStringLiteral("sheet %1, row %2 holds more than %3 characters")
                                 .arg(sheetName)
                                 .arg(rowBeingRead())
                                 .arg(maxRowCharacters));
        }
        for (; pendingEmptyCells > 0; --pendingEmptyCells)
            cells->append(QString());
        for (qint64 i = 0; i < n; ++i)
            cells->append(value);
    }
    return false;
}

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

qint64 OdsReader::rowNumber() const
{
    return d->rowNumber;
}

bool OdsReader::hasError() const
{
    return !d->error.isEmpty();
}

QString OdsReader::errorString() const
{
    return d->error;
}

double OdsReader::progress() const
{
    if (d->documentEnded)
        return 1.0;
    const qint64 size = d->package.contentSize();
    if (size <= 0)
        return 0.0;
    return qMin(1.0, double(d->xml.bytesScanned()) / double(size));
}
