// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "CellHistoryPanel.h"
#include "PlainText.h"

#include <itemmodels/CellHistoryModel.h>
#include "RatingDelegate.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

CellHistoryPanel::CellHistoryPanel(QWidget *parent)
    : QWidget(parent), m_model(new CellHistoryModel(this)), m_title(new QLabel(this)), m_view(new QTableView(this))
{
    // Plain text: names come from data files and may hold '<' or '&'.
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The date has its own column beside the tile, so the tile leaves it out.
    auto *delegate = new RatingDelegate(this);
    delegate->setShowDates(false);
    m_view->setModel(m_model);
    PlainText::installToolTips(m_view);
    m_view->setItemDelegate(delegate);
    // Single cells, so that a report ID can be selected and copied on its own.
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(QFontMetrics(font()).height() + 12);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const QFontMetrics fm(font());
    m_view->setColumnWidth(CellHistoryModel::DateColumn,
                           fm.horizontalAdvance(QStringLiteral("00 September 0000")) + 16);
    m_view->setColumnWidth(CellHistoryModel::RatingColumn,
                           fm.horizontalAdvance(QStringLiteral("Requires improvement")) + 24);
    m_view->setColumnWidth(CellHistoryModel::ScoreColumn, fm.horizontalAdvance(tr("Score")) + 20);
    m_view->setColumnWidth(CellHistoryModel::ShownColumn, fm.horizontalAdvance(tr("Shown")) + 20);
    m_view->setColumnWidth(CellHistoryModel::InheritedColumn, 120);
    m_view->setColumnWidth(CellHistoryModel::QualityStatementsColumn,
                           fm.horizontalAdvance(tr("Quality statements")) + 24);
    m_view->setColumnWidth(CellHistoryModel::ReportColumn, fm.horizontalAdvance(QStringLiteral("AAAA0000000000")) + 16);
    m_view->setAccessibleName(tr("Rating history of the selected cell"));
    m_view->setTabKeyNavigation(false); // Tab leaves the table

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
    clear();
}

void CellHistoryPanel::showCell(const SubjectRatings &ratings, const GridRow &row, KeyQuestion kq, const QDate &asOf)
{
    m_model->setCell(ratings, row, kq, asOf);
    if (m_model->rowCount() == 0)
        m_title->setText(tr("%1: nothing published").arg(m_model->title()));
    else if (m_model->shownRow() < 0)
        m_title->setText(tr("%1: no current rating on the date shown").arg(m_model->title()));
    else
        m_title->setText(tr("%1 \u2013 %2").arg(m_model->title(), m_model->currentReason()));
    m_view->setAccessibleDescription(m_model->title());
}

void CellHistoryPanel::clear()
{
    m_model->clear();
    m_title->setText(tr("Select a rating in the grid to see its history."));
    m_view->setAccessibleDescription(QString());
}

QString CellHistoryPanel::titleText() const
{
    return m_title->text();
}
