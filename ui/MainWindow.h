// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/RatingGrid.h>
#include <storage/RatingStore.h>

#include <QMainWindow>

#include <memory>

class Database;
class QLabel;
class NoticeBanner;
class HandbookDialog;
class QSplitter;
class DiffPanel;
class ProviderListPanel;
class RatingGridPanel;
class ImportController;
class CellHistoryPanel;
class TimelineWidget;
class QTabWidget;
class ExportController;
class ReportController;
class PrintableReport;
struct BoardPackRequest;
class WatchedTrusts;
class WatchedChangesBanner;
class EnglandView;
class QStackedWidget;
class ViewSwitch;
class ProviderListLoader;
struct ProviderListOutcome;

// Lists trusts on the left; shows the selected one's rating grid and its
// previous-against-current diff on the right. The window reads through
// RatingStore only; it never runs SQL itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Now: the trust list is read before the constructor returns (tests,
    // screenshots, a subject named on the command line). InBackground: the
    // window shows "Loading…" and reads the list on a worker connection, so
    // that its first frame does not wait for 25,000 providers; listReady()
    // says when it is filled, and selectProvider() is false until then.
    enum class ListLoading { Now, InBackground };
    // Shows `db`, which must outlive the window.
    explicit MainWindow(Database &db, QWidget *parent = nullptr, ListLoading loading = ListLoading::Now);

    // Reloads the trust list (after an import, say), keeping the selection.
    void reload();
    // False while the list is being read in the background.
    bool isListReady() const { return m_listReady; }
    bool selectProvider(const QString &id);
    bool selectLocation(const QString &id);
    bool compare(const QDate &from, const QDate &to);
    // Restores geometry, splitters, columns, filters and the last trust from
    // QSettings, and saves them again on close. Screenshots and tests do
    // not call it, so that they do not depend on a user's settings.
    void restoreSettings();
    // The panel under the grid: "changes", "history" (of the subject's own
    // Overall cell) or "timeline". False for an unknown name.
    bool showTab(const QString &name);
    // The trust view (the list, grid and lower panel) or the England view.
    enum class View { Trusts, England };
    void showView(View view);
    View currentView() const;
    // A row of "What changed" opened: that trust in the trust view, its
    // diff on the two snapshot dates.
    bool openChange(const QString &providerId, const QDate &from, const QDate &to);

    ProviderListPanel *providerList() const { return m_providers; }
    RatingGridPanel *gridPanel() const { return m_grid; }
    DiffPanel *diffPanel() const { return m_diff; }
    CellHistoryPanel *historyPanel() const { return m_history; }
    TimelineWidget *timeline() const { return m_timeline; }
    QTabWidget *lowerTabs() const { return m_tabs; }
    ImportController *importer() const { return m_import; }
    ExportController *exporter() const { return m_export; }
    ReportController *reports() const { return m_reports; }
    // The board pack of what the trust view shows (File > Print…).
    BoardPackRequest boardPackRequest() const;
    // What File > Print… prints: that board pack, or in the England view
    // the national summary; null with *error when there is nothing to print.
    std::unique_ptr<PrintableReport> makeReport(QString *error) const;
    EnglandView *englandView() const { return m_england; }
    WatchedTrusts *watchedTrusts() const { return m_watched; }
    WatchedChangesBanner *watchedBanner() const { return m_watchedBanner; }

Q_SIGNALS:
    // "Show changes" on the notice after an import changed watched trusts.
    void showWatchedChanges(const QStringList &ids);
    // The trust list is filled (or says why it could not be read), and the
    // last trust of restoreSettings() is selected.
    void listReady();

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    enum { ChangesTab, HistoryTab, TimelineTab };
    QAction *m_importAction = nullptr;
    void chooseFilesToImport();
    void showImportHistory();
    void copySelection();
    void openUrl(const QUrl &url);
    void showCellHistory(const GridRow &row, KeyQuestion keyQuestion, bool raise);
    void createMenus();
    void showSubject(const Subject &subject);
    void updateBanner(bool onlySample);
    void afterImport();
    void selectLocationInGrid(const QString &locationId);
    void showAbout();
    void showHandbook();
    void createViewMenu();
    void resetLayout();
    void sizeListToDefault();
    void setTabOrderInScreenOrder();
    void showList(const ProviderListOutcome &list);
    void restoreListSettings();
    void saveSettings(); // MainWindowSettings.cpp, as the two above

    RatingStore m_store;
    // What the trust list was last given (shared with it, not copied): the
    // watched trusts' cells before an import, to say which it changed.
    QVector<ProviderSummary> m_summaries;
    WatchedTrusts *m_watched;
    WatchedChangesBanner *m_watchedBanner;
    // What the window shows, for redescribing it when "as of" changes.
    SubjectRatings m_shownRatings;
    ProviderRecord m_shownProvider;
    NoticeBanner *m_banner;
    QAction *m_listAction = nullptr;
    QAction *m_lowerAction = nullptr;
    ViewSwitch *m_viewSwitch = nullptr;
    HandbookDialog *m_handbook = nullptr;
    QSplitter *m_mainSplitter;
    QSplitter *m_rightSplitter;
    bool m_persist = false;
    bool m_splitterRestored = false; // the user's list width, from the settings
    bool m_splitterSized = false;
    ProviderListPanel *m_providers;
    RatingGridPanel *m_grid;
    DiffPanel *m_diff;
    CellHistoryPanel *m_history;
    TimelineWidget *m_timeline;
    QTabWidget *m_tabs;
    ImportController *m_import;
    ExportController *m_export;
    QStackedWidget *m_views;
    EnglandView *m_england;
    ProviderListLoader *m_loader;
    ReportController *m_reports;
    bool m_listReady = false;
    bool m_restoreListPending = false; // restoreSettings() came before the list
};
