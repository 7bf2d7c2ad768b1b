// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include "SheetWriters.h"

#include <QBuffer>
#include <QString>
#include <QStringList>
#include <QXmlStreamWriter>

#include <memory>

class QuaZip;
class QuaZipFile;

namespace Gen {

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
