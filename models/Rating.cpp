#include "Rating.h"

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
