// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <itemmodels/ProviderFilterProxyModel.h>

#include <itemmodels/Roles.h>

#include <QAbstractListModel>

#include <algorithm>
#include <numeric>
#include <vector>

ProviderFilterProxyModel::ProviderFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(Roles::SortRole);
    // For the text columns (type, region); names sort by the source's
    // locale-aware rank (ProviderListModel).
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

// invalidateRowsFilter() works out which rows come and go and removes or
// inserts each run of them apart, with the signals and mapping updates of
// each: the first letter typed among all 25,000 providers hides some 500
// runs of rows (54-69 ms in trbench). For a change of that many runs,
// invalidate() drops the mapping and builds it again in one pass, filtering
// and sorting every row, inside one layout change that keeps the current
// row and the selection when they are still shown. A small change keeps
// the precise signals, which cost little.
void ProviderFilterProxyModel::refilter()
{
    // Each row is judged once: the verdicts changesMany() works out are
    // what filterAcceptsRow answers while the proxy applies them.
    const bool many = changesMany();
    if (many)
        invalidate();
    else
        invalidateRowsFilter();
    m_verdicts.clear();
}

bool ProviderFilterProxyModel::changesMany() const
{
    // Runs of rows the filters now hide, in the order shown, and rows they
    // now show: what invalidateRowsFilter() would signal one by one.
    constexpr int many = 32;
    const QAbstractItemModel *source = sourceModel();
    if (!source)
        return false;
    const int rows = source->rowCount();
    m_verdicts.clear();
    const int showing = rowCount(); // the mapping as it was, built if need be
    std::vector<char> verdicts(size_t(rows), 0);
    for (int s = 0; s < rows; ++s)
        verdicts[size_t(s)] = filterAcceptsRow(s, {}) ? 1 : 0;
    m_verdicts = std::move(verdicts);
    std::vector<char> shown(size_t(rows), 0);
    int changes = 0;
    bool hiding = false;
    for (int p = 0; p < showing; ++p) {
        const int s = mapToSource(index(p, 0)).row();
        shown[size_t(s)] = 1;
        const bool stays = m_verdicts[size_t(s)];
        if (!stays && !hiding && ++changes > many)
            return true;
        hiding = !stays;
    }
    for (int s = 0; s < rows; ++s)
        if (!shown[size_t(s)] && m_verdicts[size_t(s)] && ++changes > many)
            return true;
    return false;
}

void ProviderFilterProxyModel::setFilterText(const QString &text)
{
    const QString simplified = text.simplified();
    if (simplified == m_text)
        return;
    m_text = simplified;
    m_folded = simplified.toCaseFolded();
    refilter();
}

void ProviderFilterProxyModel::setNhsOnly(bool nhsOnly)
{
    if (nhsOnly == m_nhsOnly)
        return;
    m_nhsOnly = nhsOnly;
    refilter();
}

void ProviderFilterProxyModel::setRegion(const QString &region)
{
    if (region == m_region)
        return;
    m_region = region;
    refilter();
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
    refilter();
}

void ProviderFilterProxyModel::setTrustType(std::optional<TrustType> type)
{
    if (type == m_trustType)
        return;
    m_trustType = type;
    refilter();
}

void ProviderFilterProxyModel::setIcb(const QString &icb)
{
    const QString folded = icb.simplified().toCaseFolded();
    if (folded == m_icb)
        return;
    m_icb = folded;
    refilter();
}

void ProviderFilterProxyModel::setProviderIds(const QSet<QString> &ids)
{
    if (ids == m_ids)
        return;
    m_ids = ids;
    refilter();
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
    if (size_t(sourceRow) < m_verdicts.size())
        return m_verdicts[size_t(sourceRow)];
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

namespace {

// One column's sort values, held: what ranksOf compares.
class SortKeys : public QAbstractListModel
{
public:
    explicit SortKeys(int role) : m_role(role) {}
    QVector<QVariant> values;
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(values.size()); }
    QVariant data(const QModelIndex &index, int role) const override
    {
        return role == m_role ? values.at(index.row()) : QVariant();
    }

private:
    int m_role;
};

} // namespace

bool ProviderFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() != right.column() || !sourceIsFlat())
        return QSortFilterProxyModel::lessThan(left, right);
    const QVector<int> &rank = ranksOf(left.column());
    return rank.at(left.row()) < rank.at(right.row());
}

bool ProviderFilterProxyModel::sourceIsFlat() const
{
    if (m_sourceFlat < 0) {
        const QAbstractItemModel *source = sourceModel();
        m_sourceFlat = 1;
        for (int r = 0, rows = source->rowCount(); r < rows && m_sourceFlat; ++r)
            if (source->hasChildren(source->index(r, 0)))
                m_sourceFlat = 0;
    }
    return m_sourceFlat == 1;
}

const QVector<int> &ProviderFilterProxyModel::ranksOf(int column) const
{
    // The ranks hold for the comparison they were made with.
    const RankBasis basis{sortRole(), sortCaseSensitivity(), isSortLocaleAware()};
    if (!(basis == m_rankBasis)) {
        m_ranks.clear();
        m_rankBasis = basis;
        m_lastRanks = nullptr;
    }
    // A sort asks for one column some 400,000 times: no look-up for it.
    if (m_lastRanks && m_lastRankColumn == column)
        return *m_lastRanks;
    const auto known = m_ranks.constFind(column);
    if (known != m_ranks.cend()) {
        m_lastRankColumn = column;
        m_lastRanks = &*known;
        return *known;
    }
    // The rows sorted once by the comparison lessThan stands for, so that
    // comparing ranks gives its answers exactly; rows it holds equal get
    // one rank, and the proxy's stable sort keeps their source order.
    // Each row's sort value is read once into SortKeys, and the proxy's own
    // lessThan compares those: the same comparison, without two data()
    // calls of the source per comparison.
    const QAbstractItemModel *source = sourceModel();
    const int rows = source->rowCount();
    SortKeys keys(sortRole());
    keys.values.reserve(rows);
    for (int r = 0; r < rows; ++r)
        keys.values.append(source->index(r, column).data(sortRole()));
    QVector<int> order(rows);
    std::iota(order.begin(), order.end(), 0);
    const auto before = [&](int a, int b) { return QSortFilterProxyModel::lessThan(keys.index(a), keys.index(b)); };
    std::stable_sort(order.begin(), order.end(), before);
    QVector<int> rank(rows);
    for (int i = 1; i < rows; ++i)
        rank[order.at(i)] = rank.at(order.at(i - 1)) + (before(order.at(i - 1), order.at(i)) ? 1 : 0);
    m_lastRankColumn = column;
    m_lastRanks = &*m_ranks.insert(column, rank);
    return *m_lastRanks;
}

bool ProviderFilterProxyModel::gradeAccepted(Grade overall) const
{
    // No rating at all and a non-grade ("Inspected but not rated") are both "no grade".
    const bool isGrade = overall != Grade::None && overall != Grade::NotAGrade;
    return m_grades.contains(isGrade ? overall : Grade::NotAGrade);
}
