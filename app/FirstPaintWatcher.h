// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QWidget;

// A benchmark hook, off unless TRUSTRATINGS_EXIT_AFTER_FIRST_PAINT=1: once
// the window has painted its first frame, prints "first frame painted" on
// stderr and quits the event loop. trbench (tests/bench) times a start from
// outside up to that line; bare_window uses the same class. With
// TRUSTRATINGS_EXIT_AFTER_LIST_READY=1 too, trustratings's watcher does not
// quit there: the window calls listReady() when its trust list is filled,
// which prints "trust list ready" and quits.
class FirstPaintWatcher : public QObject
{
    Q_OBJECT
public:
    static bool requested();
    static bool listReadyRequested();
    // The trust list is filled: the line, then quit, once this event is done.
    static void listReady();
    // Watches `window`; the watcher is a child of it. `untilListReady`:
    // print at the first frame, quit at listReady().
    static void watch(QWidget *window, bool untilListReady = false);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FirstPaintWatcher(QWidget *window, bool untilListReady);
    bool m_done = false;
    bool m_untilListReady;
};
