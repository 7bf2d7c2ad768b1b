#pragma once

#include <QSortFilterProxyModel>

// Filters the trust list as the user types (name or provider ID, any case)
// and sorts by Roles::SortRole, so that ratings sort by grade, not by text.
class ProviderFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ProviderFilterProxyModel(QObject *parent = nullptr);
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};
