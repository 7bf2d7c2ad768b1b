// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>
#include <QIdentityProxyModel>
#include <QSet>

// The trust list as its source gives it, with a star (Qt::DecorationRole)
// and "watched" in the tooltip of one column of the rows whose
// Roles::SubjectIdRole is marked: the user's watched trusts, which are the
// window's state, not the list's data.
class WatchedMarkProxyModel : public QIdentityProxyModel
{
    Q_OBJECT
public:
    explicit WatchedMarkProxyModel(int column, QObject *parent = nullptr);

    void setMarked(const QSet<QString> &ids);
    QSet<QString> marked() const { return m_marked; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // The star, drawn in the palette's link colour (no image file to ship).
    static QIcon starIcon();

private:
    int m_column;
    QSet<QString> m_marked;
    QIcon m_star;
};
