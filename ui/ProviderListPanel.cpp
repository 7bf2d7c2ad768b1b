// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "ProviderListPanel.h"
#include "PlainText.h"
#include "ProviderFilterBar.h"
#include "WatchedMarkProxyModel.h"
#include "WatchedTrusts.h"

#include <exporting/ModelExportTable.h>
#include <itemmodels/ProviderFilterProxyModel.h>
#include <itemmodels/ProviderListModel.h>
#include "RatingDelegate.h"
#include <itemmodels/Roles.h>

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

ProviderListPanel::ProviderListPanel(QWidget *parent)
    : QWidget(parent), m_model(new ProviderListModel(this)), m_proxy(new ProviderFilterProxyModel(this)),
      m_filter(new QLineEdit(this)), m_view(new QTreeView(this)), m_count(new QLabel(this)),
      m_marks(new WatchedMarkProxyModel(ProviderListModel::NameColumn, this)),
      m_filters(new ProviderFilterBar(m_proxy, this)), m_watch(new QAction(tr("&Watch this trust"), this))
{
    // The stars sit between the list and the filters, so that "My trusts"
    // and the list's own roles are read the same way.
    m_marks->setSourceModel(m_model);
    m_proxy->setSourceModel(m_marks);
    m_count->setTextFormat(Qt::PlainText);
    PlainText::installToolTips(m_view);

    m_filter->setPlaceholderText(tr("Filter by name, ID, location or location ID (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter trusts"));

    connect(m_filters, &ProviderFilterBar::changed, this, &ProviderListPanel::updateCount);

    auto *delegate = new RatingDelegate(this);
    delegate->setShowDates(false);
    // Rows of two lines: a long trust name wraps whole instead of "St Mary's
    // and Beech NHS Foundati...", and so does "Requires / improvement".
    delegate->setTwoLines(true);
    m_view->setWordWrap(true);
    m_view->setModel(m_proxy);
    m_view->setItemDelegateForColumn(ProviderListModel::OverallColumn, delegate);
    for (int c = ProviderListModel::SafeColumn; c <= ProviderListModel::WellLedColumn; ++c)
        m_view->setItemDelegateForColumn(c, delegate);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ProviderListModel::NameColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setAccessibleName(tr("Trusts"));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ProviderListModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setMinimumSectionSize(50);
    // Wide enough for their headers ("Provider ID", not "Provider" twice)
    // and, for the rating, for "improvement" on its own line.
    QHeaderView *header = m_view->header();
    const QFontMetrics headerFont(header->font());
    m_view->setColumnWidth(
        ProviderListModel::IdColumn,
        headerFont.horizontalAdvance(m_model->headerData(ProviderListModel::IdColumn, Qt::Horizontal).toString()) + 18);
    m_view->setColumnWidth(ProviderListModel::NameColumn, 150);
    m_view->setColumnWidth(ProviderListModel::TypeColumn, 200);
    m_view->setColumnWidth(ProviderListModel::OverallDateColumn,
                           header->sectionSizeHint(ProviderListModel::OverallDateColumn));
    m_view->setColumnWidth(ProviderListModel::OverallColumn,
                           qMax(header->sectionSizeHint(ProviderListModel::OverallColumn),
                                fontMetrics().horizontalAdvance(QStringLiteral("improvement")) + 24));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    // A short debounce: typing "lewisham" filters once, not eight times.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(150);
    connect(m_filter, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, [this] {
        m_proxy->setFilterText(m_filter->text());
        updateCount();
        showSearchedLocation();
    });
    connect(m_filter, &QLineEdit::returnPressed, this, [this, debounce] {
        debounce->stop();
        m_proxy->setFilterText(m_filter->text());
        updateCount();
        if (m_proxy->rowCount() > 0) {
            m_view->setCurrentIndex(m_proxy->index(0, 0));
            m_view->setFocus();
        }
    });
    // Name, ID and overall rating fit the panel; the other columns are a
    // right-click on the header away (and export includes what is shown).
    // The own key-question ratings are the England view's league table's
    // business; here they are one more right-click away.
    for (int c : {int(ProviderListModel::TypeColumn), int(ProviderListModel::RegionColumn),
                  int(ProviderListModel::OverallDateColumn), int(ProviderListModel::LocationsColumn)})
        m_view->setColumnHidden(c, true);
    for (int c = ProviderListModel::SafeColumn; c <= ProviderListModel::WellLedColumn; ++c)
        m_view->setColumnHidden(c, true);
    m_view->header()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->header(), &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu;
        for (int c = 0; c < m_model->columnCount(); ++c) {
            QAction *toggle = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
            toggle->setCheckable(true);
            toggle->setChecked(!m_view->isColumnHidden(c));
            toggle->setEnabled(c != ProviderListModel::NameColumn);
            connect(toggle, &QAction::toggled, this, [this, c](bool on) { m_view->setColumnHidden(c, !on); });
        }
        menu.exec(m_view->header()->mapToGlobal(pos));
    });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_view->indexAt(pos);
        if (!index.isValid())
            return;
        const QUrl url = index.data(Roles::CqcPageRole).toUrl();
        QMenu menu;
        updateWatchAction();
        menu.addAction(m_watch);
        menu.addSeparator();
        QAction *open = menu.addAction(tr("Open CQC page"));
        open->setEnabled(url.isValid());
        if (menu.exec(m_view->viewport()->mapToGlobal(pos)) == open)
            Q_EMIT openCqcPage(url);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                updateWatchAction();
                if (current.isValid()) {
                    Q_EMIT providerSelected(current.data(Roles::SubjectIdRole).toString());
                    showSearchedLocation();
                }
            });
    // A star for the current trust, from the keyboard or the context menu.
    m_watch->setObjectName(QStringLiteral("watchTrust"));
    m_watch->setCheckable(true);
    m_watch->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_watch->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_watch->setEnabled(false);
    addAction(m_watch);
    connect(m_watch, &QAction::triggered, this, [this](bool on) {
        const QString id = currentProviderId();
        if (m_watched && !id.isEmpty())
            m_watched->setWatched(id, on);
    });
}

void ProviderListPanel::setWatchedTrusts(WatchedTrusts *watched)
{
    m_watched = watched;
    const auto follow = [this] {
        m_marks->setMarked(m_watched->ids());
        m_filters->setWatched(m_watched->ids());
        updateWatchAction();
    };
    connect(watched, &WatchedTrusts::changed, this, follow);
    follow();
}

void ProviderListPanel::updateWatchAction()
{
    const QString id = currentProviderId();
    m_watch->setEnabled(m_watched && !id.isEmpty());
    m_watch->setChecked(m_watched && m_watched->contains(id));
}

QComboBox *ProviderListPanel::typeFilter() const
{
    return m_filters->nhsFilter();
}

// "RJ224" in the filter: its trust is the one row left, and once it is
// current the window shows that location in the trust's grid.
void ProviderListPanel::showSearchedLocation()
{
    const QString text = m_filter->text().simplified();
    const int row = m_model->rowOfProvider(currentProviderId());
    if (text.isEmpty() || row < 0 || row >= m_summaries.size())
        return;
    for (const QString &id : m_summaries.at(row).locationIds.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (id.compare(text, Qt::CaseInsensitive) == 0) {
            Q_EMIT locationSearched(id);
            return;
        }
}

void ProviderListPanel::setProviders(QVector<ProviderSummary> providers)
{
    m_status.clear();
    m_summaries = providers; // shared with the model's copy, not copied
    m_model->setProviders(std::move(providers));
    m_filters->fillChoices(m_model);
    updateCount();
}

void ProviderListPanel::showLoading()
{
    m_status = tr("Loading…");
    updateCount();
}

void ProviderListPanel::showLoadError(const QString &error)
{
    m_status = error;
    m_count->setWordWrap(true);
    m_summaries.clear();
    m_model->setProviders({});
    updateCount();
}

QString ProviderListPanel::statusText() const
{
    return m_count->text();
}

void ProviderListPanel::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("list/header"), m_view->header()->saveState());
    settings.setValue(QStringLiteral("list/filter"), m_filter->text());
    m_filters->saveState(settings);
}

void ProviderListPanel::restoreState(const QSettings &settings)
{
    m_view->header()->restoreState(settings.value(QStringLiteral("list/header")).toByteArray());
    m_filters->restoreState(settings);
    m_filter->setText(settings.value(QStringLiteral("list/filter")).toString());
    m_proxy->setFilterText(m_filter->text());
    updateCount();
}

void ProviderListPanel::updateCount()
{
    // The filters change while the list is read (the watched trusts are
    // restored): "Loading…" stays until the list is there.
    if (!m_status.isEmpty())
        m_count->setText(m_status);
    else
        m_count->setText(tr("%1 of %2 shown").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

bool ProviderListPanel::selectFirst()
{
    if (m_proxy->rowCount() == 0)
        return false;
    m_view->setCurrentIndex(m_proxy->index(0, 0));
    return true;
}

QList<QWidget *> ProviderListPanel::focusOrder() const
{
    return QList<QWidget *>{m_filter} << m_filters->focusOrder() << m_view;
}

bool ProviderListPanel::selectProvider(const QString &id)
{
    const int row = m_model->rowOfProvider(id);
    if (row < 0)
        return false;
    const auto shown = [this, row] { return m_proxy->mapFromSource(m_marks->mapFromSource(m_model->index(row, 0))); };
    QModelIndex proxyIndex = shown();
    if (!proxyIndex.isValid()) {
        // Hidden by a filter: clear the filters rather than fail.
        m_filter->clear();
        m_proxy->setFilterText(QString());
        m_filters->clear(m_model->index(row, 0).data(Roles::NhsRole).toBool());
        proxyIndex = shown();
    }
    m_view->setCurrentIndex(proxyIndex);
    m_view->scrollTo(proxyIndex);
    return true;
}

QString ProviderListPanel::currentProviderId() const
{
    return m_view->currentIndex().data(Roles::SubjectIdRole).toString();
}

void ProviderListPanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

std::unique_ptr<ExportTable> ProviderListPanel::exportTable() const
{
    QList<int> columns;
    const QHeaderView *header = m_view->header();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    return std::make_unique<ModelExportTable>(m_proxy, columns);
}
