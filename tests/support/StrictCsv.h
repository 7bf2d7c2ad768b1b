// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

// An independent, strict RFC 4180 reader for the export tests. It shares no
// code with models/importing/CsvReader or models/exporting/CsvWriter, and it
// refuses anything a careless writer could produce: a quote inside an
// unquoted field, text after a closing quote, an unterminated quoted field, a
// line end other than the one expected, a last record without its line end,
// rows of unequal length and bytes that are not UTF-8.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QProcess>
#include <QStringDecoder>
#include <QStringList>

namespace StrictCsv {

enum class LineEnd { LF, CRLF };

struct Result
{
    bool ok = false;
    QString error;              // where and what, for the failure message
    bool bom = false;           // the file began with EF BB BF
    QList<QStringList> rows;
    QList<QByteArray> terminators;  // each record's line end as found
};

inline QString decodeField(const QByteArray &bytes, bool *ok)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString s = decoder(bytes);
    *ok = !decoder.hasError();
    return s;
}

// Parses `data` written with `separator` and `lineEnd`. A leading BOM is
// reported in Result::bom and not made part of the first field.
inline Result parse(const QByteArray &data, char separator, LineEnd lineEnd)
{
    Result r;
    int i = 0;
    const int n = int(data.size());
    if (data.startsWith("\xEF\xBB\xBF")) {
        r.bom = true;
        i = 3;
    }
    auto fail = [&](int at, const QString &what) {
        r.ok = false;
        r.error = QStringLiteral("byte %1: %2").arg(at).arg(what);
        r.rows.clear();
        return r;
    };
    QStringList record;
    QByteArray field;
    while (i < n) {
        // One field starts at i.
        field.clear();
        if (data.at(i) == '"') {
            ++i;
            for (;;) {
                if (i >= n)
                    return fail(i, QStringLiteral("end of data inside a quoted field"));
                const char c = data.at(i);
                if (c == '"') {
                    if (i + 1 < n && data.at(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    ++i; // closing quote
                    break;
                }
                field.append(c);
                ++i;
            }
            // After a closing quote only a separator or a line end may follow.
            if (i < n && data.at(i) != separator && data.at(i) != '\r' && data.at(i) != '\n')
                return fail(i, QStringLiteral("text after a closing quote"));
        } else {
            while (i < n && data.at(i) != separator && data.at(i) != '\r' && data.at(i) != '\n') {
                if (data.at(i) == '"')
                    return fail(i, QStringLiteral("a quote inside an unquoted field"));
                field.append(data.at(i));
                ++i;
            }
        }
        bool utf8 = false;
        record << decodeField(field, &utf8);
        if (!utf8)
            return fail(i, QStringLiteral("a field that is not UTF-8"));
        if (i >= n)
            return fail(i, QStringLiteral("the last record has no line end"));
        if (data.at(i) == separator) {
            ++i;
            continue; // (a separator at the very end is caught above as a missing line end)
        }
        // A line end.
        QByteArray terminator;
        if (data.at(i) == '\r') {
            if (i + 1 < n && data.at(i + 1) == '\n')
                terminator = "\r\n";
            else
                return fail(i, QStringLiteral("a bare CR outside quotes"));
        } else {
            terminator = "\n";
        }
        if (terminator != (lineEnd == LineEnd::CRLF ? QByteArray("\r\n") : QByteArray("\n")))
            return fail(i, QStringLiteral("line end %1 where %2 was expected")
                               .arg(QString::fromLatin1(terminator.toPercentEncoding()),
                                    lineEnd == LineEnd::CRLF ? QStringLiteral("CRLF") : QStringLiteral("LF")));
        i += int(terminator.size());
        r.terminators << terminator;
        if (!r.rows.isEmpty() && r.rows.first().size() != record.size())
            return fail(i, QStringLiteral("record %1 has %2 fields, the first has %3")
                               .arg(r.rows.size() + 1)
                               .arg(record.size())
                               .arg(r.rows.first().size()));
        r.rows << record;
        record.clear();
    }
    if (!record.isEmpty())
        return fail(n, QStringLiteral("the last record has no line end"));
    r.ok = true;
    return r;
}

inline QString show(const QList<QStringList> &rows)
{
    QStringList lines;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (QString cell : row)
            cells << QStringLiteral("[%1]").arg(cell.replace(QLatin1Char('\r'), QLatin1String("\\r"))
                                                      .replace(QLatin1Char('\n'), QLatin1String("\\n"))
                                                      .replace(QLatin1Char('\t'), QLatin1String("\\t")));
        lines << cells.join(QLatin1Char(' '));
    }
    return lines.join(QLatin1Char('\n'));
}

// Python's csv module (strict mode) reading `path`: the rows it sees, or
// ok == false with its message. "utf-8-sig" drops a BOM as Excel does.
struct PythonResult
{
    bool ok = false;
    QString error;
    QList<QStringList> rows;
};

inline PythonResult readWithPython(const QString &path, char separator, bool bom)
{
    static const char script[] =
        "import csv, json, sys\n"
        "path, sep, enc = sys.argv[1], sys.argv[2], sys.argv[3]\n"
        "with open(path, newline='', encoding=enc, errors='strict') as f:\n"
        "    rows = list(csv.reader(f, delimiter=sep, quotechar='\"', doublequote=True, strict=True))\n"
        "sys.stdout.write(json.dumps(rows, ensure_ascii=True))\n";
    PythonResult r;
    QProcess p;
    p.start(QStringLiteral("python3"),
            {QStringLiteral("-c"), QString::fromLatin1(script), path, QString(QLatin1Char(separator)),
             bom ? QStringLiteral("utf-8-sig") : QStringLiteral("utf-8")});
    if (!p.waitForStarted(30000)) {
        r.error = QStringLiteral("python3 did not start (%1); bootstrap.sh installs it").arg(p.errorString());
        return r;
    }
    if (!p.waitForFinished(60000)) {
        p.kill();
        r.error = QStringLiteral("python3 did not finish");
        return r;
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        r.error = QStringLiteral("python3 csv failed: %1").arg(QString::fromUtf8(p.readAllStandardError()));
        return r;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(p.readAllStandardOutput(), &parseError);
    if (!doc.isArray()) {
        r.error = QStringLiteral("python3 printed no JSON array: %1").arg(parseError.errorString());
        return r;
    }
    for (const QJsonValue &row : doc.array()) {
        QStringList cells;
        for (const QJsonValue &cell : row.toArray())
            cells << cell.toString();
        r.rows << cells;
    }
    r.ok = true;
    return r;
}

} // namespace StrictCsv
