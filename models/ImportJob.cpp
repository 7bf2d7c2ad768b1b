#include "ImportJob.h"

#include "Database.h"
#include "Importer.h"

#include <QAtomicInteger>
#include <QFileInfo>

ImportJob::ImportJob(QString databasePath, QStringList files, bool keepGoing, QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_files(std::move(files)), m_keepGoing(keepGoing)
{
    qRegisterMetaType<ImportResult>();
    qRegisterMetaType<QVector<ImportResult>>();
}

ImportJob::~ImportJob()
{
    cancel();
    wait();
}

void ImportJob::start()
{
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("import"));
    m_thread->start();
}

void ImportJob::cancel() { m_cancelled.storeRelaxed(1); }

bool ImportJob::isRunning() const { return m_thread && m_thread->isRunning(); }

void ImportJob::wait()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void ImportJob::run()
{
    static QAtomicInteger<quint64> serial;
    QVector<ImportResult> results;
    {
        Database db(QStringLiteral("import-%1").arg(serial.fetchAndAddRelaxed(1)));
        if (!db.open(m_databasePath)) {
            ImportResult failed;
            failed.file = m_databasePath;
            failed.error = db.errorString();
            results.append(failed);
        } else {
            Importer importer(db.connection());
            for (int i = 0; i < m_files.size() && !m_cancelled.loadRelaxed(); ++i) {
                const QString file = m_files.at(i);
                ImportOptions options;
                options.keepGoing = m_keepGoing;
                options.progress = [&](qint64 records, double fraction) {
                    // Emitted from this thread to receivers in the GUI thread: queued.
                    Q_EMIT progress(QFileInfo(file).fileName(), i, m_files.size(), records, int(fraction * 100));
                    return !m_cancelled.loadRelaxed();
                };
                results.append(importer.importFile(file, options));
            }
        }
    }
    Q_EMIT finished(results);
}
