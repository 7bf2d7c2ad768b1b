// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QXmlStreamWriter>

#include <memory>
#include <vector>

class QuaZip;
class QuaZipFile;

namespace Gen {

class NationalGenerator;

// Receives the rows of the Locations and Providers sheets, one at a time,
// so that a writer never holds a whole sheet. Several sinks are fed in one
// pass over the model.
class SheetSink
{
public:
    virtual ~SheetSink() = default;
    // dateColumn: the index of the dd/mm/yyyy "Publication Date" column.
    virtual bool beginSheet(const QString &name, const QStringList &headers, int dateColumn) = 0;
    virtual bool writeRow(const QStringList &cells) = 0;
    virtual bool endSheet() = 0;
    virtual QString errorString() const = 0;
};

// The CQC sheet layouts (CQC-DATA.md 1a and 1b) filled from the model.
// Returns the number of data rows written, or -1 on a write error.
qint64 writeLocationsSheet(const NationalGenerator &gen, const std::vector<SheetSink *> &sinks);
qint64 writeProvidersSheet(const NationalGenerator &gen, const std::vector<SheetSink *> &sinks);

// One CSV file per sheet, as a spreadsheet saves "Locations" and "Providers"
// as CSV: RFC 4180 quoting only where needed, UTF-8 without BOM, CRLF.
class CsvSheetWriter : public SheetSink
{
public:
    // fileForSheet maps a sheet name to the path written for it.
    explicit CsvSheetWriter(std::vector<std::pair<QString, QString>> fileForSheet);
    bool beginSheet(const QString &name, const QStringList &headers, int dateColumn) override;
    bool writeRow(const QStringList &cells) override;
    bool endSheet() override;
    QString errorString() const override { return m_error; }

private:
    bool flush();
    std::vector<std::pair<QString, QString>> m_fileForSheet;
    QFile m_file;
    QByteArray m_buffer;
    QString m_error;
};

// A real OpenDocument spreadsheet written with QuaZip: mimetype first and
// stored, then META-INF/manifest.xml, content.xml streamed row by row,
// styles.xml and meta.xml. The XML mimics what LibreOffice writes: runs of
// equal adjacent cells (empty or not) collapse into one cell with
// table:number-columns-repeated, dates carry office:date-value, and each
// sheet ends with a repeated empty row.
class OdsWriter : public SheetSink
{
public:
    OdsWriter();
    ~OdsWriter() override;
    bool open(const QString &path);
    bool close();
    bool beginSheet(const QString &name, const QStringList &headers, int dateColumn) override;
    bool writeRow(const QStringList &cells) override;
    bool endSheet() override;
    QString errorString() const override { return m_error; }

private:
    bool writeSmallEntry(const QString &name, const QByteArray &data, bool stored);
    void writeTextCell(const QString &text, int repeat);
    void writeRowCells(const QStringList &cells, int dateColumn);
    bool flushXml(bool force);

    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_content;
    QBuffer m_xmlBuffer; // content.xml is written here and moved to the zip in chunks
    QXmlStreamWriter m_xml;
    int m_columns = 0;
    int m_dateColumn = -1;
    QString m_error;
};

} // namespace Gen
