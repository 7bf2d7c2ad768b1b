// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <importing/ApiJsonSource.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

ApiJsonSource::ApiJsonSource(const QString &path) : FileRecordSource(path), m_file(path), m_reader(path)
{}

// Line and column of a byte offset, for parse errors a user can find.
static QString position(const QByteArray &data, int offset)
{
    const QByteArray before = data.left(offset);
    const int line = before.count('\n') + 1;
    const int column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

// One line of at most `limit` bytes (its newline included); false when the
// line is longer (the rest is left unread). Not QIODevice::readLine(max),
// which reserves `max` bytes for every line.
static bool readBoundedLine(QIODevice &device, qint64 limit, QByteArray *line)
{
    line->clear();
    char chunk[64 * 1024];
    while (line->size() <= limit) {
        const qint64 n = device.readLine(chunk, sizeof chunk);
        if (n <= 0)
            return true;
        line->append(chunk, n);
        if (chunk[n - 1] == '\n')
            break;
    }
    return line->size() <= limit;
}

// The first byte that is not white space, or -1; the file is left where it was.
static int firstSignificantByte(QFile &file)
{
    const qint64 at = file.pos();
    char c = 0;
    int found = -1;
    while (file.getChar(&c))
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
            found = uchar(c);
            break;
        }
    file.seek(at);
    return found;
}

bool ApiJsonSource::open()
{
    if (!m_file.open(QIODevice::ReadOnly))
        return fail(m_file.errorString());
    const int first = firstSignificantByte(m_file);
    if (first < 0)
        return fail(tr("the file is empty"));
    // An array is read element by element, never held whole.
    if (first == '[') {
        m_mode = Mode::Array;
        m_stream = std::make_unique<JsonArrayStream>(&m_file);
        return m_stream->begin() || fail(m_stream->errorString());
    }
    // Newline-delimited JSON is recognised by its first line being a
    // complete object with more content after it; it is then read line by
    // line and never held whole.
    if (first == '{') {
        QByteArray firstLine;
        readBoundedLine(m_file, JsonArrayStream::MaxElementBytes + 1, &firstLine);
        const QJsonDocument doc = QJsonDocument::fromJson(firstLine.trimmed());
        if (doc.isObject() && !m_file.atEnd() && m_file.peek(4096).trimmed().startsWith('{')) {
            m_mode = Mode::Lines;
            m_file.seek(0);
            return true;
        }
        m_file.seek(0);
    }
    // One payload: bounded as an array's elements are.
    if (m_file.size() > JsonArrayStream::MaxElementBytes)
        return fail(tr("one JSON value of %1 MB, larger than %2 MB (CQC's API payloads are far smaller)")
                        .arg(m_file.size() / (1024 * 1024))
                        .arg(JsonArrayStream::MaxElementBytes / (1024 * 1024)));
    const QByteArray data = m_file.readAll();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(tr("not valid JSON: %1 at %2").arg(error.errorString(), position(data, error.offset)));
    if (!doc.isObject())
        return fail(tr("not valid JSON: expected an object or an array"));
    m_mode = Mode::Single;
    m_single = doc.object();
    QString list;
    if (ApiPayloadReader::isListResponse(m_single, &list))
        return fail(tr("%1").arg(list));
    return true;
}

RecordSource::Next ApiJsonSource::readObject(const QJsonObject &o, const QString &where, const QString &path,
                                             RecordFacts *facts, ImportIssue *issue)
{
    QString list;
    if (ApiPayloadReader::isListResponse(o, &list)) {
        fail(where.isEmpty() ? list : where + QStringLiteral(": ") + list);
        return Next::Error;
    }
    return m_reader.read(o, where, path, facts, issue) ? Next::Record : Next::Issue;
}

RecordSource::Next ApiJsonSource::next(RecordFacts *facts, ImportIssue *issue)
{
    facts->clear();
    switch (m_mode) {
    case Mode::Single:
        if (m_index++ > 0)
            return Next::End;
        return readObject(m_single, QString(), QStringLiteral("$"), facts, issue);
    case Mode::Array: {
        QJsonValue v;
        switch (m_stream->next(&v)) {
        case JsonArrayStream::Next::End: return Next::End;
        case JsonArrayStream::Next::Error: fail(m_stream->errorString()); return Next::Error;
        case JsonArrayStream::Next::Element: break;
        }
        const QString jsonPath = QStringLiteral("$[%1]").arg(m_stream->index());
        if (!v.isObject()) {
            // Show what is there instead ("1", "null", "[...]").
            const QString value = v.isString()
                ? v.toString()
                : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).chopped(1).mid(1));
            *issue = {path(), jsonPath, QString(), value, tr("not a JSON object"), {}, {}};
            return Next::Issue;
        }
        return readObject(v.toObject(), QString(), jsonPath, facts, issue);
    }
    case Mode::Lines:
        while (!m_file.atEnd()) {
            QByteArray line;
            ++m_line;
            if (!readBoundedLine(m_file, JsonArrayStream::MaxElementBytes + 1, &line)) {
                fail(tr("line %1 is larger than %2 MB (CQC's API payloads are far smaller)")
                         .arg(m_line)
                         .arg(JsonArrayStream::MaxElementBytes / (1024 * 1024)));
                return Next::Error;
            }
            line = line.trimmed();
            if (line.isEmpty())
                continue;
            const QString where = tr("line %1").arg(m_line);
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject()) {
                *issue = {path(),
                          where,
                          QString(),
                          QString(),
                          error.error != QJsonParseError::NoError
                              ? tr("not valid JSON: %1 at column %2").arg(error.errorString()).arg(error.offset + 1)
                              : tr("not a JSON object"),
                          {},
                          {}};
                return Next::Issue;
            }
            return readObject(doc.object(), where, QStringLiteral("$"), facts, issue);
        }
        return Next::End;
    }
    return Next::End;
}

double ApiJsonSource::progress() const
{
    switch (m_mode) {
    case Mode::Single: return m_index > 0 ? 1.0 : 0.0;
    case Mode::Array: return m_file.size() > 0 ? double(m_stream->bytesRead()) / m_file.size() : 1.0;
    case Mode::Lines: return m_file.size() > 0 ? double(m_file.pos()) / m_file.size() : 1.0;
    }
    return 0;
}
