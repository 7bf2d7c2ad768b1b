// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "TaskProgressDialog.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QProgressDialog>

namespace TaskProgressDialog {

QProgressDialog *open(QWidget *window, const QString &title, const QString &label, const QFutureWatcherBase *watcher)
{
    auto *progress = new QProgressDialog(label, QCoreApplication::translate("ImportController", "Cancel"), 0, 100,
                                         window);
    progress->setWindowTitle(title);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setValue(0);
    QObject::connect(watcher, &QFutureWatcherBase::progressRangeChanged, progress, &QProgressDialog::setRange);
    QObject::connect(watcher, &QFutureWatcherBase::progressValueChanged, progress, &QProgressDialog::setValue);
    QObject::connect(watcher, &QFutureWatcherBase::progressTextChanged, progress, &QProgressDialog::setLabelText);
    return progress;
}

} // namespace TaskProgressDialog
