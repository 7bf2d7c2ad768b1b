// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QMessageBox;

// A test hook, off unless TRUSTRATINGS_REPORT_DIALOGS=1: once a watched
// message box is on screen, prints "dialog shown: TITLE", its text and its
// informative text on stdout, one line each, and presses its button as a
// user reading it would. Nobody can click on the offscreen platform;
// tst_commandline reads these lines to know that the real binary did show
// the box, and what it said.
class DialogReporter : public QObject
{
    Q_OBJECT
public:
    static bool requested();
    // Watches `box`; the reporter is a child of it.
    static void watch(QMessageBox *box);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit DialogReporter(QMessageBox *box);
    QMessageBox *m_box;
    bool m_done = false;
};
