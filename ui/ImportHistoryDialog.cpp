// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "ImportHistoryDialog.h"
#include "PlainText.h"

#include <itemmodels/ImportHistoryModel.h>

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

ImportHistoryDialog::ImportHistoryDialog(const QVector<ImportRecord> &imports, QWidget *parent)
    : QDialog(parent), m_model(new ImportHistoryModel(this))
{
    setWindowTitle(tr("Import history"));
    m_model->setImports(imports);
    auto *view = new QTableView(this);
    view->setModel(m_model);
    PlainText::installToolTips(view);
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->resizeColumnsToContents();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAccessibleName(tr("Past imports"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(view);
    layout->addWidget(buttons);
    resize(900, 400);
}
