#include <jobs/WorkerJob.h>

#include <QAtomicInteger>

WorkerJob::~WorkerJob()
{
    // A subclass must have waited already (its run() uses its members);
    // this is the last line of defence.
    cancel();
    wait();
}

void WorkerJob::start()
{
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(metaObject()->className());
    m_thread->start();
}

void WorkerJob::wait()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

QString WorkerJob::connectionName(const char *kind)
{
    static QAtomicInteger<quint64> serial;
    return QStringLiteral("%1-%2").arg(QLatin1String(kind)).arg(serial.fetchAndAddRelaxed(1));
}
