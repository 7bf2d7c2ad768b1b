// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "CsvSheetWriter.h"

namespace Gen {

static constexpr qsizetype CsvFlushSize = 1 << 20;

CsvSheetWriter::CsvSheetWriter(std::vector<std::pair<QString, QString>> fileForSheet)
    : m_fileForSheet(std::move(fileForSheet))
{
}

bool CsvSheetWriter::beginSheet(const QString &name, const QStringList &headers, int)
{
    QString path;
    for (const auto &entry : m_fileForSheet) {
        if (entry.first == name)
            path = entry.second;
    }
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = QStringLiteral("%1: %2").arg(path, m_file.errorString());
        return false;
    }
    m_buffer.clear();
    m_buffer.reserve(CsvFlushSize + 4096);
    return writeRow(headers);
}

bool CsvSheetWriter::writeRow(const QStringList &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_buffer.append(',');
        const QByteArray utf8 = cells[i].toUtf8();
        bool quote = false;
        for (char c : utf8) {
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                quote = true;
                break;
            }
        }
        if (!quote) {
            m_buffer.append(utf8);
            continue;
        }
        m_buffer.append('"');
        for (char c : utf8) {
            if (c == '"')
                m_buffer.append('"');
            m_buffer.append(c);
        }
        m_buffer.append('"');
    }
    m_buffer.append("\r\n", 2);
    return m_buffer.size() < CsvFlushSize || flush();
}

bool CsvSheetWriter::flush()
{
    if (m_file.write(m_buffer) != m_buffer.size()) {
        m_error = QStringLiteral("%1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    m_buffer.resize(0);
    return true;
}

bool CsvSheetWriter::endSheet()
{
    const bool ok = flush();
    m_file.close();
    if (ok && m_file.error() != QFileDevice::NoError) {
        m_error = QStringLiteral("%1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    return ok;
}

} // namespace Gen
