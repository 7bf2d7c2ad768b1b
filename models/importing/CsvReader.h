// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QStringList>

class QIODevice;

// Streams records from RFC 4180 delimited text, as CQC's monthly file looks
// when a spreadsheet saves a sheet as CSV: UTF-8 with or without BOM, CRLF or
// LF line ends, quoted fields holding separators, doubled quotes and line
// breaks. Reads the device in chunks: memory does not grow with the file.
class CsvReader
{
public:
    explicit CsvReader(QIODevice *device, char separator = ',');

    // Reads the next record into *fields. Returns false at the end of the
    // input or on a malformed record (then hasError() is true and
    // errorString() names the line, e.g. "line 12: unterminated quoted field").
    bool readRecord(QStringList *fields);
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    // The 1-based physical line on which the last record read began.
    qint64 recordLine() const { return m_recordLine; }
    // Bytes consumed so far, for progress.
    qint64 bytesRead() const { return m_bytesRead; }

private:
    // NextField is internal to parseRecord(): a field ended at a separator.
    enum class Step { Record, End, NeedMore, Error, NextField };
    bool fill();
    Step parseRecord(QStringList *fields);
    bool takeField(QStringList *fields, const char *bytes, qsizetype size, uchar seen);

    QIODevice *m_device;
    char m_separator;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    qint64 m_bytesRead = 0;
    bool m_started = false;
    bool m_eof = false;
    QString m_error;
    QString m_fieldError; // why takeField() refused a field
    QByteArray m_field;   // a quoted field's bytes when "" or CRLF are rewritten
};
