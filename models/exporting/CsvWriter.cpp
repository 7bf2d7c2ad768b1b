#include <exporting/CsvWriter.h>

#include <QIODevice>

bool CsvOptions::separatorFromName(const QString &name, char *out)
{
    if (name == QLatin1String(","))
        *out = ',';
    else if (name == QLatin1String(";"))
        *out = ';';
    else if (name.compare(QLatin1String("tab"), Qt::CaseInsensitive) == 0 || name == QLatin1String("\t"))
        *out = '\t';
    else
        return false;
    return true;
}

namespace FormulaGuard {

bool isFormulaLike(const QString &text)
{
    if (text.isEmpty())
        return false;
    switch (text.at(0).unicode()) {
    case '=': case '+': case '-': case '@': case '|': case '\t': case '\r':
    case 0xFF1D: case 0xFF0B: case 0xFF0D: case 0xFF20: case 0xFF5C:
        return true;
    default:
        return false;
    }
}

bool isFormulaLike(const QByteArray &utf8)
{
    if (utf8.isEmpty())
        return false;
    const char first = utf8.at(0);
    if (first == '=' || first == '+' || first == '-' || first == '@' || first == '|' || first == '\t' || first == '\r')
        return true;
    // The full-width forms are EF BC 8B/8D/9D/A0 and EF BD 9C in UTF-8.
    return uchar(first) == 0xEF && isFormulaLike(QString::fromUtf8(utf8.left(3)));
}

QString guarded(const QString &text) { return isFormulaLike(text) ? QLatin1Char('\'') + text : text; }

} // namespace FormulaGuard

CsvWriter::CsvWriter(QIODevice *device, const CsvOptions &options) : m_device(device), m_options(options) {}

QByteArray CsvWriter::encode(const ExportCell &cell, const CsvOptions &options)
{
    QByteArray bytes = cell.utf8.isNull() ? cell.text.toUtf8() : cell.utf8;
    // A name taken from outside data must not run as a formula when the
    // file is opened in a spreadsheet (OWASP "CSV injection").
    if (options.formulaGuard && cell.kind == ExportCell::Kind::Text && FormulaGuard::isFormulaLike(bytes))
        bytes.prepend('\'');
    if (bytes.contains(options.separator) || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace('"', "\"\"");
        bytes.prepend('"');
        bytes.append('"');
    }
    return bytes;
}

bool CsvWriter::writeLine(const QVector<ExportCell> &cells)
{
    m_line.clear();
    if (!m_started) {
        m_started = true;
        if (m_options.bom)
            m_line.append("\xEF\xBB\xBF");
    }
    for (int i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_line.append(m_options.separator);
        m_line.append(encode(cells.at(i), m_options));
    }
    m_line.append(m_options.crlf ? "\r\n" : "\n");
    if (m_device->write(m_line) != m_line.size())
        m_error = true;
    return !m_error;
}

bool CsvWriter::writeHeader(const QStringList &headers)
{
    if (!m_options.header)
        return true;
    QVector<ExportCell> cells;
    for (const QString &h : headers)
        cells.append(ExportCell::textCell(h));
    return writeLine(cells);
}

bool CsvWriter::writeRow(const QVector<ExportCell> &cells) { return writeLine(cells); }
