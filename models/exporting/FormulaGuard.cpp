// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <exporting/FormulaGuard.h>

namespace FormulaGuard {

bool isFormulaLike(const QString &text)
{
    if (text.isEmpty())
        return false;
    switch (text.at(0).unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '|':
    case '\t':
    case '\r':
    case 0xFF1D:
    case 0xFF0B:
    case 0xFF0D:
    case 0xFF20:
    case 0xFF5C: return true;
    default: return false;
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

QString guarded(const QString &text)
{
    return isFormulaLike(text) ? QLatin1Char('\'') + text : text;
}

} // namespace FormulaGuard
