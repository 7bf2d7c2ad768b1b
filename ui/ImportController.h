#pragma once

#include <importing/ImportTypes.h>

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>

class ImportJob;
class QProgressDialog;
class QWidget;

// Runs the window's imports: asks before the first real import removes the
// sample, shows progress with a Cancel button while an ImportJob works on
// its own thread, reports every file's result, and offers to skip bad
// records when a file had some.
class ImportController : public QObject
{
    Q_OBJECT
public:
    ImportController(QSqlDatabase db, QWidget *window);

    bool isBusy() const { return m_job != nullptr; }
    // Starts importing `paths` (files or folders); false if nothing started.
    bool importPaths(const QStringList &paths, bool keepGoing = false);
    // Asks for a folder and imports every .json, .ndjson, .csv and .ods file
    // in it and its subfolders, as `trustratings import DIR` does (a folder
    // of API responses, say); false if none was chosen or nothing started.
    bool chooseFolder();
    // Waits for a running import (tests, shutdown).
    void waitForFinished();
    // Cancels a running import, as the progress dialog's Cancel button does:
    // the file being imported rolls back and later files are not started.
    void cancel();

Q_SIGNALS:
    void imported(const QVector<ImportResult> &results);

private:
    void onProgress(const QString &file, int fileIndex, int fileCount, qint64 records, int percent);
    void onFinished(const QVector<ImportResult> &results);

    QSqlDatabase m_db;
    QWidget *m_window;
    ImportJob *m_job = nullptr;
    QPointer<QProgressDialog> m_progress;
    QStringList m_paths;
    bool m_keepGoing = false;
};
