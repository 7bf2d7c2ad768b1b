// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/Grade.h>

#include <QString>
#include <QStringList>

// A value read from a CQC rating field, with its spelling normalised.
class Rating
{
public:
    Rating() = default;
    // Normalises the grades' spelling ("Requires Improvement" ->
    // "Requires improvement"); non-grade text is kept as given, trimmed.
    static Rating fromText(const QString &text);
    // For importers: a known grade (any case) or one of the non-grades CQC
    // is known to write (knownNonGrades()); false for anything else
    // ("Goood"), which is bad input, not a grey tile.
    static bool parse(const QString &text, Rating *out);
    // The non-grade values seen in CQC's rating fields (DESIGN.md section
    // 1, CQC-DATA.md), in their usual spelling; matched without case.
    static const QStringList &knownNonGrades();

    bool isEmpty() const { return m_grade == Grade::None; }
    bool isGrade() const { return m_grade != Grade::None && m_grade != Grade::NotAGrade; }
    Grade grade() const { return m_grade; }
    const QString &text() const { return m_text; }

    // 1 (Outstanding) .. 4 (Inadequate), 5 for non-grades, 6 for empty:
    // the order in which a list sorts ratings.
    int sortRank() const;

    // CQC's own words, never translated: the window shows ratings as CQC
    // publishes them (like the non-grades and the service names, they are
    // data), and exported files must not change with the language.
    static QString gradeText(Grade grade);

    bool operator==(const Rating &other) const { return m_text == other.m_text; }
    bool operator!=(const Rating &other) const { return !(*this == other); }

private:
    Rating(Grade grade, QString text) : m_grade(grade), m_text(std::move(text)) {}
    Grade m_grade = Grade::None;
    QString m_text;
};
