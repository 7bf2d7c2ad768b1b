// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "FirstPaintWatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

#include <cstdio>

bool FirstPaintWatcher::requested()
{
    return qEnvironmentVariableIntValue("TRUSTRATINGS_EXIT_AFTER_FIRST_PAINT") == 1;
}

bool FirstPaintWatcher::listReadyRequested()
{
    return qEnvironmentVariableIntValue("TRUSTRATINGS_EXIT_AFTER_LIST_READY") == 1;
}

void FirstPaintWatcher::listReady()
{
    QMetaObject::invokeMethod(
        QCoreApplication::instance(),
        [] {
            std::fputs("trust list ready\n", stderr);
            std::fflush(stderr);
            QCoreApplication::exit(0);
        },
        Qt::QueuedConnection);
}

void FirstPaintWatcher::watch(QWidget *window, bool untilListReady)
{
    window->installEventFilter(new FirstPaintWatcher(window, untilListReady));
}

FirstPaintWatcher::FirstPaintWatcher(QWidget *window, bool untilListReady)
    : QObject(window), m_untilListReady(untilListReady)
{}

bool FirstPaintWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_done && event->type() == QEvent::Paint) {
        m_done = true;
        // Queued: runs once this paint, the rest of the frame and its flush
        // to the window's backing store have finished.
        QMetaObject::invokeMethod(
            this,
            [quit = !m_untilListReady] {
                std::fputs("first frame painted\n", stderr);
                std::fflush(stderr);
                if (quit)
                    QCoreApplication::exit(0);
            },
            Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}
