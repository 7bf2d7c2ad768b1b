// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "ImportController.h"
#include "PlainText.h"
#include "TaskProgressDialog.h"

#include <jobs/ImportTask.h>
#include <importing/Importer.h>
#include <storage/Database.h>
#include <storage/RatingStore.h>

#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QWidget>
#include <QtConcurrent>

ImportController::ImportController(Database &db, QWidget *window) : QObject(window), m_db(db), m_window(window)
{
    qRegisterMetaType<ImportResult>();
    qRegisterMetaType<QVector<ImportResult>>();
}

ImportController::~ImportController()
{
    // The window is closing under a running import: stop it and wait (a
    // blocking wait, not an event loop) so that nothing outlives the window.
    if (m_watcher) {
        m_cancel.cancel();
        m_watcher->waitForFinished();
    }
}

bool ImportController::importPaths(const QStringList &paths, bool keepGoing)
{
    if (m_watcher || paths.isEmpty())
        return false;
    QStringList problems;
    const QStringList files = Importer::expandPaths(paths, &problems);
    if (files.isEmpty()) {
        PlainText::warning(m_window, tr("Import"),
                           problems.isEmpty()
                               ? tr("No .json, .ndjson, .csv or .ods files in:\n%1").arg(paths.join(QLatin1Char('\n')))
                               : problems.join(QLatin1Char('\n')));
        return false;
    }
    if (!problems.isEmpty()
        && PlainText::question(
               m_window, tr("Import"),
               tr("%1\n\nImport the other %n file(s)?", nullptr, files.size()).arg(problems.join(QLatin1Char('\n'))),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes)
            != QMessageBox::Yes) {
        return false;
    }
    if (RatingStore(m_db).holdsOnlySample()) {
        const auto answer = PlainText::question(
            m_window, tr("Replace the sample data?"),
            tr("The database holds only the bundled sample. Importing real data removes the sample so that "
               "the two never mix.\n\nImport %n file(s) and remove the sample?",
               nullptr, files.size()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            return false;
    }
    m_paths = paths;
    m_keepGoing = keepGoing;
    // Progress and the end arrive through the watcher, queued to this
    // thread; Cancel sets the token the task polls.
    m_cancel = CancelToken();
    m_watcher = new QFutureWatcher<ImportResult>(this);
    m_progress = TaskProgressDialog::open(m_window, tr("Importing CQC data"), tr("Starting the import…"), m_watcher);
    // The watcher itself, not m_watcher: a queued progress text can arrive
    // after onFinished() has let go of it (m_watcher null, the watcher
    // still alive until its deleteLater()).
    QFutureWatcher<ImportResult> *watcher = m_watcher;
    connect(watcher, &QFutureWatcherBase::progressTextChanged, this,
            [this, watcher](const QString &text) { Q_EMIT progressed(watcher->progressValue(), text); });
    connect(m_watcher, &QFutureWatcherBase::finished, this, &ImportController::onFinished);
    connect(m_progress, &QProgressDialog::canceled, this, &ImportController::cancel);
    m_watcher->setFuture(
        QtConcurrent::run(&ImportTask::run, ImportRequest{m_db.connectionFactory(), files, keepGoing}, m_cancel));
    return true;
}

bool ImportController::chooseFolder()
{
    if (m_watcher)
        return false;
    const QString folder = QFileDialog::getExistingDirectory(m_window, tr("Import a folder of CQC data"));
    return !folder.isEmpty() && importPaths({folder});
}

void ImportController::cancel()
{
    if (m_watcher)
        m_cancel.cancel();
}

void ImportController::onFinished()
{
    const QVector<ImportResult> results = m_watcher->future().results();
    m_watcher->deleteLater();
    m_watcher = nullptr;
    // Gone now, not later: the result box below runs its own event loop, in
    // which a deferred delete would not happen and the dialog's show timer
    // (minimumDuration) would still bring it up, "0%", over the result.
    delete m_progress.data();

    QStringList lines;
    bool anyBadRecords = false, anyFailed = false, cancelled = false;
    int imported = 0;
    for (const ImportResult &r : results) {
        if (r.ok) {
            ++imported;
            lines << r.summaryLine();
            for (const ImportIssue &issue : r.issues)
                lines << tr("    skipped %1").arg(issue.toString());
        } else if (r.cancelled) {
            cancelled = true;
            lines << r.error;
        } else {
            anyFailed = true;
            lines << r.error;
            anyBadRecords |= r.badInput && !r.issues.isEmpty();
        }
    }
    Q_EMIT this->imported(results);
    if (!m_window->isVisible())
        return; // headless use (tests): the results were emitted
    // A cancel is the user's choice, not a problem: said as such, unless a
    // file also failed.
    QString title = tr("Import finished"), text = tr("Imported %n file(s).", nullptr, imported);
    QMessageBox::Icon icon = QMessageBox::Information;
    if (anyFailed) {
        icon = QMessageBox::Warning;
        title = tr("Import finished with problems");
        text = tr("Files with a problem were not imported; the database holds what it held before them.");
    } else if (cancelled) {
        title = tr("Import cancelled");
        text = imported > 0 ? tr("Import cancelled. The %n file(s) imported before it are kept; nothing else was "
                                 "changed.",
                                 nullptr, imported)
                            : tr("Import cancelled. Nothing was changed.");
    }
    QMessageBox box(icon, title, text, QMessageBox::Ok, m_window);
    box.setTextFormat(Qt::PlainText);
    box.setDetailedText(lines.join(QLatin1Char('\n')));
    // File names and errors: escaped, as this label has no plain-text switch.
    box.setInformativeText(PlainText::escaped(lines.mid(0, 6).join(QLatin1Char('\n'))));
    QPushButton *retry = nullptr;
    if (anyBadRecords && !m_keepGoing)
        retry = box.addButton(tr("Import again, skipping bad records"), QMessageBox::ActionRole);
    box.exec();
    if (retry && box.clickedButton() == retry)
        importPaths(m_paths, true);
}
