// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

class QFutureWatcherBase;
class QProgressDialog;
class QString;
class QWidget;

// The window-modal progress dialog of a task on the pool (an import, the
// ratings export): shown after 300 ms, following the watcher's progress
// range, value and text, and left open at 100 % until its owner deletes
// it when the task ends (so it never lingers over the result box). Its
// canceled() signal is the owner's to connect.
namespace TaskProgressDialog {
QProgressDialog *open(QWidget *window, const QString &title, const QString &label, const QFutureWatcherBase *watcher);
}
