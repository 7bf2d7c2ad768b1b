// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "MainWindow.h"

#include "AboutBox.h"
#include "BoardPackRenderer.h"
#include "ReportController.h"
#include "CellHistoryPanel.h"
#include "DiffPanel.h"
#include "EnglandFilterBar.h"
#include "EnglandView.h"
#include "ViewSwitch.h"
#include <itemmodels/DiffModel.h>
#include <itemmodels/RatingGridModel.h>
#include "TimelineWidget.h"
#include "ImportController.h"
#include "ExportController.h"
#include "ImportHistoryDialog.h"
#include "HandbookDialog.h"
#include "NoticeBanner.h"
#include "SelectionCopier.h"
#include "SubjectSubtitle.h"
#include "ProviderListLoader.h"
#include "ProviderListPanel.h"
#include "RatingGridPanel.h"
#include "WatchedChangesBanner.h"
#include "WatchedTrusts.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QScrollArea>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QPushButton>
#include <QSettings>
#include <QUrl>

#include <core/CqcPage.h>
#include <storage/Database.h>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeData>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

MainWindow::MainWindow(Database &db, QWidget *parent, ListLoading loading)
    : QMainWindow(parent), m_store(db), m_watched(new WatchedTrusts(this)),
      m_watchedBanner(new WatchedChangesBanner(this)), m_banner(new NoticeBanner(this)),
      m_mainSplitter(new QSplitter(Qt::Horizontal, this)), m_rightSplitter(new QSplitter(Qt::Vertical, this)),
      m_providers(new ProviderListPanel(this)), m_grid(new RatingGridPanel(this)), m_diff(new DiffPanel(this)),
      m_history(new CellHistoryPanel(this)), m_timeline(new TimelineWidget(this)), m_tabs(new QTabWidget(this)),
      m_import(new ImportController(db, this)), m_export(new ExportController(db, m_providers, m_grid, m_diff, this)),
      m_views(new QStackedWidget(this)), m_england(new EnglandView(m_store, db.connectionFactory(), this)),
      m_loader(new ProviderListLoader(db.connectionFactory(), this)),
      m_reports(new ReportController([this](QString *error) { return makeReport(error); }, this))
{
    connect(m_loader, &ProviderListLoader::loaded, this, &MainWindow::showList);
    setAcceptDrops(true);
    connect(m_import, &ImportController::imported, this, &MainWindow::afterImport);
    m_providers->setWatchedTrusts(m_watched);
    // "My trusts only" in the England view follows the stars.
    connect(m_watched, &WatchedTrusts::changed, this, [this] { m_england->setWatchedTrusts(m_watched->ids()); });
    connect(m_watchedBanner, &WatchedChangesBanner::showChanges, this, &MainWindow::showWatchedChanges);
    // "Show changes": What changed, limited to the watched trusts; each
    // row opens its trust. The changed ones are also first in the trust view.
    connect(this, &MainWindow::showWatchedChanges, this, [this](const QStringList &ids) {
        if (!ids.isEmpty())
            m_providers->selectProvider(ids.first());
        m_england->showWatchedChanges();
        showView(View::England);
    });
    connect(m_providers, &ProviderListPanel::locationSearched, this, &MainWindow::selectLocationInGrid);
    setWindowTitle(tr("Trust Ratings"));
    m_banner->setObjectName(QStringLiteral("sampleBanner"));
    m_banner->setAccessibleName(tr("Sample data notice"));
    m_banner->hide(); // until the trust list says whether the data is only the sample

    // Below the grid: the diff, one cell's history, and the timeline picture.
    auto *timelineScroll = new QScrollArea(this);
    timelineScroll->setWidget(m_timeline);
    timelineScroll->setWidgetResizable(true);
    timelineScroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(m_diff, tr("&Changes"));
    m_tabs->addTab(m_history, tr("Cell histor&y"));
    m_tabs->insertTab(TimelineTab, timelineScroll, tr("&Timeline"));
    m_tabs->tabBar()->setAccessibleName(tr("Lower panel"));
    // The tab bar is in the Tab chain where the panel stands (see
    // setTabOrderInScreenOrder). The tab widget itself passes focus to its
    // bar through a focus proxy, which made it a second stop at its place of
    // creation, after the pages: it takes no focus of its own.
    m_tabs->setFocusProxy(nullptr);
    m_tabs->setFocusPolicy(Qt::NoFocus);
    QSplitter *right = m_rightSplitter;
    right->addWidget(m_grid);
    right->addWidget(m_tabs);
    right->setStretchFactor(0, 1);
    right->setStretchFactor(1, 1);
    right->setChildrenCollapsible(false);

    QSplitter *main = m_mainSplitter;
    main->addWidget(m_providers);
    main->addWidget(right);
    // The list keeps its width when the window grows; the grid takes the rest.
    main->setStretchFactor(0, 0);
    main->setStretchFactor(1, 1);
    main->setChildrenCollapsible(false);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_banner);
    layout->addWidget(m_watchedBanner);
    // The trust view and the England view share the window, one at a time.
    m_views->addWidget(main);
    // The stack would take the wider page's minimum for both: the England
    // view's filters must not make the trust view wider than a small screen.
    m_england->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_views->addWidget(m_england);
    layout->addWidget(m_views, 1);
    setCentralWidget(central);

    createMenus();
    // A database this user cannot write (a read-only share): browse it, and
    // say plainly why importing is not offered.
    if (db.isReadOnly()) {
        setWindowTitle(tr("Trust Ratings (read-only: %1)").arg(QDir::toNativeSeparators(db.databaseName())));
        setAcceptDrops(false);
        m_importAction->setEnabled(false);
        m_importAction->setToolTip(tr("The database cannot be written here"));
        m_grid->setImportAvailable(false);
    }
    connect(m_providers, &ProviderListPanel::providerSelected, this,
            [this](const QString &id) { showSubject(Subject::provider(id)); });
    connect(m_providers, &ProviderListPanel::openCqcPage, this, &MainWindow::openUrl);
    connect(m_grid, &RatingGridPanel::openCqcPage, this, &MainWindow::openUrl);
    connect(m_grid, &RatingGridPanel::importRequested, this, &MainWindow::chooseFilesToImport);
    // "As of" applies to everything that shows ratings: the subtitle, the
    // diff's choices and the timeline, not only the grid.
    connect(m_grid, &RatingGridPanel::asOfChanged, this, [this](const QDate &asOf) {
        if (!m_shownRatings.subject.isValid())
            return;
        m_grid->setDetails(SubjectSubtitle::text(m_shownRatings, m_shownProvider, asOf));
        m_diff->setAsOf(asOf);
        m_timeline->setAsOf(asOf);
    });
    // A cell picked in the grid or the diff updates its history quietly (the
    // user may be reading the changes), and Enter or a double-click on it
    // brings the history up.
    connect(m_grid, &RatingGridPanel::cellSelected, this,
            [this](const GridRow &row, KeyQuestion kq) { showCellHistory(row, kq, false); });
    connect(m_grid->view(), &QAbstractItemView::activated, this, [this] { m_tabs->setCurrentWidget(m_history); });
    connect(m_diff, &DiffPanel::cellSelected, this,
            [this](const GridRow &row, KeyQuestion kq) { showCellHistory(row, kq, false); });
    connect(m_diff->view(), &QAbstractItemView::activated, this, [this] { m_tabs->setCurrentWidget(m_history); });
    connect(m_england, &EnglandView::openChange, this, &MainWindow::openChange);
    setTabOrderInScreenOrder();
    if (loading == ListLoading::Now) {
        reload();
    } else {
        m_providers->showLoading();
        m_grid->clear(tr("Loading the trust list…"));
        m_loader->start();
    }
    resize(1280, 800);
}

// Tab walks the window as it reads: the notice, the list and its filters,
// the grid's heading left to right and the grid, the lower panel's tabs and
// the page shown under them. Hidden widgets are skipped by Qt.
void MainWindow::setTabOrderInScreenOrder()
{
    QList<QWidget *> chain{m_banner};
    chain << m_watchedBanner->showButton() << m_watchedBanner->dismissButton();
    chain << m_providers->focusOrder() << m_grid->focusOrder() << m_tabs->tabBar() << m_diff->focusOrder()
          << m_history->view() << m_timeline;
    for (int i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
    const QList<QWidget *> england = m_england->focusOrder();
    for (int i = 1; i < england.size(); ++i)
        QWidget::setTabOrder(england.at(i - 1), england.at(i));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_importAction = file->addAction(tr("&Import CQC files…"), this, &MainWindow::chooseFilesToImport);
    m_importAction->setShortcut(QKeySequence::Open);
    // A file dialog picks files or a folder, not both: a folder of API
    // responses has its own action. Off when the file import is.
    QAction *importFolder = file->addAction(tr("Import CQC f&older…"), m_import, &ImportController::chooseFolder);
    importFolder->setToolTip(tr("Import every .json, .ndjson, .csv and .ods file in a folder and its subfolders"));
    connect(m_importAction, &QAction::enabledChanged, importFolder, &QAction::setEnabled);
    file->addAction(tr("Import &history"), this, &MainWindow::showImportHistory);
    file->addSeparator();
    QAction *exportAction = file->addAction(tr("&Export table…"), this,
                                            [this] { m_export->chooseAndExport(m_export->focusedTable()); });
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setToolTip(tr("Export the table that has focus, as displayed"));
    file->addAction(tr("Export all ratings of this &trust…"), this,
                    [this] { m_export->chooseAndExport(ExportController::Table::SubjectRatings); });
    file->addAction(tr("Export all ratings in the &database…"), this,
                    [this] { m_export->chooseAndExport(ExportController::Table::AllRatings); });
    file->addSeparator();
    QAction *print = file->addAction(tr("&Print…"), m_reports, &ReportController::print);
    print->setShortcut(QKeySequence::Print);
    print->setToolTip(tr("The trust's board pack (its grid, changes and timeline), or in the England view the "
                         "national summary, on A4 pages, with a preview"));
    QAction *pdf = file->addAction(tr("Export &as PDF…"), m_reports, &ReportController::exportPdf);
    pdf->setToolTip(print->toolTip());
    file->addSeparator();
    QAction *find = file->addAction(tr("&Find trust"), m_providers, &ProviderListPanel::focusFilter);
    find->setShortcut(QKeySequence::Find);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *copy = edit->addAction(tr("&Copy"), this, &MainWindow::copySelection);
    copy->setShortcut(QKeySequence::Copy);
    createViewMenu();
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *handbook = help->addAction(tr("Trust Ratings &handbook"), this, &MainWindow::showHandbook);
    handbook->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    help->addAction(tr("&About Trust Ratings"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_listAction = view->addAction(tr("Trust &list"));
    m_lowerAction = view->addAction(tr("&Changes, history and timeline"));
    for (QAction *a : {m_listAction, m_lowerAction}) {
        a->setCheckable(true);
        a->setChecked(true);
    }
    connect(m_listAction, &QAction::toggled, m_providers, &QWidget::setVisible);
    connect(m_lowerAction, &QAction::toggled, m_tabs, &QWidget::setVisible);
    view->addSeparator();
    m_viewSwitch = new ViewSwitch(view, menuBar(), this);
    connect(m_viewSwitch, &ViewSwitch::chosen, this,
            [this](bool england) { showView(england ? View::England : View::Trusts); });
    view->addSeparator();
    view->addAction(tr("&Reset layout"), this, &MainWindow::resetLayout);
}

void MainWindow::showView(View view)
{
    m_viewSwitch->setEngland(view == View::England);
    m_views->setCurrentIndex(view == View::England ? 1 : 0);
    // Focus follows into the view shown, where the hidden one had it.
    if (view == View::England)
        m_england->filters()->populationBox()->setFocus();
    else
        m_providers->view()->setFocus();
}

MainWindow::View MainWindow::currentView() const
{
    return m_views->currentIndex() == 1 ? View::England : View::Trusts;
}

bool MainWindow::openChange(const QString &providerId, const QDate &from, const QDate &to)
{
    if (!m_providers->selectProvider(providerId))
        return false;
    showView(View::Trusts);
    m_lowerAction->setChecked(true);
    m_tabs->setCurrentWidget(m_diff);
    return m_diff->compareAny(from, to);
}

void MainWindow::resetLayout()
{
    m_listAction->setChecked(true);
    m_lowerAction->setChecked(true);
    m_rightSplitter->setSizes({m_rightSplitter->height() / 2, m_rightSplitter->height() / 2});
    sizeListToDefault();
}

void MainWindow::showHandbook()
{
    // One page, kept while the window lives, so that F1 brings it back where it was.
    if (!m_handbook)
        m_handbook = new HandbookDialog(this);
    m_handbook->show();
    m_handbook->raise();
    m_handbook->activateWindow();
}

void MainWindow::reload()
{
    m_loader->cancel(); // this read is newer than one in flight
    showList(ProviderListTask::runHere(m_store));
}

void MainWindow::showList(const ProviderListOutcome &list)
{
    const QString current = m_providers->currentProviderId();
    m_listReady = true;
    // The data may have changed: the England view's choices too.
    m_england->setChoices(list.regions, list.snapshotDates);
    if (!list.error.isEmpty()) {
        m_summaries.clear();
        m_providers->showLoadError(list.error);
        m_grid->clear(list.error);
        m_banner->setVisible(false);
        Q_EMIT listReady();
        return;
    }
    m_summaries = list.summaries;
    m_providers->setProviders(m_summaries);
    updateBanner(list.onlySample);
    if (m_restoreListPending) {
        m_restoreListPending = false;
        restoreListSettings(); // the last trust, or the first
    } else if (current.isEmpty() || !m_providers->selectProvider(current)) {
        // Something to read at once: the first trust in the list (on first
        // start, or after the first import into an empty database).
        m_providers->selectFirst();
    }
    if (!m_providers->currentProviderId().isEmpty()) {
        Q_EMIT listReady();
        return;
    }
    if (list.empty)
        m_grid->clear(tr("This database is empty. Download CQC's monthly \"Latest ratings\" file (.ods) from "
                         "<a href=\"https://www.cqc.org.uk/about-us/transparency/using-cqc-data\">"
                         "cqc.org.uk/about-us/transparency/using-cqc-data</a>, or API responses, and import "
                         "them."),
                      true);
    else
        m_grid->clear(tr("Select a trust on the left."));
    m_shownRatings = {};
    m_diff->clear();
    m_timeline->clear();
    m_history->clear();
    Q_EMIT listReady();
}

void MainWindow::afterImport()
{
    const QVector<ProviderSummary> before = m_summaries;
    reload();
    if (!m_watched->isEmpty())
        m_watchedBanner->showChanged(m_watched->changedBetween(before, m_summaries));
}

void MainWindow::selectLocationInGrid(const QString &locationId)
{
    const QModelIndex row = m_grid->model()->indexOfRow(GridRow::keyOf(locationId, QString()));
    if (!row.isValid())
        return;
    m_grid->view()->setCurrentIndex(row);
    m_grid->view()->scrollTo(row);
}

void MainWindow::updateBanner(bool onlySample)
{
    m_banner->setVisible(onlySample);
    m_banner->setText(
        tr("<b>Sample data.</b> This database holds only the small bundled sample: two trusts, with ratings "
           "taken from published CQC reports and press releases; cells the sources do not state are empty. "
           "To load real data, download CQC's monthly <i>Latest ratings</i> file from "
           "<a href=\"https://www.cqc.org.uk/about-us/transparency/using-cqc-data\">cqc.org.uk</a> and "
           "import it with <b>File &gt; Import CQC files</b> (or drop it on this window); the sample is removed "
           "when real data arrives."));
}

void MainWindow::showSubject(const Subject &subject)
{
    SubjectRatings ratings;
    if (!m_store.loadSubject(subject, &ratings)) {
        m_grid->clear(tr("%1 is not in this database.").arg(subject.id));
        m_shownRatings = {};
        m_diff->clear();
        m_timeline->clear();
        m_history->clear();
        return;
    }
    m_shownProvider = {};
    m_store.provider(ratings.providerId, &m_shownProvider);
    m_shownRatings = ratings;
    m_grid->setSubject(ratings, SubjectSubtitle::text(ratings, m_shownProvider, m_grid->asOf()));
    m_diff->setSubject(ratings, m_grid->asOf());
    m_timeline->setSubject(ratings);
    m_timeline->setAsOf(m_grid->asOf());
    m_history->clear();
}

bool MainWindow::selectProvider(const QString &id)
{
    return m_providers->selectProvider(id);
}

bool MainWindow::selectLocation(const QString &id)
{
    LocationRecord location;
    if (!m_store.location(id, &location))
        return false;
    m_providers->selectProvider(location.providerId);
    showSubject(Subject::location(id));
    return true;
}

bool MainWindow::compare(const QDate &from, const QDate &to)
{
    return m_diff->compare(from, to);
}

void MainWindow::showAbout()
{
    AboutBox::show(this, m_store);
}

void MainWindow::chooseFilesToImport()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import CQC data"), QString(), tr("CQC data (*.ods *.csv *.json *.ndjson);;All files (*)"));
    m_import->importPaths(files);
}

void MainWindow::showImportHistory()
{
    ImportHistoryDialog dialog(m_store.imports(), this);
    dialog.exec();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && !m_import->isBusy())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (m_import->importPaths(paths))
        event->acceptProposedAction();
}

void MainWindow::copySelection()
{
    // The focused table, or the one holding the focused widget.
    for (QWidget *w = QApplication::focusWidget(); w; w = w->parentWidget())
        if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
            SelectionCopier::copy(view);
            return;
        }
}

void MainWindow::openUrl(const QUrl &url)
{
    // The panels build the URL with CqcPage; this is the last line of
    // defence against opening whatever an imported file said.
    if (CqcPage::isCqcUrl(url))
        QDesktopServices::openUrl(url);
}

void MainWindow::showEvent(QShowEvent *event)
{
    // The first time, unless the user's own width was restored: a third of
    // the window for the list, where NHS trust names (up to about 60
    // characters) wrap whole onto two lines at 1280 px; the grid takes the
    // rest (six key questions fit; an acute trust's eight columns scroll a
    // little at 1280 px).
    if (!m_splitterRestored && !m_splitterSized) {
        m_splitterSized = true;
        sizeListToDefault();
    }
    QMainWindow::showEvent(event);
}

void MainWindow::sizeListToDefault()
{
    const int width = m_mainSplitter->width() > 0 ? m_mainSplitter->width() : this->width();
    const int list = qBound(m_providers->minimumSizeHint().width(), width * 34 / 100, 560);
    m_mainSplitter->setSizes({list, width - list});
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::showCellHistory(const GridRow &row, KeyQuestion keyQuestion, bool raise)
{
    m_history->showCell(m_grid->model()->ratings(), row, keyQuestion, m_grid->asOf());
    if (raise)
        m_tabs->setCurrentWidget(m_history);
}

bool MainWindow::showTab(const QString &name)
{
    if (name == QLatin1String("changes")) {
        m_tabs->setCurrentWidget(m_diff);
    } else if (name == QLatin1String("timeline")) {
        m_tabs->setCurrentIndex(TimelineTab);
    } else if (name == QLatin1String("history")) {
        const RatingGridModel *grid = m_grid->model();
        for (int c = 1; c < grid->columnCount(); ++c) {
            KeyQuestion kq;
            if (grid->keyQuestionAt(c, &kq) && kq == KeyQuestion::Overall)
                m_grid->view()->setCurrentIndex(grid->index(0, c)); // opens its history
        }
        m_tabs->setCurrentWidget(m_history);
    } else {
        return false;
    }
    return true;
}

std::unique_ptr<PrintableReport> MainWindow::makeReport(QString *error) const
{
    if (currentView() == View::England)
        return m_england->nationalSummary(error);
    const BoardPackRequest request = boardPackRequest();
    if (!request.subject.isValid()) {
        *error = tr("Choose a trust or location first.");
        return nullptr;
    }
    return BoardPackRenderer::load(m_store, request, error);
}

BoardPackRequest MainWindow::boardPackRequest() const
{
    // What the window shows: the grid's subject and date, the diff's two dates.
    BoardPackRequest request;
    request.subject = m_grid->subject();
    request.asOf = m_grid->asOf();
    request.from = m_diff->model()->fromDate();
    request.to = m_diff->model()->toDate();
    return request;
}
