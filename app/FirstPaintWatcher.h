// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QWidget;

// A benchmark hook, off unless TRUSTRATINGS_EXIT_AFTER_FIRST_PAINT=1: once
// the window has painted its first frame, prints "first frame painted" on
// stderr and quits the event loop. trbench (tests/bench) times a start from
// outside up to that line; bare_window uses the same class.
class FirstPaintWatcher : public QObject
{
    Q_OBJECT
public:
    static bool requested();
    // Watches `window`; the watcher is a child of it.
    static void watch(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FirstPaintWatcher(QWidget *window);
    bool m_done = false;
};
