// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QMenuBar;

// View > Trusts (Ctrl+1) and England (Ctrl+2), one checked at a time, and
// the same two actions as buttons in the menu bar's corner, where they are
// always in sight and take no room from either view. The buttons stay out
// of the Tab chain, like a tool bar's: the shortcuts are their keys.
class ViewSwitch : public QObject
{
    Q_OBJECT
public:
    ViewSwitch(QMenu *menu, QMenuBar *bar, QObject *parent);

    QAction *trusts() const { return m_trusts; }
    QAction *england() const { return m_england; }
    void setEngland(bool england);
    bool isEngland() const;

Q_SIGNALS:
    void chosen(bool england);

private:
    QAction *m_trusts;
    QAction *m_england;
};
