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
    setOverallGrades(grade == Grade::None ? QSet<Grade>() : QSet<Grade>{grade});
}

void ProviderFilterProxyModel::setOverallGrades(const QSet<Grade> &grades)
{
    QSet<Grade> wanted = grades;
    wanted.remove(Grade::None); // "any" is the empty set, not a grade
    if (wanted == m_grades)
        return;
    m_grades = wanted;
    invalidateRowsFilter();
}

void ProviderFilterProxyModel::setTrustType(std::optional<TrustType> type)
{
    if (type == m_trustType)
        return;
    m_trustType = type;
    invalidateRowsFilter();
}

void ProviderFilterProxyModel::setIcb(const QString &icb)
{
    const QString folded = icb.simplified().toCaseFolded();
    if (folded == m_icb)
        return;
    m_icb = folded;
    invalidateRowsFilter();
}

void ProviderFilterProxyModel::setProviderIds(const QSet<QString> &ids)
{
    if (ids == m_ids)
        return;
    m_ids = ids;
    invalidateRowsFilter();
}

void ProviderFilterProxyModel::setSourceModel(QAbstractItemModel *source)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    forgetFacts();
    // Connected before QSortFilterProxyModel's own handlers, which are
    // connected in setSourceModel below: Qt calls slots in connection order,
    // so the facts are forgotten before the proxy filters the changed rows.
    if (source) {
        connect(source, &QAbstractItemModel::modelReset, this, &ProviderFilterProxyModel::forgetFacts);
        connect(source, &QAbstractItemModel::rowsInserted, this, &ProviderFilterProxyModel::forgetFacts);
        connect(source, &QAbstractItemModel::rowsRemoved, this, &ProviderFilterProxyModel::forgetFacts);
        connect(source, &QAbstractItemModel::rowsMoved, this, &ProviderFilterProxyModel::forgetFacts);
        connect(source, &QAbstractItemModel::layoutChanged, this, &ProviderFilterProxyModel::forgetFacts);
        connect(source, &QAbstractItemModel::dataChanged, this, &ProviderFilterProxyModel::forgetFacts);
    }
    QSortFilterProxyModel::setSourceModel(source);
}

const ProviderFilterProxyModel::RowFacts &ProviderFilterProxyModel::factsOf(int sourceRow) const
{
    if (m_facts.isEmpty()) {
        const int rows = sourceModel()->rowCount();
        m_facts.resize(rows);
        for (int r = 0; r < rows; ++r) {
            const QModelIndex row = sourceModel()->index(r, 0);
            RowFacts &f = m_facts[r];
            f.searchText = row.data(Roles::SearchTextRole).toString();
            f.region = row.data(Roles::RegionRole).toString();
            f.overall = Grade(row.data(Roles::OverallGradeRole).toInt());
            f.nhs = row.data(Roles::NhsRole).toBool();
            f.type = TrustType(row.data(Roles::TrustTypeRole).toInt());
            f.icb = row.data(Roles::IcbRole).toString().toCaseFolded();
            f.id = row.data(Roles::SubjectIdRole).toString();
        }
    }
    return m_facts.at(sourceRow);
}

bool ProviderFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // What the row is, as its roles said when the source last changed: a
    // keystroke scans 25,000 short strings in memory, never the database.
    if (sourceParent.isValid())
        return true;
    const RowFacts &row = factsOf(sourceRow);
    if (m_nhsOnly && !row.nhs)
        return false;
    if (!m_region.isEmpty() && row.region != m_region)
        return false;
    if (!m_grades.isEmpty() && !gradeAccepted(row.overall))
        return false;
    if (m_trustType && row.type != *m_trustType)
        return false;
    if (!m_icb.isEmpty() && row.icb != m_icb)
        return false;
    if (!m_ids.isEmpty() && !m_ids.contains(row.id))
        return false;
    return m_folded.isEmpty() || row.searchText.contains(m_folded);
}

bool ProviderFilterProxyModel::gradeAccepted(Grade overall) const
{
    // No rating at all and a non-grade ("Inspected but not rated") are both "no grade".
    const bool isGrade = overall != Grade::None && overall != Grade::NotAGrade;
    return m_grades.contains(isGrade ? overall : Grade::NotAGrade);
}
