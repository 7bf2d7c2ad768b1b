// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <importing/OdsReaderPrivate.h>

using namespace OdsLimits;
using namespace OdsReaderXml;


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
