// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <exporting/ExportTable.h>

#include <QList>
#include <QPersistentModelIndex>

class QAbstractItemModel;

// Exports an item model as shown: the given columns in the given order,
// rows in the model's (the proxy's) order, tree rows depth first. Values
// and headers come from Roles::ExportRole where a model gives it, else
// DisplayRole: a model whose display text is translated gives the export
// role, so that files are the same in every language.
class ModelExportTable : public ExportTable
{
public:
    // Empty `columns`: all columns in model order.
    ModelExportTable(const QAbstractItemModel *model, QList<int> columns = {});

    QStringList headers() const override;
    bool nextRow(QVector<ExportCell> *row) override;
    double progress() const override;

    static ExportCell cell(const QModelIndex &index);

private:
    const QAbstractItemModel *m_model;
    QList<int> m_columns;
    QModelIndex m_next;
    bool m_started = false;
    int m_done = 0;
};
