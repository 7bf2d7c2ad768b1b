// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/ProviderSummary.h>

#include <QAbstractTableModel>
#include <QVector>

// The trust list: one row per provider with its headline rating.
class ProviderListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The order of `trustratings export providers` (DESIGN.md section 4),
    // then the provider's own key-question ratings (ProviderSummary::own),
    // which "more columns may follow" allows.
    enum Column {
        IdColumn,
        NameColumn,
        TypeColumn,
        RegionColumn,
        OverallColumn,
        OverallDateColumn,
        LocationsColumn,
        SafeColumn,
        EffectiveColumn,
        CaringColumn,
        ResponsiveColumn,
        WellLedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ProviderListModel(QObject *parent = nullptr);

    void setProviders(QVector<ProviderSummary> providers);
    int rowOfProvider(const QString &id) const;
    // Safe for SafeColumn .. Well-led for WellLedColumn.
    static KeyQuestion keyQuestionOf(Column column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<ProviderSummary> m_rows;
    QVariant ownCellData(const ProviderSummary &s, int row, KeyQuestion kq, int role) const;

    // Name, ID, location names and location IDs of a row (Roles::SearchTextRole),
    // case-folded once so that each keystroke in the filter is a plain
    // substring search.
    QStringList m_searchText;
    // Roles::NhsRole, worked out once: "NHS trusts" filters all rows on
    // every keystroke, and a string comparison a row showed in trbench.
    QVector<char> m_nhs;
    // Position in name order, collated for the locale once (QCollator sort
    // keys): sorting by name compares ints.
    QVector<int> m_nameRank;
};
