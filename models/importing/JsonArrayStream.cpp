// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <importing/JsonArrayStream.h>

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

static bool isSpace(int c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

JsonArrayStream::JsonArrayStream(QIODevice *device) : m_device(device)
{}

bool JsonArrayStream::refill()
{
    m_buffer = m_device->read(64 * 1024);
    m_pos = 0;
    return !m_buffer.isEmpty();
}

int JsonArrayStream::peek()
{
    if (m_pos >= m_buffer.size() && !refill())
        return -1;
    return uchar(m_buffer.at(m_pos));
}

int JsonArrayStream::get()
{
    const int c = peek();
    if (c < 0)
        return c;
    ++m_pos;
    ++m_consumed;
    if (c == '\n') {
        ++m_line;
        m_column = 1;
    } else {
        ++m_column;
    }
    return c;
}

int JsonArrayStream::skipSpace()
{
    while (isSpace(peek()))
        get();
    return peek();
}

JsonArrayStream::Next JsonArrayStream::fail(const QString &what, qint64 line, qint64 column)
{
    m_error = tr("not valid JSON: %1 at line %2, column %3").arg(what).arg(line).arg(column);
    m_done = true;
    return Next::Error;
}

bool JsonArrayStream::begin()
{
    if (skipSpace() != '[') {
        failHere(tr("not an array"));
        return false;
    }
    get();
    if (skipSpace() == ']') { // an empty array
        get();
        m_done = true;
        if (skipSpace() >= 0) {
            failHere(tr("garbage at the end of the document"));
            return false;
        }
    }
    return true;
}

JsonArrayStream::Next JsonArrayStream::parseElement(const QByteArray &text, qint64 line, qint64 column,
                                                    QJsonValue *value)
{
    // Wrapped in brackets: QJsonDocument parses only arrays and objects.
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + text + ']', &error);
    if (error.error == QJsonParseError::NoError && doc.array().size() == 1) {
        *value = doc.array().at(0);
        return Next::Element;
    }
    if (error.error == QJsonParseError::NoError) // "1, 2" cannot come from the scanner, but say so if it does
        return fail(tr("illegal value"), line, column);
    // The error's place in the file: the element's start plus its offset.
    const qsizetype offset = qBound(qsizetype(0), qsizetype(error.offset) - 1, text.size());
    for (qsizetype i = 0; i < offset; ++i) {
        if (text.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return fail(error.errorString(), line, column);
}

JsonArrayStream::Next JsonArrayStream::next(QJsonValue *value)
{
    if (m_done)
        return m_error.isEmpty() ? Next::End : Next::Error;
    if (m_index > 0) {
        // After an element: a comma and another element, or the end.
        const int c = skipSpace();
        if (c == ']') {
            get();
            m_done = true;
            if (skipSpace() >= 0)
                return failHere(tr("garbage at the end of the document"));
            return Next::End;
        }
        if (c < 0)
            return failHere(tr("unterminated array"));
        if (c != ',')
            return failHere(tr("missing value separator"));
        get();
    }
    if (skipSpace() < 0)
        return failHere(tr("unterminated array"));
    const qint64 line = m_line, column = m_column;
    ++m_index;

    // Collect one element: a bracketed value ends where its depth returns
    // to zero, a bare one (number, string, true, ...) before the ',' or ']'
    // that follows it at depth zero.
    QByteArray text;
    int depth = 0;
    bool inString = false, escaped = false;
    for (;;) {
        const int c = peek();
        if (c < 0) {
            if (depth > 0 || inString) // let Qt name what is unterminated
                return parseElement(text, line, column, value);
            break;
        }
        if (!inString && depth == 0 && (c == ',' || c == ']' || isSpace(c)))
            break;
        get();
        text.append(char(c));
        if (text.size() > MaxElementBytes)
            return fail(tr("element %1 is larger than %2 MB (CQC's API payloads are far smaller)")
                            .arg(m_index - 1)
                            .arg(MaxElementBytes / (1024 * 1024)),
                        line, column);
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > MaxDepth)
                return fail(tr("too deeply nested document"), m_line, m_column - 1);
        } else if (c == '}' || c == ']') {
            if (--depth < 0)
                return fail(tr("illegal value"), m_line, m_column - 1);
            if (depth == 0)
                break;
        }
    }
    return parseElement(text, line, column, value);
}
