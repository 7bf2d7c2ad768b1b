#include <itemmodels/ProviderFilterProxyModel.h>

#include <itemmodels/ProviderListModel.h>
#include <itemmodels/Roles.h>

ProviderFilterProxyModel::ProviderFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(Roles::SortRole);
    // Case-insensitive but not locale-aware: collation on 25,000 names after
    // every keystroke costs more than a frame, and trust names are English.
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ProviderFilterProxyModel::setFilterText(const QString &text)
{
    const QString simplified = text.simplified();
    if (simplified == m_text)
        return;
    m_text = simplified;
    m_folded = simplified.toCaseFolded();
    invalidateRowsFilter();
}

void ProviderFilterProxyModel::setNhsOnly(bool nhsOnly)
{
    if (nhsOnly == m_nhsOnly)
        return;
    m_nhsOnly = nhsOnly;
    invalidateRowsFilter();
}

void ProviderFilterProxyModel::setRegion(const QString &region)
{
    if (region == m_region)
        return;
    m_region = region;
    invalidateRowsFilter();
}

void ProviderFilterProxyModel::setOverall(Grade grade)
{
    if (grade == m_overall)
        return;
    m_overall = grade;
    invalidateRowsFilter();
}

bool ProviderFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // Works on the summaries in memory: a keystroke scans 25,000 short
    // strings, never the database.
    const auto *list = qobject_cast<const ProviderListModel *>(sourceModel());
    if (!list || sourceParent.isValid())
        return true;
    const ProviderSummary &s = list->summary(sourceRow);
    if (m_nhsOnly && !s.isNhs())
        return false;
    if (!m_region.isEmpty() && s.provider.region != m_region)
        return false;
    if (m_overall == Grade::NotAGrade ? s.overall.isGrade() : (m_overall != Grade::None && s.overall.grade() != m_overall))
        return false;
    return m_folded.isEmpty() || list->searchText(sourceRow).contains(m_folded);
}
