#include "ProviderListPanel.h"

#include "ProviderFilterProxyModel.h"
#include "ProviderListModel.h"
#include "RatingDelegate.h"
#include "Roles.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

ProviderListPanel::ProviderListPanel(QWidget *parent)
    : QWidget(parent),
      m_model(new ProviderListModel(this)),
      m_proxy(new ProviderFilterProxyModel(this)),
      m_filter(new QLineEdit(this)),
      m_view(new QTreeView(this)),
      m_count(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);

    m_filter->setPlaceholderText(tr("Filter by name or ID"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter trusts"));

    auto *delegate = new RatingDelegate(this);
    delegate->setShowDates(false);
    m_view->setModel(m_proxy);
    m_view->setItemDelegateForColumn(ProviderListModel::OverallColumn, delegate);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ProviderListModel::NameColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setAccessibleName(tr("Trusts"));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setMinimumSectionSize(50);
    m_view->setColumnWidth(ProviderListModel::IdColumn, 56);
    m_view->setColumnWidth(ProviderListModel::NameColumn, 260);
    m_view->setColumnWidth(ProviderListModel::TypeColumn, 200);
    m_view->setColumnWidth(ProviderListModel::OverallDateColumn, 90);
    m_view->setColumnWidth(ProviderListModel::OverallColumn, 150);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
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
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    Q_EMIT providerSelected(current.data(Roles::SubjectIdRole).toString());
            });
}

void ProviderListPanel::setProviders(QVector<ProviderSummary> providers)
{
    m_model->setProviders(std::move(providers));
    updateCount();
}

void ProviderListPanel::updateCount()
{
    m_count->setText(tr("%1 of %2 shown").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

bool ProviderListPanel::selectProvider(const QString &id)
{
    const int row = m_model->rowOfProvider(id);
    if (row < 0)
        return false;
    QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!proxyIndex.isValid()) {
        m_filter->clear();
        m_proxy->setFilterText(QString());
        updateCount();
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
