// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>

// The diff table as shown: all cells, or with "Changed only" just those
// whose change is not "unchanged"; sorted by change (declines first, then
// improvements, other changes, unchanged) until sorted by another column.
// Within one change the rows keep the grid's order (the sort is stable).
class DiffFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit DiffFilterProxyModel(QObject *parent = nullptr);
    void setChangedOnly(bool changedOnly);
    bool changedOnly() const { return m_changedOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_changedOnly = false;
};
