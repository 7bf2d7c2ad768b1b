// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <importing/ImportResult.h>
#include <jobs/CancelToken.h>

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

class Database;
class QProgressDialog;
class QWidget;

// Runs the window's imports: asks before the first real import removes the
// sample, shows progress with a Cancel button while ImportTask works on a
// thread of the pool (QtConcurrent), reports every file's result, and offers to skip bad
// records when a file had some.
class ImportController : public QObject
{
    Q_OBJECT
public:
    // Imports into `db`, which must outlive the controller.
    ImportController(Database &db, QWidget *window);

    ~ImportController() override;

    bool isBusy() const { return m_watcher != nullptr; }
    // Starts importing `paths` (files or folders); false if nothing started.
    bool importPaths(const QStringList &paths, bool keepGoing = false);
    // Asks for a folder and imports every .json, .ndjson, .csv and .ods file
    // in it and its subfolders, as `trustratings import DIR` does (a folder
    // of API responses, say); false if none was chosen or nothing started.
    bool chooseFolder();
    // Cancels a running import, as the progress dialog's Cancel button does:
    // the file being imported rolls back and later files are not started.
    void cancel();

Q_SIGNALS:
    void imported(const QVector<ImportResult> &results);
    // The running import reported progress (its dialog shows it).
    void progressed(int value, const QString &text);

private:
    void onFinished();

    Database &m_db;
    QWidget *m_window;
    QFutureWatcher<ImportResult> *m_watcher = nullptr;
    CancelToken m_cancel;
    QPointer<QProgressDialog> m_progress;
    QStringList m_paths;
    bool m_keepGoing = false;
};
