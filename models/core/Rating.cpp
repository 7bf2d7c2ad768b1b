// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <core/Rating.h>

QString Rating::gradeText(Grade grade)
{
    switch (grade) {
    case Grade::Outstanding: return QStringLiteral("Outstanding");
    case Grade::Good: return QStringLiteral("Good");
    case Grade::RequiresImprovement: return QStringLiteral("Requires improvement");
    case Grade::Inadequate: return QStringLiteral("Inadequate");
    case Grade::None:
    case Grade::NotAGrade: break;
    }
    return {};
}

Rating Rating::fromText(const QString &text)
{
    // Exact spellings first: the data files use them on nearly every row.
    for (Grade g : {Grade::Good, Grade::RequiresImprovement, Grade::Outstanding, Grade::Inadequate}) {
        static const QString canonical[] = {gradeText(Grade::None), gradeText(Grade::Outstanding),
                                            gradeText(Grade::Good), gradeText(Grade::RequiresImprovement),
                                            gradeText(Grade::Inadequate)};
        if (text == canonical[int(g)])
            return Rating(g, canonical[int(g)]);
    }
    const QString trimmed = text.simplified();
    if (trimmed.isEmpty())
        return {};
    for (Grade g : {Grade::Outstanding, Grade::Good, Grade::RequiresImprovement, Grade::Inadequate}) {
        const QString canonical = gradeText(g);
        if (trimmed.compare(canonical, Qt::CaseInsensitive) == 0)
            return Rating(g, canonical);
    }
    return Rating(Grade::NotAGrade, trimmed);
}

int Rating::sortRank() const
{
    switch (m_grade) {
    case Grade::Outstanding: return 1;
    case Grade::Good: return 2;
    case Grade::RequiresImprovement: return 3;
    case Grade::Inadequate: return 4;
    case Grade::NotAGrade: return 5;
    case Grade::None: break;
    }
    return 6;
}

const QStringList &Rating::knownNonGrades()
{
    static const QStringList values = {
        QStringLiteral("Inspected but not rated"),
        QStringLiteral("Insufficient evidence to rate"),
        QStringLiteral("No published rating"),
        QStringLiteral("Not rated"),
        QStringLiteral("No action"),
        QStringLiteral("Not applicable"),
        QStringLiteral("Regulations met"),
        QStringLiteral("Not all regulations met"),
        QStringLiteral("Rating suspended"),
        QStringLiteral("Rating under appeal"),
        QStringLiteral("Suspended"),
        QStringLiteral("Under appeal"),
        QStringLiteral("Do not include in report"),
    };
    return values;
}

bool Rating::parse(const QString &text, Rating *out)
{
    const Rating r = fromText(text);
    if (r.m_grade != Grade::NotAGrade) {
        *out = r;
        return true;
    }
    // Kept as the file spells it ("Not Rated" and "Not rated" both occur).
    for (const QString &known : knownNonGrades()) {
        if (r.m_text.compare(known, Qt::CaseInsensitive) == 0) {
            *out = r;
            return true;
        }
    }
    return false;
}
