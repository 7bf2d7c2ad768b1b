// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "ProviderListPanel.h"
#include "PlainText.h"

#include <exporting/ModelExportTable.h>
#include <itemmodels/ProviderFilterProxyModel.h>
#include <itemmodels/ProviderListModel.h>
#include "RatingDelegate.h"
#include <itemmodels/Roles.h>

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
      m_filter(new QLineEdit(this)), m_type(new QComboBox(this)), m_region(new QComboBox(this)),
      m_rating(new QComboBox(this)), m_view(new QTreeView(this)), m_count(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_count->setTextFormat(Qt::PlainText);
    PlainText::installToolTips(m_view);

    m_filter->setPlaceholderText(tr("Filter by name, ID or location (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter trusts"));

    // NHS trusts first: they are who this program is for; everyone else is one click away.
    m_type->addItem(tr("NHS trusts"), true);
    m_type->addItem(tr("All providers"), false);
    m_type->setAccessibleName(tr("Provider type"));
    m_region->setAccessibleName(tr("Region"));
    m_rating->addItem(tr("Any rating"), int(Grade::None));
    for (Grade g : {Grade::Outstanding, Grade::Good, Grade::RequiresImprovement, Grade::Inadequate})
        m_rating->addItem(Rating::gradeText(g), int(g));
    m_rating->addItem(tr("No grade"), int(Grade::NotAGrade));
    m_rating->setAccessibleName(tr("Overall rating"));
    fillRegions();
    m_proxy->setNhsOnly(true);
    for (QComboBox *box : {m_type, m_region, m_rating}) {
        // Narrow windows shrink the pickers rather than grow the panel.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(6);
        connect(box, &QComboBox::activated, this, &ProviderListPanel::applyFilters);
    }

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
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_type, 1);
    filters->addWidget(m_region, 1);
    filters->addWidget(m_rating, 1);
    layout->addLayout(filters);
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
        QAction *open = menu.addAction(tr("Open CQC page"));
        open->setEnabled(url.isValid());
        if (menu.exec(m_view->viewport()->mapToGlobal(pos)) == open)
            Q_EMIT openCqcPage(url);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    Q_EMIT providerSelected(current.data(Roles::SubjectIdRole).toString());
            });
}

void ProviderListPanel::setProviders(QVector<ProviderSummary> providers)
{
    m_model->setProviders(std::move(providers));
    fillRegions();
    updateCount();
}

void ProviderListPanel::fillRegions()
{
    const QString current = m_region->currentData().toString();
    QStringList regions;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString region = m_model->index(row, 0).data(Roles::RegionRole).toString();
        if (!region.isEmpty() && !regions.contains(region))
            regions << region;
    }
    regions.sort();
    m_region->clear();
    m_region->addItem(tr("All regions"), QString());
    for (const QString &r : std::as_const(regions))
        m_region->addItem(r, r);
    m_region->setCurrentIndex(qMax(0, m_region->findData(current)));
}

void ProviderListPanel::applyFilters()
{
    m_proxy->setNhsOnly(m_type->currentData().toBool());
    m_proxy->setRegion(m_region->currentData().toString());
    m_proxy->setOverall(Grade(m_rating->currentData().toInt()));
    updateCount();
}

void ProviderListPanel::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("list/header"), m_view->header()->saveState());
    settings.setValue(QStringLiteral("list/filter"), m_filter->text());
    settings.setValue(QStringLiteral("list/nhsOnly"), m_type->currentData().toBool());
    settings.setValue(QStringLiteral("list/region"), m_region->currentData().toString());
    settings.setValue(QStringLiteral("list/rating"), m_rating->currentData().toInt());
}

void ProviderListPanel::restoreState(const QSettings &settings)
{
    m_view->header()->restoreState(settings.value(QStringLiteral("list/header")).toByteArray());
    m_type->setCurrentIndex(qMax(0, m_type->findData(settings.value(QStringLiteral("list/nhsOnly"), true).toBool())));
    m_region->setCurrentIndex(qMax(0, m_region->findData(settings.value(QStringLiteral("list/region")).toString())));
    m_rating->setCurrentIndex(qMax(0, m_rating->findData(settings.value(QStringLiteral("list/rating"), 0).toInt())));
    applyFilters();
    m_filter->setText(settings.value(QStringLiteral("list/filter")).toString());
    m_proxy->setFilterText(m_filter->text());
    updateCount();
}

void ProviderListPanel::updateCount()
{
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
    return {m_filter, m_type, m_region, m_rating, m_view};
}

bool ProviderListPanel::selectProvider(const QString &id)
{
    const int row = m_model->rowOfProvider(id);
    if (row < 0)
        return false;
    QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!proxyIndex.isValid()) {
        // Hidden by a filter: clear the filters rather than fail.
        m_filter->clear();
        m_proxy->setFilterText(QString());
        m_type->setCurrentIndex(m_model->index(row, 0).data(Roles::NhsRole).toBool() ? 0 : 1);
        m_region->setCurrentIndex(0);
        m_rating->setCurrentIndex(0);
        applyFilters();
        proxyIndex = m_proxy->mapFromSource(m_model->index(row, 0));
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
