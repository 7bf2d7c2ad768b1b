// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

class QIODevice;

// Reads a top-level JSON array one element at a time, so that a file of
// many API payloads (hundreds of MB) is never held, or parsed, whole: only
// the current element's bytes are kept, and each is parsed by Qt's own
// QJsonDocument. The scanner knows only strings, escapes and bracket depth;
// everything else about JSON is left to Qt. Errors use Qt's wording and the
// element's line and column in the file.
class JsonArrayStream
{
    Q_DECLARE_TR_FUNCTIONS(JsonArrayStream)

public:
    // An element larger than this is refused: CQC's API payloads are tens of
    // kilobytes, and QJsonDocument needs several times the text in memory.
    static constexpr qint64 MaxElementBytes = 16 * 1024 * 1024;
    // As QJsonDocument's own limit, checked while scanning so that a file
    // of brackets is refused before it is buffered.
    static constexpr int MaxDepth = 1024;

    enum class Next { Element, End, Error };

    // `device` is open, positioned at the start of the file.
    explicit JsonArrayStream(QIODevice *device);

    // Consumes the opening '['; false (with errorString()) if the file does
    // not start with one after white space.
    bool begin();
    // The next element as a value (a string, number, object, ...), End
    // after the closing ']' when only white space follows, or Error.
    Next next(QJsonValue *value);

    int index() const { return m_index - 1; } // of the element last returned
    QString errorString() const { return m_error; }
    qint64 bytesRead() const { return m_consumed; }

private:
    int get();       // next byte or -1 at the end of the file
    int peek();      // without consuming it
    int skipSpace(); // then peek()
    bool refill();
    Next fail(const QString &what, qint64 line, qint64 column);
    Next failHere(const QString &what) { return fail(what, m_line, m_column); }
    Next parseElement(const QByteArray &text, qint64 line, qint64 column, QJsonValue *value);

    QIODevice *m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    qint64 m_line = 1, m_column = 1; // of the next byte
    int m_index = 0;
    bool m_done = false;
    QString m_error;
};
