// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <itemmodels/DiffFilterProxyModel.h>

#include <itemmodels/DiffModel.h>
#include <itemmodels/Roles.h>

DiffFilterProxyModel::DiffFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(Roles::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    sort(DiffModel::ChangeColumn, Qt::AscendingOrder);
}

void DiffFilterProxyModel::setChangedOnly(bool changedOnly)
{
    if (changedOnly == m_changedOnly)
        return;
    m_changedOnly = changedOnly;
    invalidateRowsFilter();
}

bool DiffFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_changedOnly)
        return true;
    const QModelIndex change = sourceModel()->index(sourceRow, DiffModel::ChangeColumn, sourceParent);
    return Change(change.data(Roles::ChangeRole).toInt()) != Change::Unchanged;
}
