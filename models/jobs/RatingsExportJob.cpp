#include <jobs/RatingsExportJob.h>

#include <storage/Database.h>
#include <storage/RatingStore.h>
#include <exporting/RatingsExportTable.h>

RatingsExportJob::RatingsExportJob(QString databasePath, Subject subject, QString outputPath, CsvOptions options,
                                   QObject *parent)
    : WorkerJob(parent), m_databasePath(std::move(databasePath)), m_subject(std::move(subject)),
      m_output(std::move(outputPath)), m_options(options)
{
    qRegisterMetaType<ExportResult>();
}

RatingsExportJob::~RatingsExportJob()
{
    cancel();
    wait();
}

void RatingsExportJob::run()
{
    ExportResult result;
    {
        Database db(connectionName("export"));
        if (!db.open(m_databasePath)) {
            result.error = db.errorString();
        } else {
            RatingsExportTable table(RatingStore(db.connection()).ratings(m_subject));
            result = CsvExporter::write(table, m_output, m_databasePath, m_options, [this](qint64 rows, double fraction) {
                Q_EMIT progress(rows, int(fraction * 100));
                return !isCancelled();
            });
        }
    }
    Q_EMIT finished(result);
}
