// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

// A whole input through CsvReader, for the CsvReader suites (tst_csv*):
// the records, their lines and the error, in one value to compare.

#include <importing/CsvReader.h>

#include <QBuffer>
#include <QList>
#include <QStringList>

namespace CsvParse {

using Records = QList<QStringList>;

struct Parsed
{
    Records records;
    QList<qint64> lines; // recordLine() after each record
    QString error;
    qint64 bytesRead = 0;
};

inline Parsed parseDevice(QIODevice *device, char separator = ',')
{
    Parsed result;
    CsvReader reader(device, separator);
    QStringList fields;
    while (reader.readRecord(&fields)) {
        result.records.append(fields);
        result.lines.append(reader.recordLine());
    }
    result.error = reader.errorString();
    if (!reader.hasError())
        result.bytesRead = reader.bytesRead();
    // Once done (end or error), the reader stays done.
    if (reader.readRecord(&fields) || !fields.isEmpty())
        result.error += QStringLiteral(" [readRecord succeeded after the end]");
    return result;
}

inline Parsed parse(const QByteArray &data, char separator = ',')
{
    QByteArray copy = data;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return parseDevice(&buffer, separator);
}

} // namespace CsvParse
