// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

// What the CSV export suites share: files in and out, and what CsvWriter
// writes for a cell or a table, to read back through StrictCsv.h.

#include <exporting/CsvOptions.h>
#include <exporting/CsvWriter.h>
#include <exporting/ExportCell.h>

#include <QBuffer>
#include <QByteArray>
#include <QFile>
#include <QList>
#include <QStringList>
#include <QVector>

using Rows = QList<QStringList>;

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

inline QByteArray encode(const QString &text, char separator = ',', bool guard = true)
{
    CsvOptions o;
    o.separator = separator;
    o.formulaGuard = guard;
    return CsvWriter::encode(ExportCell::textCell(text), o);
}

// What CsvWriter writes for `rows`, through a buffer.
inline QByteArray written(const QStringList &headers, const QList<QVector<ExportCell>> &rows, const CsvOptions &options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, options);
    writer.writeHeader(headers);
    for (const QVector<ExportCell> &row : rows)
        writer.writeRow(row);
    return buffer.data();
}
