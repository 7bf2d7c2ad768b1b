#include "RatingsExportJob.h"

#include "Database.h"
#include "RatingStore.h"
#include "RatingsExportTable.h"

#include <QAtomicInteger>

RatingsExportJob::RatingsExportJob(QString databasePath, Subject subject, QString outputPath, CsvOptions options,
                                   QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_subject(std::move(subject)),
      m_output(std::move(outputPath)), m_options(options)
{
    qRegisterMetaType<ExportResult>();
}

RatingsExportJob::~RatingsExportJob()
{
    cancel();
    wait();
}

void RatingsExportJob::start()
{
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("export"));
    m_thread->start();
}

void RatingsExportJob::wait()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void RatingsExportJob::run()
{
    static QAtomicInteger<quint64> serial;
    ExportResult result;
    {
        Database db(QStringLiteral("export-%1").arg(serial.fetchAndAddRelaxed(1)));
        if (!db.open(m_databasePath)) {
            result.error = db.errorString();
        } else {
            RatingsExportTable table(RatingStore(db.connection()).ratings(m_subject));
            result = CsvExporter::write(table, m_output, m_options, [this](qint64 rows, double fraction) {
                Q_EMIT progress(rows, int(fraction * 100));
                return !m_cancelled.loadRelaxed();
            });
        }
    }
    Q_EMIT finished(result);
}
