// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <exporting/CsvOptions.h>
#include <exporting/ExportCell.h>

#include <QByteArray>
#include <QStringList>
#include <QVector>

class QIODevice;

// Writes RFC 4180 CSV in UTF-8: fields holding the separator, a quote or a
// line break are quoted, quotes doubled.
class CsvWriter
{
public:
    CsvWriter(QIODevice *device, const CsvOptions &options);

    bool writeHeader(const QStringList &headers); // no-op when options.header is false
    bool writeRow(const QVector<ExportCell> &cells);
    bool hasError() const { return m_error; }

    // The field as it goes into the file (guarded, quoted), without separator.
    static QByteArray encode(const ExportCell &cell, const CsvOptions &options);

private:
    static void appendField(QByteArray *line, const ExportCell &cell, const CsvOptions &options);
    bool writeLine(const QVector<ExportCell> &cells);
    QIODevice *m_device;
    CsvOptions m_options;
    bool m_started = false;
    bool m_error = false;
    QByteArray m_line;
};
