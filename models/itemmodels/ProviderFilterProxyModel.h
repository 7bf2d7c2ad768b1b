// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>
#include <QVector>

#include <core/Rating.h>

// Filters the trust list: text (name, provider ID or any location's name,
// any case), NHS trusts only or all providers, region, overall rating. It
// reads a row's Roles::SearchTextRole, NhsRole, RegionRole and
// OverallGradeRole, so any model giving those can be its source. Sorts by
// Roles::SortRole, so that ratings sort by grade, not alphabetically.
class ProviderFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ProviderFilterProxyModel(QObject *parent = nullptr);
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    void setNhsOnly(bool nhsOnly);
    void setRegion(const QString &region); // empty: any
    // Grade::None: any rating; Grade::NotAGrade: only providers without a grade.
    void setOverall(Grade grade);
    void setSourceModel(QAbstractItemModel *source) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    // What the filters read of a source row, through its roles. Read once
    // after the source changes rather than through data() on every
    // keystroke: 25,000 calls a keystroke showed in trbench.
    struct RowFacts
    {
        QString searchText;
        QString region;
        Grade overall = Grade::None;
        bool nhs = false;
    };
    const RowFacts &factsOf(int sourceRow) const;
    void forgetFacts() { m_facts.clear(); }

    mutable QVector<RowFacts> m_facts; // empty: to be read again
    QString m_text;
    QString m_folded; // m_text case-folded, looked for in Roles::SearchTextRole
    bool m_nhsOnly = false;
    QString m_region;
    Grade m_overall = Grade::None;
};
