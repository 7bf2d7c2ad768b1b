// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/ImportRecord.h>

#include <QAbstractTableModel>

// The imports recorded in the database, newest first.
class ImportHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        FileColumn,
        FormatColumn,
        RecordsColumn,
        NewColumn,
        ProvidersColumn,
        LocationsColumn,
        SkippedColumn,
        Sha256Column,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ImportHistoryModel(QObject *parent = nullptr);
    void setImports(QVector<ImportRecord> imports);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<ImportRecord> m_rows;
};
