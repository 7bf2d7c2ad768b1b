// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// The reference for the start-up benchmarks: a bare Qt Widgets program that
// shows one empty QMainWindow of the main window's size, and quits after its
// first frame, through the same FirstPaintWatcher as trustratings.
#include "FirstPaintWatcher.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1280, 800);
    FirstPaintWatcher::watch(&window);
    window.show();
    return app.exec();
}
