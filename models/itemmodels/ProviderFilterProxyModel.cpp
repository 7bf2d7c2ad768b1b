// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <itemmodels/ProviderFilterProxyModel.h>

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
    // Reads what the row is through its roles, in memory: a keystroke
    // scans 25,000 short strings, never the database. Only the filters set
    // are asked, so typing in "All providers" reads one role a row.
    if (sourceParent.isValid())
        return true;
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_nhsOnly && !row.data(Roles::NhsRole).toBool())
        return false;
    if (!m_region.isEmpty() && row.data(Roles::RegionRole).toString() != m_region)
        return false;
    if (m_overall != Grade::None) {
        const Grade grade = Grade(row.data(Roles::OverallGradeRole).toInt());
        const bool isGrade = grade != Grade::None && grade != Grade::NotAGrade;
        if (m_overall == Grade::NotAGrade ? isGrade : grade != m_overall)
            return false;
    }
    return m_folded.isEmpty() || row.data(Roles::SearchTextRole).toString().contains(m_folded);
}
