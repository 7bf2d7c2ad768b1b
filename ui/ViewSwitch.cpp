// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "ViewSwitch.h"

#include <QAction>
#include <QActionGroup>
#include <QHBoxLayout>
#include <QMenu>
#include <QMenuBar>
#include <QToolButton>

ViewSwitch::ViewSwitch(QMenu *menu, QMenuBar *bar, QObject *parent)
    : QObject(parent), m_trusts(menu->addAction(tr("&Trusts"))), m_england(menu->addAction(tr("&England")))
{
    m_trusts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_england->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_trusts->setToolTip(tr("The trust list, one trust's ratings and its changes (Ctrl+1)"));
    m_england->setToolTip(tr("Every trust at once: distribution, league table, what changed (Ctrl+2)"));
    auto *group = new QActionGroup(this);
    auto *corner = new QWidget(bar);
    auto *row = new QHBoxLayout(corner);
    row->setContentsMargins(0, 0, 4, 0);
    row->setSpacing(0);
    for (QAction *a : {m_trusts, m_england}) {
        a->setCheckable(true);
        group->addAction(a);
        auto *button = new QToolButton(corner);
        button->setDefaultAction(a);
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::NoFocus);
        row->addWidget(button);
        connect(a, &QAction::triggered, this, [this, a] { Q_EMIT chosen(a == m_england); });
    }
    m_trusts->setChecked(true);
    bar->setCornerWidget(corner);
}

void ViewSwitch::setEngland(bool england)
{
    (england ? m_england : m_trusts)->setChecked(true);
}

bool ViewSwitch::isEngland() const
{
    return m_england->isChecked();
}
