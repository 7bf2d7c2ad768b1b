// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <importing/OdsReader.h>

#include <importing/OdsLimits.h>
#include <importing/OdsPackage.h>
#include <importing/OdsParagraphText.h>

#include <QXmlStreamReader>

using namespace OdsLimits;

namespace {

constexpr QLatin1StringView officeNs("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
constexpr QLatin1StringView tableNs("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
constexpr QLatin1StringView textNs("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
constexpr QLatin1StringView drawNs("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0");
constexpr QLatin1StringView dr3dNs("urn:oasis:names:tc:opendocument:xmlns:dr3d:1.0");

bool is(const QXmlStreamReader &xml, QLatin1StringView ns, QLatin1StringView name)
{
    // The local name first: it is short and usually differs, whereas every
    // ODF namespace shares a 38-character prefix.
    return xml.name() == name && xml.namespaceUri() == ns;
}

qint64 repeatCount(const QXmlStreamAttributes &attributes, QLatin1StringView name)
{
    bool ok = false;
    const qint64 n = attributes.value(tableNs, name).toLongLong(&ok);
    return ok && n > 0 ? n : 1;
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
    bool readParagraph(QString *out);
    bool emitQueuedRow(QStringList *cells);

    // Declared in this order so that they are destroyed in reverse: the
    // reader pulls from the package's content.xml.
    OdsPackage package;
    QXmlStreamReader xml;

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
    // A decompression failure reaches the XML parser only as a short read,
    // which it reports as a premature end; the zip error is the real cause.
    QString reason = package.inflateError();
    if (reason.isEmpty()) {
        reason = xml.errorString();
        if (reason.endsWith(u'.'))
            reason.chop(1);
    }
    return failDamaged(QStringLiteral("%1 at line %2").arg(reason).arg(xml.lineNumber()));
}

// Reads the next token; false at the end of the document or on an error,
// which the caller tells apart with xml.hasError().
bool OdsReader::Private::readToken()
{
    const QXmlStreamReader::TokenType token = xml.readNext();
    if (token == QXmlStreamReader::Invalid)
        return false;
    if (token == QXmlStreamReader::EndDocument) {
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
    d->xml.setDevice(d->package.content());

    // Read up to the root element so that a file that is not ODF content at
    // all (for instance an encrypted one) fails here rather than later.
    while (d->readToken()) {
        if (d->xml.isStartElement()) {
            if (!is(d->xml, officeNs, QLatin1StringView("document-content")))
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
                if (is(d->xml, tableNs, QLatin1StringView("table"))) {
                    d->sheetName = d->xml.attributes().value(tableNs, QLatin1StringView("name")).toString();
                    d->inSheet = true;
                    return true;
                }
                // Named ranges, validations, pivot tables and the like.
                d->xml.skipCurrentElement();
            } else if (is(d->xml, officeNs, QLatin1StringView("spreadsheet"))) {
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

    QXmlStreamReader &xml = d->xml;
    while (d->readToken()) {
        if (xml.isStartElement()) {
            if (xml.namespaceUri() == tableNs) {
                const QStringView name = xml.name();
                if (name == QLatin1StringView("table-row")) {
                    QStringList row;
                    qint64 repeat = 1;
                    if (!d->readRowElement(&row, &repeat))
                        break;
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
                if (name == QLatin1StringView("table-header-rows") || name == QLatin1StringView("table-row-group")
                    || name == QLatin1StringView("table-rows")) {
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
    *repeat = repeatCount(xml.attributes(), QLatin1StringView("number-rows-repeated"));
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
        if (!(is(xml, tableNs, QLatin1StringView("table-cell"))
              || is(xml, tableNs, QLatin1StringView("covered-table-cell")))) {
            xml.skipCurrentElement();
            continue;
        }
        const qint64 n = repeatCount(xml.attributes(), QLatin1StringView("number-columns-repeated"));
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
    // Take what we need from the attributes now and let the list go: a copy
    // kept alive while the parser moves on would be deep-copied at the next
    // start tag, once per cell.
    QString typedValue;
    {
        const QXmlStreamAttributes attributes = xml.attributes();
        const QStringView type = attributes.value(officeNs, QLatin1StringView("value-type"));
        if (type == QLatin1StringView("date")) {
            const QStringView date = attributes.value(officeNs, QLatin1StringView("date-value"));
            if (!date.isEmpty()) {
                // The displayed text depends on the cell's format; the value
                // is ISO 8601, possibly with a time we do not want.
                *value = date.left(10).toString();
                xml.skipCurrentElement();
                return !xml.hasError();
            }
        } else if (!type.isEmpty()) {
            // Writers other than LibreOffice may leave out the displayed text
            // and give only the typed value.
            QLatin1StringView name("value");
            if (type == QLatin1StringView("string"))
                name = QLatin1StringView("string-value");
            else if (type == QLatin1StringView("boolean"))
                name = QLatin1StringView("boolean-value");
            else if (type == QLatin1StringView("time"))
                name = QLatin1StringView("time-value");
            typedValue = attributes.value(officeNs, name).toString();
        }
    }

    bool hasParagraph = false;
    int depth = 0;
    while (readToken()) {
        if (xml.isStartElement()) {
            if (is(xml, textNs, QLatin1StringView("p")) || is(xml, textNs, QLatin1StringView("h"))) {
                if (hasParagraph)
                    value->append(u'\n');
                hasParagraph = true;
                if (!readParagraph(value))
                    return false;
                if (value->size() > maxCellCharacters)
                    return failCellTooLong();
            } else if (is(xml, officeNs, QLatin1StringView("annotation")) || xml.namespaceUri() == drawNs
                       || xml.namespaceUri() == dr3dNs) {
                // Comments and images anchored to the cell are not its value.
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
    if (!hasParagraph)
        *value = typedValue;
    return true;
}

bool OdsReader::Private::readParagraph(QString *out)
{
    OdsParagraphText text{out};
    int depth = 0;
    while (readToken()) {
        switch (xml.tokenType()) {
        case QXmlStreamReader::Characters: text.appendCharacters(xml.text()); break;
        case QXmlStreamReader::StartElement:
            if (xml.namespaceUri() == textNs) {
                const QStringView name = xml.name();
                if (name == QLatin1StringView("s")) {
                    bool ok = false;
                    qint64 count = xml.attributes().value(textNs, QLatin1StringView("c")).toLongLong(&ok);
                    if (!ok || count < 1)
                        count = 1;
                    text.appendLiteral(u' ', count);
                    xml.skipCurrentElement();
                    break;
                }
                if (name == QLatin1StringView("tab")) {
                    text.appendLiteral(u'\t');
                    xml.skipCurrentElement();
                    break;
                }
                if (name == QLatin1StringView("line-break")) {
                    text.appendLiteral(u'\n');
                    xml.skipCurrentElement();
                    break;
                }
                if (name == QLatin1StringView("note-body") || name == QLatin1StringView("ruby-text")) {
                    xml.skipCurrentElement();
                    break;
                }
            } else if (is(xml, officeNs, QLatin1StringView("annotation")) || xml.namespaceUri() == drawNs
                       || xml.namespaceUri() == dr3dNs) {
                // Not part of a paragraph's text (ODF 1.2 part 1, 6.1.1).
                xml.skipCurrentElement();
                break;
            }
            ++depth; // text:span, text:a and other inline markup
            break;
        case QXmlStreamReader::EndElement:
            if (depth == 0)
                return true;
            --depth;
            break;
        default: break;
        }
        if (text.tooLong)
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
    return d->package.progress();
}
