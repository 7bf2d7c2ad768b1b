#include "ProviderFilterProxyModel.h"

#include "ProviderListModel.h"
#include "Roles.h"

ProviderFilterProxyModel::ProviderFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(Roles::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void ProviderFilterProxyModel::setFilterText(const QString &text)
{
    const QString simplified = text.simplified();
    if (simplified == m_text)
        return;
    m_text = simplified;
    invalidateRowsFilter();
}

bool ProviderFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QAbstractItemModel *m = sourceModel();
    for (int column : {int(ProviderListModel::NameColumn), int(ProviderListModel::IdColumn)}) {
        const QString value = m->index(sourceRow, column, sourceParent).data().toString();
        if (value.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
