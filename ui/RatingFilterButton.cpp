// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "RatingFilterButton.h"

#include <core/Rating.h>

#include <QMenu>

static const Grade choices[] = {Grade::Outstanding, Grade::Good, Grade::RequiresImprovement, Grade::Inadequate,
                                Grade::NotAGrade};

RatingFilterButton::RatingFilterButton(QWidget *parent) : QToolButton(parent)
{
    auto *menu = new QMenu(this);
    m_any = menu->addAction(tr("Any rating"));
    m_any->setObjectName(QStringLiteral("anyRating"));
    m_worse = menu->addAction(tr("Requires improvement or worse"));
    m_worse->setObjectName(QStringLiteral("requiresImprovementOrWorse"));
    menu->addSeparator();
    for (Grade g : choices) {
        QAction *a = menu->addAction(g == Grade::NotAGrade ? tr("No grade") : Rating::gradeText(g));
        a->setCheckable(true);
        a->setData(int(g));
        connect(a, &QAction::triggered, this, [this] {
            updateText();
            Q_EMIT gradesChanged(grades());
        });
        m_grades << a;
    }
    connect(m_any, &QAction::triggered, this, [this] {
        setGrades({});
        Q_EMIT gradesChanged(grades());
    });
    connect(m_worse, &QAction::triggered, this, [this] {
        setGrades({Grade::RequiresImprovement, Grade::Inadequate});
        Q_EMIT gradesChanged(grades());
    });
    setMenu(menu);
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Overall rating"));
    setToolTip(tr("Show trusts with any of the checked overall ratings"));
    updateText();
}

QAction *RatingFilterButton::gradeAction(Grade grade) const
{
    for (QAction *a : m_grades)
        if (Grade(a->data().toInt()) == grade)
            return a;
    return nullptr;
}

QSet<Grade> RatingFilterButton::grades() const
{
    QSet<Grade> out;
    for (QAction *a : m_grades)
        if (a->isChecked())
            out.insert(Grade(a->data().toInt()));
    return out;
}

void RatingFilterButton::setGrades(const QSet<Grade> &grades)
{
    for (QAction *a : m_grades)
        a->setChecked(grades.contains(Grade(a->data().toInt())));
    updateText();
}

void RatingFilterButton::updateText()
{
    const QSet<Grade> chosen = grades();
    QString text;
    if (chosen.isEmpty())
        text = tr("Any rating");
    else if (chosen == QSet<Grade>{Grade::RequiresImprovement, Grade::Inadequate})
        text = tr("Requires improvement or worse");
    else if (chosen.size() == 1)
        text = gradeAction(*chosen.cbegin())->text();
    else
        text = tr("%n ratings", nullptr, int(chosen.size()));
    setText(text);
}
