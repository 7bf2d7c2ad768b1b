#pragma once

#include <QAtomicInt>
#include <QObject>
#include <QThread>

// Long work (an import, a big export) run off the GUI thread. A subclass
// implements run(), opens its own database connection there (Qt's SQL
// connections must not cross threads), emits its signals from it (they
// reach GUI-thread receivers queued) and polls isCancelled().
class WorkerJob : public QObject
{
    Q_OBJECT
public:
    explicit WorkerJob(QObject *parent = nullptr) : QObject(parent) {}
    ~WorkerJob() override;

    void start();
    // Safe from any thread; the job notices at its next progress step.
    void cancel() { m_cancelled.storeRelaxed(1); }
    bool isRunning() const { return m_thread && m_thread->isRunning(); }
    void wait();

protected:
    virtual void run() = 0;
    bool isCancelled() const { return m_cancelled.loadRelaxed() != 0; }
    // A connection name no other job uses.
    static QString connectionName(const char *kind);

private:
    QAtomicInt m_cancelled;
    QThread *m_thread = nullptr;
};
