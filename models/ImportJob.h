#pragma once

#include "ImportTypes.h"

#include <QAtomicInt>
#include <QObject>
#include <QThread>

// Runs imports off the GUI thread, on a thread with its own database
// connection (Qt's SQL connections must not cross threads). Reports
// progress and results through queued signals; cancel() is safe to call
// from the GUI thread and rolls the current file back.
class ImportJob : public QObject
{
    Q_OBJECT
public:
    ImportJob(QString databasePath, QStringList files, bool keepGoing, QObject *parent = nullptr);
    ~ImportJob() override;

    void start();
    void cancel();
    bool isRunning() const;
    void wait();

Q_SIGNALS:
    // `records` read so far in `file`, `percent` of that file.
    void progress(const QString &file, int fileIndex, int fileCount, qint64 records, int percent);
    void finished(const QVector<ImportResult> &results);

private:
    void run();

    QString m_databasePath;
    QStringList m_files;
    bool m_keepGoing;
    QAtomicInt m_cancelled;
    QThread *m_thread = nullptr;
};

Q_DECLARE_METATYPE(ImportResult)
