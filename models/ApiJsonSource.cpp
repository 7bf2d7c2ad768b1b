#include "ApiJsonSource.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>

static QString tr(const char *text) { return QCoreApplication::translate("ApiJsonSource", text); }

ApiJsonSource::ApiJsonSource(const QString &path) : m_path(path), m_file(path), m_reader(path) {}

bool ApiJsonSource::fail(const QString &message)
{
    m_error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(m_path), message);
    return false;
}

// Line and column of a byte offset, for parse errors a user can find.
static QString position(const QByteArray &data, int offset)
{
    const QByteArray before = data.left(offset);
    const int line = before.count('\n') + 1;
    const int column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

bool ApiJsonSource::open()
{
    if (!m_file.open(QIODevice::ReadOnly))
        return fail(m_file.errorString());
    // Newline-delimited JSON is recognised by its first line being a
    // complete object with more content after it; it is then read line by
    // line and never held whole.
    const QByteArray firstLine = m_file.readLine();
    const QJsonDocument first = QJsonDocument::fromJson(firstLine.trimmed());
    if (first.isObject() && !m_file.atEnd()) {
        QByteArray rest = m_file.peek(4096).trimmed();
        if (rest.startsWith('{')) {
            m_mode = Mode::Lines;
            m_file.seek(0);
            return true;
        }
    }
    m_file.seek(0);
    const QByteArray data = m_file.readAll();
    if (data.trimmed().isEmpty())
        return fail(tr("the file is empty"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(tr("not valid JSON: %1 at %2").arg(error.errorString(), position(data, error.offset)));
    if (doc.isArray()) {
        m_mode = Mode::Array;
        m_array = doc.array();
        return true;
    }
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
        if (m_index >= m_array.size())
            return Next::End;
        const int i = m_index++;
        const QString path = QStringLiteral("$[%1]").arg(i);
        if (!m_array.at(i).isObject()) {
            // Show what is there instead ("1", "null", "[...]").
            const QJsonValue v = m_array.at(i);
            const QString value = v.isString() ? v.toString()
                                               : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)
                                                                       .chopped(1)
                                                                       .mid(1));
            *issue = {m_path, path, QString(), value, tr("not a JSON object")};
            return Next::Issue;
        }
        return readObject(m_array.at(i).toObject(), QString(), path, facts, issue);
    }
    case Mode::Lines:
        while (!m_file.atEnd()) {
            const QByteArray line = m_file.readLine().trimmed();
            ++m_line;
            if (line.isEmpty())
                continue;
            const QString where = tr("line %1").arg(m_line);
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject()) {
                *issue = {m_path, where, QString(), QString(),
                          error.error != QJsonParseError::NoError
                              ? tr("not valid JSON: %1 at column %2").arg(error.errorString()).arg(error.offset + 1)
                              : tr("not a JSON object")};
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
    case Mode::Array: return m_array.isEmpty() ? 1.0 : double(m_index) / m_array.size();
    case Mode::Lines: return m_file.size() > 0 ? double(m_file.pos()) / m_file.size() : 1.0;
    }
    return 0;
}
