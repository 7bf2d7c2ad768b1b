// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/Change.h>
#include <core/KeyQuestion.h>
#include <core/Population.h>

#include <QSortFilterProxyModel>

#include <optional>

// The filters of "What changed", read through the source's roles
// (Roles::ChangeRole, LevelRole, KeyQuestionRole, SubjectIdRole): declined,
// improved or all changes; one level; one key question; the watched trusts.
class ChangeFeedFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Direction { All, Declined, Improved };
    Q_ENUM(Direction)

    explicit ChangeFeedFilterProxyModel(QObject *parent = nullptr);

    void setDirection(Direction direction);
    void setLevel(std::optional<PopulationLevel> level);
    void setKeyQuestion(std::optional<KeyQuestion> kq);
    void setProviderIds(QSet<QString> ids); // empty: every trust

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Direction m_direction = Direction::All;
    std::optional<PopulationLevel> m_level;
    std::optional<KeyQuestion> m_keyQuestion;
    QSet<QString> m_providerIds;
};
