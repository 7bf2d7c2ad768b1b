// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

// Text from outside data must not run as a formula when pasted or opened in
// a spreadsheet (OWASP "CSV injection"): text starting with = + - @ | tab
// or CR, or their full-width forms (＝ ＋ － ＠ ｜, which spreadsheets in
// some locales also read as formulas), gets a leading apostrophe.
namespace FormulaGuard {
bool isFormulaLike(const QByteArray &utf8);
bool isFormulaLike(const QString &text);
QString guarded(const QString &text);
} // namespace FormulaGuard
