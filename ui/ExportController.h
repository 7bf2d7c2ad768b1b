// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <exporting/CsvExporter.h>
#include <core/Subject.h>

#include <QObject>

#include <memory>

class Database;
class DiffPanel;
class ExportTable;
class ProviderListPanel;
class RatingGridPanel;
class QWidget;

// File > Export: writes the table the user is looking at, as displayed
// (filter, sort order, visible columns, "as of" date), through the same
// ExportTables as the command line, so both give the same bytes. The long
// ratings table runs on its own thread with progress and Cancel.
class ExportController : public QObject
{
    Q_OBJECT
public:
    enum class Table { TrustList, Grid, Diff, SubjectRatings, AllRatings };
    Q_ENUM(Table)

    // Exports from `db`, which must outlive the controller.
    ExportController(Database &db, ProviderListPanel *list, RatingGridPanel *grid, DiffPanel *diff, QWidget *window);

    // The table the focused view shows (the grid when none has focus).
    Table focusedTable() const;
    // Asks where and how, then writes; reports failures in a message box.
    void chooseAndExport(Table table);
    // Writes without asking, at once, on this thread (the ratings tables
    // too: chooseAndExport is the way that keeps the window responsive).
    ExportResult exportTo(Table table, const QString &path, const CsvOptions &options);

private:
    std::unique_ptr<ExportTable> tableOf(Table table) const;
    Subject currentSubject() const;
    QString describe(Table table) const;
    // The ratings tables from the dialog: on a thread of the pool, with a
    // progress dialog and Cancel; the result is reported when it ends.
    void startRatingsExport(const Subject &subject, const QString &path, const CsvOptions &options);

    Database &m_db;
    ProviderListPanel *m_list;
    RatingGridPanel *m_grid;
    DiffPanel *m_diff;
    QWidget *m_window;
};
