// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <exporting/CsvWriter.h>

#include <exporting/FormulaGuard.h>

#include <QIODevice>

CsvWriter::CsvWriter(QIODevice *device, const CsvOptions &options) : m_device(device), m_options(options)
{}

// Whether the field must be quoted: one pass, as this runs for every
// field of a national export (millions).
static bool needsQuotes(const QByteArray &bytes, char separator)
{
    for (const char c : bytes)
        if (c == separator || c == '"' || c == '\n' || c == '\r')
            return true;
    return false;
}

void CsvWriter::appendField(QByteArray *line, const ExportCell &cell, const CsvOptions &options)
{
    const QByteArray converted = cell.utf8.isNull() ? cell.text.toUtf8() : QByteArray();
    const QByteArray &bytes = cell.utf8.isNull() ? converted : cell.utf8;
    // A name taken from outside data must not run as a formula when the
    // file is opened in a spreadsheet (OWASP "CSV injection").
    const bool guard =
        options.formulaGuard && cell.kind == ExportCell::Kind::Text && FormulaGuard::isFormulaLike(bytes);
    if (!needsQuotes(bytes, options.separator)) {
        if (guard)
            line->append('\'');
        line->append(bytes);
        return;
    }
    line->append('"');
    if (guard)
        line->append('\'');
    for (const char c : bytes) {
        if (c == '"')
            line->append('"');
        line->append(c);
    }
    line->append('"');
}

QByteArray CsvWriter::encode(const ExportCell &cell, const CsvOptions &options)
{
    QByteArray bytes;
    appendField(&bytes, cell, options);
    return bytes;
}

bool CsvWriter::writeLine(const QVector<ExportCell> &cells)
{
    m_line.clear();
    if (!m_started) {
        m_started = true;
        if (m_options.bom)
            m_line.append("\xEF\xBB\xBF");
    }
    for (int i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_line.append(m_options.separator);
        appendField(&m_line, cells.at(i), m_options);
    }
    m_line.append(m_options.crlf ? "\r\n" : "\n");
    if (m_device->write(m_line) != m_line.size())
        m_error = true;
    return !m_error;
}

bool CsvWriter::writeHeader(const QStringList &headers)
{
    if (!m_options.header)
        return true;
    QVector<ExportCell> cells;
    for (const QString &h : headers)
        cells.append(ExportCell::textCell(h));
    return writeLine(cells);
}

bool CsvWriter::writeRow(const QVector<ExportCell> &cells)
{
    return writeLine(cells);
}
