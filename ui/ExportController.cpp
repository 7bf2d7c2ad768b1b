// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "ExportController.h"
#include "PlainText.h"
#include "TaskProgressDialog.h"

#include "DiffPanel.h"
#include "ExportDialog.h"
#include "ProviderListPanel.h"
#include "RatingGridPanel.h"
#include <exporting/RatingsExportTable.h>
#include <jobs/RatingsExportTask.h>
#include <storage/Database.h>
#include <storage/RatingStore.h>

#include <QApplication>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent>

ExportController::ExportController(Database &db, ProviderListPanel *list, RatingGridPanel *grid, DiffPanel *diff,
                                   QWidget *window)
    : QObject(window), m_db(db), m_list(list), m_grid(grid), m_diff(diff), m_window(window)
{}

ExportController::Table ExportController::focusedTable() const
{
    for (QWidget *w = QApplication::focusWidget(); w; w = w->parentWidget()) {
        if (w == m_list)
            return Table::TrustList;
        if (w == m_diff)
            return Table::Diff;
        if (w == m_grid)
            return Table::Grid;
    }
    return Table::Grid;
}

Subject ExportController::currentSubject() const
{
    return m_grid->subject();
}

// Each panel knows what it shows, and so the table it exports.
std::unique_ptr<ExportTable> ExportController::tableOf(Table table) const
{
    switch (table) {
    case Table::TrustList: return m_list->exportTable();
    case Table::Grid: return m_grid->exportTable();
    case Table::Diff: return m_diff->exportTable();
    case Table::SubjectRatings:
    case Table::AllRatings: break;
    }
    return nullptr;
}

QString ExportController::describe(Table table) const
{
    const QString id = currentSubject().id;
    switch (table) {
    case Table::TrustList: return tr("the trust list");
    case Table::Grid: return tr("the rating grid of %1").arg(id);
    case Table::Diff: return tr("the changes of %1").arg(id);
    case Table::SubjectRatings: return tr("every rating of %1").arg(id);
    case Table::AllRatings: return tr("every rating in the database");
    }
    return {};
}

static QString suggestedName(ExportController::Table table, const QString &id)
{
    switch (table) {
    case ExportController::Table::TrustList: return QStringLiteral("providers.csv");
    case ExportController::Table::Grid: return QStringLiteral("grid-%1.csv").arg(id);
    case ExportController::Table::Diff: return QStringLiteral("diff-%1.csv").arg(id);
    case ExportController::Table::SubjectRatings: return QStringLiteral("ratings-%1.csv").arg(id);
    case ExportController::Table::AllRatings: return QStringLiteral("ratings.csv");
    }
    return {};
}

void ExportController::chooseAndExport(Table table)
{
    if (table != Table::TrustList && table != Table::AllRatings && !currentSubject().isValid()) {
        PlainText::information(m_window, tr("Export"), tr("Select a trust first."));
        return;
    }
    ExportDialog dialog(describe(table), suggestedName(table, currentSubject().id), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (table == Table::SubjectRatings || table == Table::AllRatings) {
        startRatingsExport(table == Table::AllRatings ? Subject() : currentSubject(), dialog.path(), dialog.options());
        return;
    }
    const ExportResult result = exportTo(table, dialog.path(), dialog.options());
    if (!result.ok && !result.cancelled)
        PlainText::warning(m_window, tr("Export failed"), result.error);
}

ExportResult ExportController::exportTo(Table table, const QString &path, const CsvOptions &options)
{
    if (table == Table::SubjectRatings || table == Table::AllRatings) {
        RatingsExportTable ratings(
            RatingStore(m_db).ratings(table == Table::AllRatings ? Subject() : currentSubject()));
        return CsvExporter::write(ratings, path, m_db.path(), options);
    }
    std::unique_ptr<ExportTable> source = tableOf(table);
    return CsvExporter::write(*source, path, m_db.path(), options);
}

void ExportController::startRatingsExport(const Subject &subject, const QString &path, const CsvOptions &options)
{
    const CancelToken cancel;
    auto *watcher = new QFutureWatcher<ExportResult>(this);
    QProgressDialog *progress = TaskProgressDialog::open(m_window, tr("Exporting ratings"), tr("Exporting…"), watcher);
    connect(progress, &QProgressDialog::canceled, this, [cancel] { cancel.cancel(); });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, progress] {
        const ExportResult result = watcher->future().result();
        watcher->deleteLater();
        delete progress; // now, before the message box below
        if (!result.ok && !result.cancelled)
            PlainText::warning(m_window, tr("Export failed"), result.error);
    });
    watcher->setFuture(
        QtConcurrent::run(&RatingsExportTask::run, m_db.connectionFactory(), subject, path, options, cancel));
}
