// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <core/KeyQuestion.h>

#include <QCoreApplication>

namespace KeyQuestions {

QString name(KeyQuestion kq)
{
    switch (kq) {
    case KeyQuestion::Safe: return QStringLiteral("Safe");
    case KeyQuestion::Effective: return QStringLiteral("Effective");
    case KeyQuestion::Caring: return QStringLiteral("Caring");
    case KeyQuestion::Responsive: return QStringLiteral("Responsive");
    case KeyQuestion::WellLed: return QStringLiteral("Well-led");
    case KeyQuestion::Overall: return QStringLiteral("Overall");
    case KeyQuestion::UseOfResources: return QStringLiteral("Use of resources");
    case KeyQuestion::Combined: return QStringLiteral("Combined quality and use of resources");
    }
    return {};
}

QString label(KeyQuestion kq)
{
    // Marked for lupdate, in enum order. These label the window's columns;
    // data files and CSV exports keep CQC's spelling (name()).
    static const char *const labels[] = {
        QT_TRANSLATE_NOOP("KeyQuestions", "Safe"),
        QT_TRANSLATE_NOOP("KeyQuestions", "Effective"),
        QT_TRANSLATE_NOOP("KeyQuestions", "Caring"),
        QT_TRANSLATE_NOOP("KeyQuestions", "Responsive"),
        QT_TRANSLATE_NOOP("KeyQuestions", "Well-led"),
        QT_TRANSLATE_NOOP("KeyQuestions", "Overall"),
        QT_TRANSLATE_NOOP("KeyQuestions", "Use of resources"),
        QT_TRANSLATE_NOOP("KeyQuestions", "Combined"),
    };
    static_assert(sizeof labels / sizeof *labels == int(KeyQuestion::Combined) + 1, "one label per key question");
    return QCoreApplication::translate("KeyQuestions", labels[int(kq)]);
}

static QString squeeze(const QString &s)
{
    QString out;
    for (QChar c : s)
        if (c.isLetter())
            out.append(c.toLower());
    return out;
}

bool fromName(const QString &text, KeyQuestion *out)
{
    // Exact spellings first: every row of a national file has one.
    for (KeyQuestion kq : all()) {
        if (text == name(kq)) {
            *out = kq;
            return true;
        }
    }
    const QString key = squeeze(text);
    for (KeyQuestion kq : all()) {
        if (squeeze(name(kq)) == key) {
            *out = kq;
            return true;
        }
    }
    if (key == QLatin1String("combinedquality") || key == QLatin1String("combinedqualityrating")) {
        *out = KeyQuestion::Combined;
        return true;
    }
    if (key == QLatin1String("useofresourcesrating")) {
        *out = KeyQuestion::UseOfResources;
        return true;
    }
    return false;
}

QList<KeyQuestion> standard()
{
    return {KeyQuestion::Safe,       KeyQuestion::Effective, KeyQuestion::Caring,
            KeyQuestion::Responsive, KeyQuestion::WellLed,   KeyQuestion::Overall};
}

QList<KeyQuestion> all()
{
    return standard() << KeyQuestion::UseOfResources << KeyQuestion::Combined;
}

} // namespace KeyQuestions
