// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <itemmodels/ChangeFeedFilterProxyModel.h>

#include <itemmodels/Roles.h>

ChangeFeedFilterProxyModel::ChangeFeedFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    // Grades by CQC's order and dates as dates, not as text.
    setSortRole(Roles::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ChangeFeedFilterProxyModel::setDirection(Direction direction)
{
    if (direction == m_direction)
        return;
    m_direction = direction;
    invalidateRowsFilter();
}

void ChangeFeedFilterProxyModel::setLevel(std::optional<PopulationLevel> level)
{
    if (level == m_level)
        return;
    m_level = level;
    invalidateRowsFilter();
}

void ChangeFeedFilterProxyModel::setKeyQuestion(std::optional<KeyQuestion> kq)
{
    if (kq == m_keyQuestion)
        return;
    m_keyQuestion = kq;
    invalidateRowsFilter();
}

void ChangeFeedFilterProxyModel::setProviderIds(QSet<QString> ids)
{
    if (ids == m_providerIds)
        return;
    m_providerIds = std::move(ids);
    invalidateRowsFilter();
}

// An int role with the given value; a row without the role is no match
// (its 0 would read as Change::Improved, PopulationLevel::Provider, Safe).
static bool roleIs(const QModelIndex &index, int role, int value)
{
    const QVariant v = index.data(role);
    return v.isValid() && v.toInt() == value;
}

bool ChangeFeedFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // Any column carries the row's roles; column 0 always exists.
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_direction != Direction::All
        && !roleIs(row, Roles::ChangeRole,
                   int(m_direction == Direction::Declined ? Change::Declined : Change::Improved)))
        return false;
    if (m_level && !roleIs(row, Roles::LevelRole, int(*m_level)))
        return false;
    if (m_keyQuestion && !roleIs(row, Roles::KeyQuestionRole, int(*m_keyQuestion)))
        return false;
    if (!m_providerIds.isEmpty() && !m_providerIds.contains(row.data(Roles::SubjectIdRole).toString()))
        return false;
    return true;
}
