// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <itemmodels/ImportHistoryModel.h>

#include <itemmodels/Roles.h>

#include <QLocale>

#include <algorithm>

ImportHistoryModel::ImportHistoryModel(QObject *parent) : QAbstractTableModel(parent)
{}

void ImportHistoryModel::setImports(QVector<ImportRecord> imports)
{
    beginResetModel();
    m_rows = std::move(imports);
    std::reverse(m_rows.begin(), m_rows.end());
    endResetModel();
}

int ImportHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int ImportHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportRecord &r = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() >= RecordsColumn && index.column() <= SkippedColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Roles::SortRole && index.column() == TimeColumn)
        return r.importedAt;
    if (role != Qt::DisplayRole && role != Roles::SortRole)
        return {};
    switch (index.column()) {
    case TimeColumn: return QLocale().toString(r.importedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
    case FileColumn: return r.fileName;
    case FormatColumn: return r.isSample ? tr("bundled sample") : r.format;
    case RecordsColumn: return r.records;
    case NewColumn: return r.newObservations;
    case ProvidersColumn: return r.providers;
    case LocationsColumn: return r.locations;
    case SkippedColumn: return r.skipped;
    case Sha256Column: return r.sha256;
    }
    return {};
}

QVariant ImportHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Imported");
    case FileColumn: return tr("File");
    case FormatColumn: return tr("Format");
    case RecordsColumn: return tr("Records");
    case NewColumn: return tr("New ratings");
    case ProvidersColumn: return tr("Providers");
    case LocationsColumn: return tr("Locations");
    case SkippedColumn: return tr("Skipped");
    case Sha256Column: return tr("SHA-256");
    }
    return {};
}
