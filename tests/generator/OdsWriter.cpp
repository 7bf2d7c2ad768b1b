// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "OdsWriter.h"

#include <QDate>
#include <QDateTime>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <zlib.h>

namespace Gen {

namespace {

const QString NsOffice = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString NsStyle = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString NsText = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString NsTable = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString NsNumber = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0");
const QString NsFo = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");

// Element and attribute names, built once: they are used millions of times.
const QString ETableRow = QStringLiteral("table:table-row");
const QString ETableCell = QStringLiteral("table:table-cell");
const QString ETextP = QStringLiteral("text:p");
const QString ETextS = QStringLiteral("text:s");
const QString AColumnsRepeated = QStringLiteral("table:number-columns-repeated");
const QString AValueType = QStringLiteral("office:value-type");
const QString ADateValue = QStringLiteral("office:date-value");
const QString AStyleName = QStringLiteral("table:style-name");
const QString ATextC = QStringLiteral("text:c");
const QString VString = QStringLiteral("string");
const QString VDate = QStringLiteral("date");
const QString DateCellStyle = QStringLiteral("ce1");

const char MimeType[] = "application/vnd.oasis.opendocument.spreadsheet";

// A fixed entry time: the zip must not change with the clock.
QuaZipNewInfo entryInfo(const QString &name)
{
    QuaZipNewInfo info(name);
    info.dateTime = QDateTime(QDate(2026, 10, 1), QTime(0, 0));
    return info;
}

static constexpr qsizetype XmlFlushSize = 1 << 20;

} // namespace

OdsWriter::OdsWriter() = default;

OdsWriter::~OdsWriter()
{
    if (m_content && m_content->isOpen())
        m_content->close();
    if (m_zip && m_zip->isOpen())
        m_zip->close();
}

bool OdsWriter::writeSmallEntry(const QString &name, const QByteArray &data, bool stored)
{
    QuaZipFile file(m_zip.get());
    // The mimetype entry must be STORED (method 0) so that the first bytes
    // of the file identify it; everything else is deflated.
    if (!file.open(QIODevice::WriteOnly, entryInfo(name), nullptr, 0, stored ? 0 : Z_DEFLATED,
                   stored ? 0 : Z_DEFAULT_COMPRESSION)) {
        m_error = QStringLiteral("cannot add %1 to the .ods (zip error %2)").arg(name).arg(file.getZipError());
        return false;
    }
    const bool ok = file.write(data) == data.size();
    file.close();
    if (!ok || file.getZipError() != ZIP_OK) {
        m_error = QStringLiteral("cannot write %1 in the .ods (zip error %2)").arg(name).arg(file.getZipError());
        return false;
    }
    return true;
}

bool OdsWriter::open(const QString &path)
{
    m_zip = std::make_unique<QuaZip>(path);
    if (!m_zip->open(QuaZip::mdCreate)) {
        m_error = QStringLiteral("%1: cannot create (zip error %2)").arg(path).arg(m_zip->getZipError());
        return false;
    }
    const QByteArray manifest =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">\n"
        " <manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>\n"
        " <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\n"
        " <manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>\n"
        " <manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>\n"
        "</manifest:manifest>\n";
    if (!writeSmallEntry(QStringLiteral("mimetype"), QByteArray(MimeType), true)
        || !writeSmallEntry(QStringLiteral("META-INF/manifest.xml"), manifest, false))
        return false;

    // content.xml stays open while the sheets stream through it. The
    // fastest deflate level takes a fifth off the run time and happens to
    // give about the size of CQC's real file (~26 MB at full scale).
    m_content = std::make_unique<QuaZipFile>(m_zip.get());
    if (!m_content->open(QIODevice::WriteOnly, entryInfo(QStringLiteral("content.xml")), nullptr, 0, Z_DEFLATED,
                         Z_BEST_SPEED)) {
        m_error = QStringLiteral("cannot add content.xml to the .ods (zip error %1)").arg(m_content->getZipError());
        return false;
    }
    m_xmlBuffer.buffer().reserve(XmlFlushSize + (64 << 10));
    m_xmlBuffer.open(QIODevice::WriteOnly);
    m_xml.setDevice(&m_xmlBuffer);
    m_xml.setAutoFormatting(false);
    m_xml.writeStartDocument();
    m_xml.writeStartElement(QStringLiteral("office:document-content"));
    m_xml.writeNamespace(NsOffice, QStringLiteral("office"));
    m_xml.writeNamespace(NsStyle, QStringLiteral("style"));
    m_xml.writeNamespace(NsText, QStringLiteral("text"));
    m_xml.writeNamespace(NsTable, QStringLiteral("table"));
    m_xml.writeNamespace(NsNumber, QStringLiteral("number"));
    m_xml.writeNamespace(NsFo, QStringLiteral("fo"));
    m_xml.writeAttribute(QStringLiteral("office:version"), QStringLiteral("1.3"));

    // A dd/mm/yyyy date style, so that LibreOffice shows the dates as the
    // text of the cells says.
    m_xml.writeStartElement(QStringLiteral("office:automatic-styles"));
    m_xml.writeStartElement(QStringLiteral("number:date-style"));
    m_xml.writeAttribute(QStringLiteral("style:name"), QStringLiteral("N37"));
    const auto part = [this](const QString &element) {
        m_xml.writeEmptyElement(element);
        m_xml.writeAttribute(QStringLiteral("number:style"), QStringLiteral("long"));
    };
    part(QStringLiteral("number:day"));
    m_xml.writeTextElement(QStringLiteral("number:text"), QStringLiteral("/"));
    part(QStringLiteral("number:month"));
    m_xml.writeTextElement(QStringLiteral("number:text"), QStringLiteral("/"));
    part(QStringLiteral("number:year"));
    m_xml.writeEndElement(); // number:date-style
    m_xml.writeEmptyElement(QStringLiteral("style:style"));
    m_xml.writeAttribute(QStringLiteral("style:name"), DateCellStyle);
    m_xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("table-cell"));
    m_xml.writeAttribute(QStringLiteral("style:parent-style-name"), QStringLiteral("Default"));
    m_xml.writeAttribute(QStringLiteral("style:data-style-name"), QStringLiteral("N37"));
    m_xml.writeEndElement(); // office:automatic-styles

    m_xml.writeStartElement(QStringLiteral("office:body"));
    m_xml.writeStartElement(QStringLiteral("office:spreadsheet"));
    return flushXml(false);
}

bool OdsWriter::flushXml(bool force)
{
    if (!force && m_xmlBuffer.size() < XmlFlushSize)
        return true;
    const QByteArray &data = m_xmlBuffer.data();
    if (m_content->write(data) != data.size()) {
        m_error = QStringLiteral("cannot write content.xml in the .ods (zip error %1)").arg(m_content->getZipError());
        return false;
    }
    m_xmlBuffer.buffer().resize(0);
    m_xmlBuffer.seek(0);
    return true;
}

bool OdsWriter::beginSheet(const QString &name, const QStringList &headers, int dateColumn)
{
    m_columns = int(headers.size());
    m_dateColumn = dateColumn;
    m_xml.writeStartElement(QStringLiteral("table:table"));
    m_xml.writeAttribute(QStringLiteral("table:name"), name);
    m_xml.writeEmptyElement(QStringLiteral("table:table-column"));
    m_xml.writeAttribute(AColumnsRepeated, QString::number(m_columns));
    writeRowCells(headers, -1);
    return flushXml(false);
}

bool OdsWriter::writeRow(const QStringList &cells)
{
    writeRowCells(cells, m_dateColumn);
    return flushXml(false);
}

// A string cell; line breaks become paragraphs and runs of spaces
// text:s elements, as in any ODF text.
void OdsWriter::writeTextCell(const QString &text, int repeat)
{
    m_xml.writeStartElement(ETableCell);
    if (repeat > 1)
        m_xml.writeAttribute(AColumnsRepeated, QString::number(repeat));
    m_xml.writeAttribute(AValueType, VString);
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString &paragraph : paragraphs) {
        m_xml.writeStartElement(ETextP);
        if (!paragraph.contains(QLatin1String("  ")) && !paragraph.startsWith(QLatin1Char(' '))) {
            m_xml.writeCharacters(paragraph);
        } else {
            qsizetype i = 0;
            while (i < paragraph.size()) {
                qsizetype j = i;
                while (j < paragraph.size() && paragraph[j] == QLatin1Char(' '))
                    ++j;
                qsizetype spaces = j - i;
                if (spaces > 0 && i > 0) { // one space after text is kept as text
                    m_xml.writeCharacters(QStringLiteral(" "));
                    --spaces;
                }
                if (spaces > 0) {
                    m_xml.writeEmptyElement(ETextS);
                    if (spaces > 1)
                        m_xml.writeAttribute(ATextC, QString::number(spaces));
                }
                qsizetype k = j;
                while (k < paragraph.size() && paragraph[k] != QLatin1Char(' '))
                    ++k;
                if (k > j)
                    m_xml.writeCharacters(paragraph.mid(j, k - j));
                i = k;
            }
        }
        m_xml.writeEndElement(); // text:p
    }
    m_xml.writeEndElement(); // table:table-cell
}

void OdsWriter::writeRowCells(const QStringList &cells, int dateColumn)
{
    m_xml.writeStartElement(ETableRow);
    const int n = int(cells.size());
    int i = 0;
    while (i < n) {
        if (i == dateColumn && !cells[i].isEmpty()) {
            // dd/mm/yyyy shown, ISO date as the value.
            const QString &shown = cells[i];
            const QString iso = shown.mid(6, 4) + QLatin1Char('-') + shown.mid(3, 2) + QLatin1Char('-') + shown.left(2);
            m_xml.writeStartElement(ETableCell);
            m_xml.writeAttribute(AStyleName, DateCellStyle);
            m_xml.writeAttribute(AValueType, VDate);
            m_xml.writeAttribute(ADateValue, iso);
            m_xml.writeTextElement(ETextP, shown);
            m_xml.writeEndElement();
            ++i;
            continue;
        }
        // LibreOffice collapses equal adjacent cells (empty or not) into one
        // repeated cell; a reader must expand them.
        int j = i + 1;
        while (j < n && j != dateColumn && cells[j] == cells[i])
            ++j;
        const int repeat = j - i;
        if (cells[i].isEmpty()) {
            m_xml.writeEmptyElement(ETableCell);
            if (repeat > 1)
                m_xml.writeAttribute(AColumnsRepeated, QString::number(repeat));
        } else {
            writeTextCell(cells[i], repeat);
        }
        i = j;
    }
    m_xml.writeEndElement(); // table:table-row
}

bool OdsWriter::endSheet()
{
    // LibreOffice ends a sheet with its unused rows as one repeated row.
    m_xml.writeStartElement(ETableRow);
    m_xml.writeAttribute(QStringLiteral("table:number-rows-repeated"), QStringLiteral("1000"));
    m_xml.writeEmptyElement(ETableCell);
    m_xml.writeAttribute(AColumnsRepeated, QString::number(m_columns));
    m_xml.writeEndElement();
    m_xml.writeEndElement(); // table:table
    return flushXml(false);
}

bool OdsWriter::close()
{
    m_xml.writeEndElement(); // office:spreadsheet
    m_xml.writeEndElement(); // office:body
    m_xml.writeEndElement(); // office:document-content
    m_xml.writeEndDocument();
    if (m_xml.hasError()) {
        m_error = QStringLiteral("XML write error in content.xml");
        return false;
    }
    if (!flushXml(true))
        return false;
    m_content->close();
    if (m_content->getZipError() != ZIP_OK) {
        m_error = QStringLiteral("cannot finish content.xml in the .ods (zip error %1)").arg(m_content->getZipError());
        return false;
    }
    m_content.reset();

    const QByteArray styles =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<office:document-styles xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
        " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" office:version=\"1.3\">"
        "<office:styles>"
        "<style:default-style style:family=\"table-cell\"/>"
        "<style:style style:name=\"Default\" style:family=\"table-cell\"/>"
        "</office:styles>"
        "</office:document-styles>\n";
    // No creation date: the file must not change with the clock.
    const QByteArray meta =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<office:document-meta xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" office:version=\"1.3\">"
        "<office:meta><meta:generator>trgen (Trust Ratings synthetic CQC data)</meta:generator></office:meta>"
        "</office:document-meta>\n";
    if (!writeSmallEntry(QStringLiteral("styles.xml"), styles, false)
        || !writeSmallEntry(QStringLiteral("meta.xml"), meta, false))
        return false;
    m_zip->close();
    if (m_zip->getZipError() != ZIP_OK) {
        m_error = QStringLiteral("cannot finish the .ods (zip error %1)").arg(m_zip->getZipError());
        return false;
    }
    return true;
}

} // namespace Gen
