#pragma once

#include <importing/ImportTypes.h>
#include <jobs/WorkerJob.h>

#include <QStringList>

// Imports files on a worker thread with its own database connection,
// reporting progress and each file's result; cancel() rolls the current
// file back.
class ImportJob : public WorkerJob
{
    Q_OBJECT
public:
    ImportJob(QString databasePath, QStringList files, bool keepGoing, QObject *parent = nullptr);
    ~ImportJob() override;

Q_SIGNALS:
    // `records` read so far in `file`, `percent` of that file.
    void progress(const QString &file, int fileIndex, int fileCount, qint64 records, int percent);
    // Another process is writing to the database; the import waits for it.
    void waiting(const QString &message);
    void finished(const QVector<ImportResult> &results);

protected:
    void run() override;

private:
    QString m_databasePath;
    QStringList m_files;
    bool m_keepGoing;
};

Q_DECLARE_METATYPE(ImportResult)
