#pragma once

#include <QString>
#include <QVector>

class QIODevice;

// One exported value. Text may be guarded against spreadsheet formulas;
// numbers and dates never are (a negative number stays a number).
struct ExportCell
{
    enum class Kind { Text, Number, Date };
    QString text;
    Kind kind = Kind::Text;
    QByteArray utf8;    // the same text already in UTF-8 (large exports); used when not null

    static ExportCell textCell(const QString &t) { return {t, Kind::Text, {}}; }
    static ExportCell number(qint64 n) { return {QString::number(n), Kind::Number, {}}; }
    static ExportCell date(const QString &iso) { return {iso, Kind::Date, {}}; }
    static ExportCell utf8Cell(const QByteArray &bytes, Kind kind = Kind::Text) { return {{}, kind, bytes}; }
};

// Text from outside data must not run as a formula when pasted or opened in
// a spreadsheet (OWASP "CSV injection"): text starting with = + - @ | tab
// or CR, or their full-width forms (＝ ＋ － ＠ ｜, which spreadsheets in
// some locales also read as formulas), gets a leading apostrophe.
namespace FormulaGuard {
bool isFormulaLike(const QByteArray &utf8);
bool isFormulaLike(const QString &text);
QString guarded(const QString &text);
}

struct CsvOptions
{
    char separator = ',';
    bool bom = false;           // UTF-8 byte order mark, for Excel
    bool crlf = false;
    bool header = true;
    bool formulaGuard = true;   // prefix ' to formula-like text (FormulaGuard)

    // "," ";" "tab" (or a literal tab); false for anything else.
    static bool separatorFromName(const QString &name, char *out);
};

// Writes RFC 4180 CSV in UTF-8: fields holding the separator, a quote or a
// line break are quoted, quotes doubled.
class CsvWriter
{
public:
    CsvWriter(QIODevice *device, const CsvOptions &options);

    bool writeHeader(const QStringList &headers);   // no-op when options.header is false
    bool writeRow(const QVector<ExportCell> &cells);
    bool hasError() const { return m_error; }

    // The field as it goes into the file (guarded, quoted), without separator.
    static QByteArray encode(const ExportCell &cell, const CsvOptions &options);

private:
    bool writeLine(const QVector<ExportCell> &cells);
    QIODevice *m_device;
    CsvOptions m_options;
    bool m_started = false;
    bool m_error = false;
    QByteArray m_line;
};
