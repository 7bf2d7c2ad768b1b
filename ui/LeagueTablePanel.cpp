// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "LeagueTablePanel.h"

#include "PlainText.h"
#include "RatingDelegate.h"
#include <itemmodels/LeagueTableModel.h>
#include <itemmodels/ProviderFilterProxyModel.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

LeagueTablePanel::LeagueTablePanel(QWidget *parent)
    : QWidget(parent), m_model(new LeagueTableModel(this)), m_proxy(new ProviderFilterProxyModel(this)),
      m_filter(new QLineEdit(this)), m_view(new QTableView(this)), m_count(new QLabel(this))
{
    auto *filterLabel = new QLabel(tr("F&ilter:"), this);
    filterLabel->setBuddy(m_filter);
    m_filter->setPlaceholderText(tr("Name or ID of a trust or location"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the league table"));
    m_count->setTextFormat(Qt::PlainText);
    m_count->setAccessibleName(tr("Rows shown"));

    // The survey already picked the population; the proxy adds the text
    // filter and sorts by SortRole (grades in CQC's order, not by name).
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    PlainText::installToolTips(m_view);
    m_view->setItemDelegate(new RatingDelegate(this));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    const QFontMetrics fm(font());
    m_view->verticalHeader()->setDefaultSectionSize(2 * fm.height() + fm.height() * 4 / 5 + 12);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(LeagueTableModel::ProviderColumn, Qt::AscendingOrder);
    m_view->horizontalHeader()->setSectionResizeMode(LeagueTableModel::ProviderColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setMinimumSectionSize(60);
    // Wide enough for an NHS code and for the column's heading, whichever is wider.
    for (auto [column, sample] : {std::pair{LeagueTableModel::ProviderIdColumn, "RXXXX"},
                                  std::pair{LeagueTableModel::LocationIdColumn, "RXX0000"}})
        m_view->setColumnWidth(
            column, qMax(fm.horizontalAdvance(QLatin1String(sample)),
                         m_view->horizontalHeader()->fontMetrics().horizontalAdvance(
                             m_view->model()->headerData(column, Qt::Horizontal).toString()))
                        + 12);
    m_view->setColumnWidth(LeagueTableModel::LocationColumn, 180);
    m_view->setColumnWidth(LeagueTableModel::TypeColumn, 100);
    m_view->setColumnWidth(LeagueTableModel::RegionColumn, 110);
    // A tile holds "Requires / improvement" on two lines and its date.
    const int tile = qMax(fm.horizontalAdvance(QStringLiteral("improvement")), fm.horizontalAdvance(QStringLiteral("30 Sep 2026"))) + 16;
    for (int c = LeagueTableModel::SafeColumn; c <= LeagueTableModel::OverallColumn; ++c)
        m_view->setColumnWidth(c, tile);
    m_view->setAccessibleName(tr("League table"));
    m_view->setTabKeyNavigation(false);

    auto *top = new QHBoxLayout;
    top->addWidget(filterLabel);
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    // The table is at most a few thousand rows and the proxy reads each
    // row's search text once: filtering on every keystroke keeps up.
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        updateCount();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &LeagueTablePanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &LeagueTablePanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &LeagueTablePanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &LeagueTablePanel::updateCount);
    updateCount();
}

QList<QWidget *> LeagueTablePanel::focusOrder() const
{
    return {m_filter, m_view};
}

void LeagueTablePanel::setRows(QVector<LeagueRow> rows, PopulationLevel level, const QDate &asOf)
{
    m_model->setRows(std::move(rows), asOf);
    const bool locations = level == PopulationLevel::Location;
    m_view->setColumnHidden(LeagueTableModel::LocationIdColumn, !locations);
    m_view->setColumnHidden(LeagueTableModel::LocationColumn, !locations);
    updateCount();
}

QString LeagueTablePanel::countText() const
{
    return m_count->text();
}

void LeagueTablePanel::updateCount()
{
    m_count->setText(tr("%1 of %2 shown").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}
