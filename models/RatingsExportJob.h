#pragma once

#include "CsvExporter.h"
#include "Subject.h"

#include <QAtomicInt>
#include <QObject>
#include <QThread>

Q_DECLARE_METATYPE(ExportResult)

// Exports the long ratings table (possibly every observation of a national
// database) on its own thread and database connection, with progress and
// cancellation; the file is replaced only if the export completes.
class RatingsExportJob : public QObject
{
    Q_OBJECT
public:
    RatingsExportJob(QString databasePath, Subject subject, QString outputPath, CsvOptions options,
                     QObject *parent = nullptr);
    ~RatingsExportJob() override;

    void start();
    void cancel() { m_cancelled.storeRelaxed(1); }
    void wait();

Q_SIGNALS:
    void progress(qint64 rows, int percent);
    void finished(const ExportResult &result);

private:
    void run();

    QString m_databasePath;
    Subject m_subject;
    QString m_output;
    CsvOptions m_options;
    QAtomicInt m_cancelled;
    QThread *m_thread = nullptr;
};
