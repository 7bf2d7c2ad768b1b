#include <jobs/ImportJob.h>

#include <storage/Database.h>
#include <importing/Importer.h>

#include <QFileInfo>

ImportJob::ImportJob(QString databasePath, QStringList files, bool keepGoing, QObject *parent)
    : WorkerJob(parent), m_databasePath(std::move(databasePath)), m_files(std::move(files)), m_keepGoing(keepGoing)
{
    qRegisterMetaType<ImportResult>();
    qRegisterMetaType<QVector<ImportResult>>();
}

ImportJob::~ImportJob()
{
    cancel();
    wait();
}

void ImportJob::run()
{
    QVector<ImportResult> results;
    {
        Database db(connectionName("import"));
        if (!db.open(m_databasePath)) {
            ImportResult failed;
            failed.file = m_databasePath;
            failed.error = db.errorString();
            results.append(failed);
        } else {
            Importer importer(db.connection());
            for (int i = 0; i < m_files.size() && !isCancelled(); ++i) {
                const QString file = m_files.at(i);
                ImportOptions options;
                options.keepGoing = m_keepGoing;
                options.progress = [&](qint64 records, double fraction) {
                    Q_EMIT progress(QFileInfo(file).fileName(), i, m_files.size(), records, int(fraction * 100));
                    return !isCancelled();
                };
                options.waiting = [&](const QString &message) {
                    Q_EMIT waiting(message);
                    return !isCancelled();
                };
                results.append(importer.importFile(file, options));
            }
        }
    }
    Q_EMIT finished(results);
}
