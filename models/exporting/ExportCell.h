// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

// One exported value. Text may be guarded against spreadsheet formulas;
// numbers and dates never are (a negative number stays a number).
struct ExportCell
{
    enum class Kind { Text, Number, Date };
    QString text;
    Kind kind = Kind::Text;
    QByteArray utf8; // the same text already in UTF-8 (large exports); used when not null

    static ExportCell textCell(const QString &t) { return {t, Kind::Text, {}}; }
    static ExportCell number(qint64 n) { return {QString::number(n), Kind::Number, {}}; }
    static ExportCell date(const QString &iso) { return {iso, Kind::Date, {}}; }
    static ExportCell utf8Cell(const QByteArray &bytes, Kind kind = Kind::Text) { return {{}, kind, bytes}; }
};
