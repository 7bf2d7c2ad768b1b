// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QVector>

#include <core/Rating.h>
#include <core/TrustType.h>

#include <optional>
#include <vector>

// Filters the trust list: text (name, provider ID or any location's name or
// ID, any case), NHS trusts only or all providers, region, trust type, one
// or several overall ratings, ICB, and a set of providers (the user's
// watched trusts). It reads a row's Roles::SearchTextRole, NhsRole,
// RegionRole, OverallGradeRole, TrustTypeRole, IcbRole and SubjectIdRole,
// so any model giving those can be its source. Sorts by Roles::SortRole, so
// that ratings sort by grade, not alphabetically.
class ProviderFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ProviderFilterProxyModel(QObject *parent = nullptr);
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    void setNhsOnly(bool nhsOnly);
    void setRegion(const QString &region); // empty: any
    // Grade::None: any rating; Grade::NotAGrade: only providers without a
    // grade. The same as setOverallGrades with that one grade.
    void setOverall(Grade grade);
    // Rows whose overall grade is any of `grades` (empty: any rating);
    // Grade::NotAGrade stands for "no grade", as in setOverall.
    // {RequiresImprovement, Inadequate} is "Requires improvement or worse".
    void setOverallGrades(const QSet<Grade> &grades);
    QSet<Grade> overallGrades() const { return m_grades; }
    void setTrustType(std::optional<TrustType> type); // nullopt: any
    std::optional<TrustType> trustType() const { return m_trustType; }
    void setIcb(const QString &icb); // empty: any; compared case-insensitively
    // Only these providers (the watched trusts); empty: all.
    void setProviderIds(const QSet<QString> &ids);
    QSet<QString> providerIds() const { return m_ids; }
    void setSourceModel(QAbstractItemModel *source) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // The order of QSortFilterProxyModel::lessThan on Roles::SortRole, from
    // a rank per row worked out once per column after the source changes:
    // a keystroke among 25,000 rows re-sorts them comparing two ints, not
    // two QVariants read through data().
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // What the filters read of a source row, through its roles. Read once
    // after the source changes rather than through data() on every
    // keystroke: 25,000 calls a keystroke showed in trbench.
    struct RowFacts
    {
        QString searchText;
        QString region;
        QString icb; // case-folded
        QString id;
        Grade overall = Grade::None;
        TrustType type = TrustType::Other;
        bool nhs = false;
    };
    const RowFacts &factsOf(int sourceRow) const;
    void forgetFacts()
    {
        m_facts.clear();
        m_ranks.clear();
        m_lastRanks = nullptr;
        m_sourceFlat = -1;
    }
    const QVector<int> &ranksOf(int column) const;
    // Whether no source row has children: then every comparison is of two
    // top-level rows, which the ranks are for, and lessThan need not ask
    // each index for its parent (two calls through the source's proxy, a
    // fifth of a keystroke's re-sort among 25,000 rows).
    bool sourceIsFlat() const;
    bool gradeAccepted(Grade overall) const;
    // A filter changed: the rows that come and go signalled, or, when they
    // are many runs, every row filtered and sorted again in one pass.
    void refilter();
    bool changesMany() const;

    mutable QVector<RowFacts> m_facts; // empty: to be read again
    mutable QHash<int, QVector<int>> m_ranks; // column: each source row's place in sort order (ties equal)
    mutable int m_sourceFlat = -1; // sourceIsFlat(): -1 not yet known
    // The ranks ranksOf() gave last, in m_ranks (null after it changes).
    mutable int m_lastRankColumn = -1;
    mutable const QVector<int> *m_lastRanks = nullptr;
    struct RankBasis
    {
        int role = -1;
        Qt::CaseSensitivity cs = Qt::CaseSensitive;
        bool localeAware = false;
        bool operator==(const RankBasis &o) const { return role == o.role && cs == o.cs && localeAware == o.localeAware; }
    };
    mutable RankBasis m_rankBasis;
    // Each source row's verdict under the new filters, while refilter()
    // applies them (empty otherwise).
    mutable std::vector<char> m_verdicts;
    QString m_text;
    QString m_folded; // m_text case-folded, looked for in Roles::SearchTextRole
    bool m_nhsOnly = false;
    QString m_region;
    QSet<Grade> m_grades;
    std::optional<TrustType> m_trustType;
    QString m_icb; // case-folded
    QSet<QString> m_ids;
};
