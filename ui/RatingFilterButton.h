// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/Grade.h>

#include <QSet>
#include <QToolButton>

class QAction;

// The trust list's overall-rating filter: a menu of the four grades and
// "No grade", any number checked at once, with "Any rating" and a
// "Requires improvement or worse" shortcut. Its text says what is chosen.
class RatingFilterButton : public QToolButton
{
    Q_OBJECT
public:
    explicit RatingFilterButton(QWidget *parent = nullptr);

    QSet<Grade> grades() const; // empty: any rating
    void setGrades(const QSet<Grade> &grades);
    // Its actions, for tests and the keyboard: "any", "requiresImprovementOrWorse", or a grade's.
    QAction *anyAction() const { return m_any; }
    QAction *worseAction() const { return m_worse; }
    QAction *gradeAction(Grade grade) const;

Q_SIGNALS:
    void gradesChanged(const QSet<Grade> &grades);

private:
    void updateText();

    QAction *m_any;
    QAction *m_worse;
    QList<QAction *> m_grades;
};
