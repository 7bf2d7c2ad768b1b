// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <itemmodels/ChangeFeedFilterProxyModel.h>

#include <itemmodels/Roles.h>

ChangeFeedFilterProxyModel::ChangeFeedFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(Roles::SortRole);
}

void ChangeFeedFilterProxyModel::setDirection(Direction direction)
{
    m_direction = direction;
    invalidateRowsFilter();
}

void ChangeFeedFilterProxyModel::setLevel(std::optional<PopulationLevel> level)
{
    m_level = level;
    invalidateRowsFilter();
}

void ChangeFeedFilterProxyModel::setKeyQuestion(std::optional<KeyQuestion> kq)
{
    m_keyQuestion = kq;
    invalidateRowsFilter();
}

void ChangeFeedFilterProxyModel::setProviderIds(QSet<QString> ids)
{
    m_providerIds = std::move(ids);
    invalidateRowsFilter();
}

bool ChangeFeedFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto change = Change(index.data(Roles::ChangeRole).toInt());
    if (m_direction == Direction::Declined && change != Change::Declined)
        return false;
    if (m_direction == Direction::Improved && change != Change::Improved)
        return false;
    if (m_level && PopulationLevel(index.data(Roles::LevelRole).toInt()) != *m_level)
        return false;
    if (m_keyQuestion && KeyQuestion(index.data(Roles::KeyQuestionRole).toInt()) != *m_keyQuestion)
        return false;
    if (!m_providerIds.isEmpty() && !m_providerIds.contains(index.data(Roles::SubjectIdRole).toString()))
        return false;
    return true;
}
