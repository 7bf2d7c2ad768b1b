#pragma once

#include <exporting/CsvExporter.h>
#include <core/Subject.h>
#include <jobs/WorkerJob.h>

Q_DECLARE_METATYPE(ExportResult)

// Exports the long ratings table (possibly every observation of a national
// database) on a worker thread with its own connection, with progress and
// cancellation; the file is replaced only if the export completes.
class RatingsExportJob : public WorkerJob
{
    Q_OBJECT
public:
    RatingsExportJob(QString databasePath, Subject subject, QString outputPath, CsvOptions options,
                     QObject *parent = nullptr);
    ~RatingsExportJob() override;

Q_SIGNALS:
    void progress(qint64 rows, int percent);
    void finished(const ExportResult &result);

protected:
    void run() override;

private:
    QString m_databasePath;
    Subject m_subject;
    QString m_output;
    CsvOptions m_options;
};
