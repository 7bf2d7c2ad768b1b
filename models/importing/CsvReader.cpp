// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <importing/CsvReader.h>

#include <QIODevice>

// 256 KiB per read: big enough that device overhead is negligible, small
// enough that a 130 MB file never sits in memory.
static constexpr qsizetype ChunkSize = 256 * 1024;
// Limits no real file comes near (CQC's rows are under 2 KB, its longest
// cells a few hundred characters), so that memory stays bounded whatever
// the input: a record, or an unterminated quote, is not read without end.
static constexpr qsizetype MaxRecordBytes = 1 << 20;
static constexpr qsizetype MaxFieldCharacters = 32767; // what spreadsheets allow in a cell

namespace {

// True for bytes that cannot end an unquoted field. Everything above '\r'
// except the separator is plain, so the common case is two comparisons.
inline bool isPlain(uchar c, uchar separator)
{
    if (c > '\r')
        return c != separator;
    return c != '\n' && c != '\r' && c != '\0' && c != separator;
}

inline bool isQuotedPlain(char c)
{
    return c != '"' && c != '\n' && c != '\r' && c != '\0';
}

QString nulError(qint64 line)
{
    return QStringLiteral("line %1: binary data (NUL byte); this is not a text file").arg(line);
}

} // namespace

CsvReader::CsvReader(QIODevice *device, char separator) : m_device(device), m_separator(separator)
{}

// Drops the bytes already consumed and appends the next chunk. A record that
// has outgrown the buffer doubles the read, so re-parsing a huge record from
// its start after each refill stays linear overall. Returns false when the
// device has nothing more (m_eof) or failed (m_error).
bool CsvReader::fill()
{
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos); // keeps the capacity: no reallocation per chunk
        m_pos = 0;
    }
    const qsizetype kept = m_buffer.size();
    if (kept > MaxRecordBytes) {
        m_error = QStringLiteral("line %1: a record longer than %2 MB (an unterminated quote, or not a CQC file)")
                      .arg(m_line)
                      .arg(MaxRecordBytes >> 20);
        return false;
    }
    const qsizetype want = qMax(ChunkSize, kept);
    m_buffer.resize(kept + want);
    const qint64 got = m_device->read(m_buffer.data() + kept, want);
    m_buffer.resize(kept + qMax<qint64>(got, 0));
    if (got < 0) {
        m_error = QStringLiteral("line %1: read error: %2").arg(m_line).arg(m_device->errorString());
        return false;
    }
    if (got == 0) {
        m_eof = true;
        return false;
    }
    return true;
}

// Parses one record from m_pos. Works only on the buffer; when a decision
// needs bytes not yet read (end of a field, a CR that may be followed by LF,
// a quote that may be doubled) and the device is not exhausted, it returns
// NeedMore and the caller refills and parses the same record again from its
// start. Records that straddle a chunk boundary are rare (one per chunk), so
// re-parsing is cheaper than carrying a resumable state machine, and the
// common path converts straight from the buffer without copying.
CsvReader::Step CsvReader::parseRecord(QStringList *fields)
{
    const char *const begin = m_buffer.constData();
    const char *const end = begin + m_buffer.size();
    const char *p = begin + m_pos;
    const uchar separator = uchar(m_separator);
    qint64 line = m_line;

    if (p == end)
        return m_eof ? Step::End : Step::NeedMore;

    const auto finish = [&] {
        m_recordLine = m_line;
        m_bytesRead += (p - begin) - m_pos;
        m_pos = p - begin;
        m_line = line;
        return Step::Record;
    };
    const auto fail = [&](const QString &message) {
        m_recordLine = m_line;
        m_error = message;
        return Step::Error;
    };
    // After a field: a separator starts another field; a line end or the end
    // of the input ends the record. *p is known not to be a plain byte here.
    const auto afterField = [&]() -> Step {
        if (p == end)
            return finish(); // only reached at EOF: callers check m_eof first
        const char c = *p;
        if (uchar(c) == separator) {
            ++p;
            return Step::NextField;
        }
        if (c == '\n') {
            ++p;
            ++line;
            return finish();
        }
        if (c == '\r') {
            // Need to see the next byte to swallow the LF of a CRLF.
            if (p + 1 == end && !m_eof)
                return Step::NeedMore;
            p += (p + 1 < end && p[1] == '\n') ? 2 : 1;
            ++line;
            return finish();
        }
        if (c == '\0')
            return fail(nulError(line));
        return fail(QStringLiteral("line %1: unexpected character after closing quote").arg(line));
    };

    for (;;) {
        if (p == end) {
            // The input ends right after a separator: the last field is empty.
            if (!m_eof)
                return Step::NeedMore;
            fields->append(QString());
            return finish();
        }

        if (*p != '"') {
            const char *start = p;
            // A stray quote inside an unquoted field is kept literally, as
            // spreadsheets read it.
            uchar seen = 0; // any byte with the high bit set needs UTF-8 checking
            while (p < end && isPlain(uchar(*p), separator))
                seen |= uchar(*p++);
            if (p == end && !m_eof)
                return Step::NeedMore;
            if (!takeField(fields, start, p - start, seen))
                return fail(m_fieldError);
            const Step step = afterField();
            if (step != Step::NextField)
                return step;
            continue;
        }

        // Quoted field. Runs without "" or CRLF are converted straight from
        // the buffer; otherwise the pieces are gathered in m_field first.
        const qint64 openLine = line;
        ++p;
        const char *segment = p;
        bool gathered = false;
        m_field.clear();
        for (;;) {
            while (p < end && isQuotedPlain(*p))
                ++p;
            if (p == end) {
                if (!m_eof)
                    return Step::NeedMore;
                // Name the last line that has content, not the empty one
                // after a final line end.
                const qint64 lastLine = (end[-1] == '\n' || end[-1] == '\r') ? line - 1 : line;
                return fail(QStringLiteral("line %1: unterminated quoted field (opened on line %2)")
                                .arg(qMax(lastLine, openLine))
                                .arg(openLine));
            }
            const char c = *p;
            if (c == '"') {
                if (p + 1 == end && !m_eof)
                    return Step::NeedMore;
                if (p + 1 < end && p[1] == '"') {
                    m_field.append(segment, p + 1 - segment); // keep one quote
                    p += 2;
                    segment = p;
                    gathered = true;
                    continue;
                }
                if (gathered) {
                    m_field.append(segment, p - segment);
                    if (!takeField(fields, m_field.constData(), m_field.size(), 0x80))
                        return fail(m_fieldError);
                } else if (!takeField(fields, segment, p - segment, 0x80)) {
                    return fail(m_fieldError);
                }
                ++p;
                break;
            }
            if (c == '\n') {
                ++p;
                ++line;
            } else if (c == '\r') {
                // A CR that is the last byte read needs no look-ahead: the
                // field is still open, so the record is re-parsed once more
                // bytes are in.
                if (p + 1 < end && p[1] == '\n') {
                    // A spreadsheet's CRLF inside a cell is one line break.
                    m_field.append(segment, p - segment);
                    m_field.append('\n');
                    p += 2;
                    segment = p;
                    gathered = true;
                } else {
                    ++p;
                }
                ++line;
            } else {
                return fail(nulError(line));
            }
        }
        const Step step = afterField();
        if (step != Step::NextField)
            return step;
    }
}

// Appends one field, checked: text must be UTF-8 (a file in another
// encoding would otherwise be stored as U+FFFD replacement characters) and
// no longer than a spreadsheet cell. `seen` is the OR of the field's bytes,
// so that the common ASCII field skips the UTF-8 check.
bool CsvReader::takeField(QStringList *fields, const char *bytes, qsizetype size, uchar seen)
{
    const QByteArrayView view(bytes, size);
    if ((seen & 0x80) && !view.isValidUtf8()) {
        m_fieldError = QStringLiteral("line %1, field %2: not UTF-8 text (save the file as UTF-8 CSV)")
                           .arg(m_line)
                           .arg(fields->size() + 1);
        return false;
    }
    if (size > MaxFieldCharacters) {
        const QString text = QString::fromUtf8(view);
        if (text.size() > MaxFieldCharacters) {
            m_fieldError = QStringLiteral("line %1, field %2: more than %3 characters in one field")
                               .arg(m_line)
                               .arg(fields->size() + 1)
                               .arg(MaxFieldCharacters);
            return false;
        }
        fields->append(text);
        return true;
    }
    fields->append(QString::fromUtf8(view));
    return true;
}

bool CsvReader::readRecord(QStringList *fields)
{
    fields->clear();
    if (hasError())
        return false;
    if (!m_started) {
        m_started = true;
        if (!m_device || !m_device->isReadable()) {
            m_error = QStringLiteral("line 1: the input is not open for reading");
            return false;
        }
        while (m_buffer.size() - m_pos < 3 && fill()) {}
        if (hasError())
            return false;
        if (m_buffer.startsWith("\xEF\xBB\xBF")) {
            m_pos = 3;
            m_bytesRead = 3;
        }
    }
    for (;;) {
        switch (parseRecord(fields)) {
        case Step::Record: return true;
        case Step::End:
        case Step::Error:
        case Step::NextField: // never returned by parseRecord()
            fields->clear();
            return false;
        case Step::NeedMore:
            fields->clear();
            if (!fill() && hasError())
                return false;
            break;
        }
    }
}
