#include <importing/OdsReader.h>

#include <QDir>
#include <QFile>
#include <QXmlStreamReader>

#include <quazip.h>
#include <quazipfile.h>

namespace {

constexpr QLatin1StringView officeNs("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
constexpr QLatin1StringView tableNs("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
constexpr QLatin1StringView textNs("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
constexpr QLatin1StringView drawNs("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0");
constexpr QLatin1StringView dr3dNs("urn:oasis:names:tc:opendocument:xmlns:dr3d:1.0");

constexpr char odsMimetype[] = "application/vnd.oasis.opendocument.spreadsheet";

// Limits that no real CQC file comes near (the national .ods: 26 MB packed,
// about 820 MB of content.xml, 28 columns, 330,000 rows, cells of a few
// hundred characters), so that a hostile or damaged file cannot take
// unbounded memory, time or disk: each is refused with one line instead.
constexpr qint64 maxCellCharacters = 32767;     // what spreadsheets allow in a cell
constexpr qint64 maxRowCharacters = 1 << 20;    // all the cells of one row together
constexpr qint64 maxColumns = 16384;            // a spreadsheet's widest sheet
constexpr qint64 maxRows = 1048576;             // a spreadsheet's longest sheet
constexpr qint64 maxRowRepeat = 1000;           // copies of one non-empty row in a row
constexpr qint64 maxCellRepeat = 1000;          // copies of one non-empty cell in a row
constexpr qint64 maxUnpackedRatio = 200;        // CQC's file unpacks about 33 times
constexpr qint64 ratioFloor = 64 << 20;         // small files may pack tighter
constexpr qint64 maxUnpackedBytes = qint64(4) << 30;
// Text, or a tag, runs from one '<' to the next: no run of a real file is
// longer than a cell. QXmlStreamReader holds a whole token in memory, so
// this bounds its memory too.
constexpr qint64 maxMarkupRun = 1 << 20;

QString megabytes(qint64 bytes) { return QString::number(bytes >> 20); }

// content.xml as inflated from the zip, guarded by the limits above: reading
// fails (and reason() says why) before a bomb can exhaust memory or time.
class InflateGuard : public QIODevice
{
public:
    InflateGuard(QIODevice *source, qint64 packedSize) : m_source(source), m_packedSize(packedSize) {}

    bool open() { return QIODevice::open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }
    QString reason() const { return m_reason; }
    qint64 unpacked() const { return m_total; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (!m_reason.isEmpty())
            return -1;
        const qint64 got = m_source->read(data, maxSize);
        if (got <= 0)
            return got;
        m_total += got;
        if (m_total > maxUnpackedBytes)
            return refuse(QStringLiteral("content.xml unpacks to more than %1 MB").arg(megabytes(maxUnpackedBytes)));
        if (m_total > ratioFloor && m_total > maxUnpackedRatio * qMax<qint64>(m_packedSize, 1))
            return refuse(QStringLiteral("content.xml unpacks to more than %1 times its packed size of %2 bytes")
                              .arg(maxUnpackedRatio)
                              .arg(m_packedSize));
        const char *p = data;
        const char *const end = data + got;
        while (p < end) {
            const char *lt = static_cast<const char *>(memchr(p, '<', size_t(end - p)));
            if (!lt) {
                m_run += end - p;
                break;
            }
            m_run = 0;
            p = lt + 1;
        }
        if (m_run > maxMarkupRun)
            return refuse(QStringLiteral("content.xml holds more than %1 MB of text or markup without a tag")
                              .arg(megabytes(maxMarkupRun)));
        return got;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 refuse(const QString &reason)
    {
        m_reason = reason;
        return -1;
    }

    QIODevice *m_source;
    qint64 m_packedSize;
    qint64 m_total = 0;
    qint64 m_run = 0;
    QString m_reason;
};

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

bool isXmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

// ODF 1.2 part 1, 6.1.2: in a paragraph, runs of white space collapse to
// one space and white space at either end is dropped; real spaces, tabs
// and line breaks are written as text:s, text:tab and text:line-break.
// A run is held back as pendingSpace so that a trailing one can be dropped.
struct ParagraphText
{
    QString *out;
    bool afterSpace = true; // at the start of a paragraph, as after a space
    bool pendingSpace = false;
    bool tooLong = false;   // the cell would exceed maxCellCharacters; nothing more is added

    bool fits(qint64 more)
    {
        if (out->size() + (pendingSpace ? 1 : 0) + more > maxCellCharacters)
            tooLong = true;
        return !tooLong;
    }

    void appendCharacters(QStringView s)
    {
        qsizetype i = 0;
        const qsizetype n = s.size();
        while (i < n) {
            if (isXmlSpace(s[i])) {
                if (!afterSpace)
                    pendingSpace = true;
                afterSpace = true;
                ++i;
                continue;
            }
            qsizetype end = i + 1;
            while (end < n && !isXmlSpace(s[end]))
                ++end;
            if (!fits(end - i))
                return;
            if (pendingSpace)
                out->append(u' ');
            out->append(s.mid(i, end - i));
            pendingSpace = false;
            afterSpace = false;
            i = end;
        }
    }

    void appendLiteral(QChar c, qint64 count = 1)
    {
        if (!fits(count))
            return;
        if (pendingSpace)
            out->append(u' ');
        pendingSpace = false;
        out->append(QString(qsizetype(count), c));
        afterSpace = true;
    }
};

} // namespace

struct OdsReader::Private
{
    explicit Private(const QString &path) : path(path), zip(path), content(&zip) {}

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

    QString path;
    // Declared in this order so that they are destroyed in reverse: the
    // reader refers to the zip entry, which refers to the archive.
    QuaZip zip;
    QuaZipFile content;
    std::unique_ptr<InflateGuard> guard; // reads content, for xml
    QXmlStreamReader xml;
    qint64 contentSize = 0;

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
    return fail(QStringLiteral("%1: damaged spreadsheet: %2").arg(QDir::toNativeSeparators(path), reason));
}

// One of the limits at the top of this file: the file is refused as
// hostile or damaged, with what it exceeded and where.
bool OdsReader::Private::failLimit(const QString &what)
{
    return fail(QStringLiteral("%1: refused: %2 (a real CQC file is far below this limit)")
                    .arg(QDir::toNativeSeparators(path), what));
}

bool OdsReader::Private::failXml()
{
    if (guard && !guard->reason().isEmpty())
        return failLimit(guard->reason());
    // A decompression failure reaches the XML parser only as a short read,
    // which it reports as a premature end; the zip error is the real cause.
    QString reason;
    if (content.isOpen() && content.getZipError() != UNZ_OK) {
        reason = QStringLiteral("content.xml cannot be decompressed (zip error %1)").arg(content.getZipError());
    } else {
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
    // Closing the entry after reading all of it verifies its CRC, which
    // catches damage that still decompresses to well-formed XML.
    content.close();
    if (content.getZipError() != UNZ_OK)
        failDamaged(QStringLiteral("content.xml fails its checksum (zip error %1)").arg(content.getZipError()));
    else if (!sawSpreadsheet)
        fail(QStringLiteral("%1: not an OpenDocument spreadsheet (content.xml holds no spreadsheet)")
                     .arg(QDir::toNativeSeparators(path)));
}

OdsReader::OdsReader(const QString &path) : d(new Private(path)) {}

OdsReader::~OdsReader() = default;

bool OdsReader::open()
{
    if (d->opened)
        return !hasError();
    d->opened = true;
    const QString file = QDir::toNativeSeparators(d->path);

    // Peek at the signature ourselves: QuaZip reports a junk file and a
    // truncated archive alike, and the user needs to know which it is.
    QByteArray magic;
    {
        QFile f(d->path);
        if (!f.open(QIODevice::ReadOnly))
            return d->fail(QStringLiteral("%1: cannot open: %2").arg(file, f.errorString()));
        magic = f.read(4);
    }
    if (!d->zip.open(QuaZip::mdUnzip)) {
        if (magic == QByteArrayLiteral("PK\x03\x04"))
            return d->failDamaged(QStringLiteral("the zip archive is truncated or corrupt"));
        return d->fail(QStringLiteral("%1: not an OpenDocument spreadsheet (not a zip archive)").arg(file));
    }

    // Some writers leave out the mimetype entry; content.xml then decides.
    const bool hasMimetype = d->zip.setCurrentFile(QStringLiteral("mimetype"), QuaZip::csSensitive);
    if (hasMimetype) {
        QuaZipFile entry(&d->zip);
        if (!entry.open(QIODevice::ReadOnly))
            return d->failDamaged(QStringLiteral("cannot read the mimetype entry (zip error %1)")
                                          .arg(entry.getZipError()));
        const QByteArray mimetype = entry.read(256).trimmed();
        if (mimetype != odsMimetype) {
            return d->fail(QStringLiteral("%1: not an OpenDocument spreadsheet (its type is %2)")
                                   .arg(file, QString::fromUtf8(mimetype.left(80))));
        }
    }

    if (!d->zip.setCurrentFile(QStringLiteral("content.xml"), QuaZip::csSensitive)) {
        if (hasMimetype)
            return d->failDamaged(QStringLiteral("content.xml is missing"));
        return d->fail(QStringLiteral("%1: not an OpenDocument spreadsheet (no content.xml in the zip archive)")
                               .arg(file));
    }
    if (!d->content.open(QIODevice::ReadOnly))
        return d->failDamaged(QStringLiteral("cannot read content.xml (zip error %1)").arg(d->content.getZipError()));
    d->contentSize = d->content.usize();
    // The parser pulls from the zip entry as it goes, so only a buffer's
    // worth of the (possibly gigabyte-sized) XML is in memory at a time.
    d->guard = std::make_unique<InflateGuard>(&d->content, d->content.csize());
    d->guard->open();
    d->xml.setDevice(d->guard.get());

    // Read up to the root element so that a file that is not ODF content at
    // all (for instance an encrypted one) fails here rather than later.
    while (d->readToken()) {
        if (d->xml.isStartElement()) {
            if (!is(d->xml, officeNs, QLatin1StringView("document-content")))
                return d->fail(QStringLiteral("%1: not an OpenDocument spreadsheet (content.xml is not OpenDocument content)")
                                       .arg(file));
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
                        return d->failLimit(QStringLiteral("sheet %1 has more than %2 rows")
                                                .arg(d->sheetName)
                                                .arg(maxRows));
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
    ParagraphText text{out};
    int depth = 0;
    while (readToken()) {
        switch (xml.tokenType()) {
        case QXmlStreamReader::Characters:
            text.appendCharacters(xml.text());
            break;
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
        default:
            break;
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
    if (!d->content.isOpen() || d->contentSize <= 0)
        return 0.0;
    const qint64 pos = d->content.pos();
    if (pos <= 0)
        return 0.0;
    return qMin(1.0, double(pos) / double(d->contentSize));
}
