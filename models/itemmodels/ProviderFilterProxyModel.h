#pragma once

#include <QSortFilterProxyModel>

#include <core/Rating.h>

// Filters the trust list: text (name, provider ID or any location's name,
// any case), NHS trusts only or all providers, region, overall rating. Sorts
// by Roles::SortRole, so that ratings sort by grade, not alphabetically.
class ProviderFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ProviderFilterProxyModel(QObject *parent = nullptr);
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    void setNhsOnly(bool nhsOnly);
    bool nhsOnly() const { return m_nhsOnly; }
    void setRegion(const QString &region);      // empty: any
    QString region() const { return m_region; }
    // Grade::None: any rating; Grade::NotAGrade: only providers without a grade.
    void setOverall(Grade grade);
    Grade overall() const { return m_overall; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_folded;   // m_text case-folded, matched against ProviderListModel::searchText
    bool m_nhsOnly = false;
    QString m_region;
    Grade m_overall = Grade::None;
};
