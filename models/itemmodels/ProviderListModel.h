#pragma once

#include <core/ProviderSummary.h>

#include <QAbstractTableModel>
#include <QVector>

// The trust list: one row per provider with its headline rating.
class ProviderListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The order of `trustratings export providers` (DESIGN.md section 4).
    enum Column { IdColumn, NameColumn, TypeColumn, RegionColumn, OverallColumn, OverallDateColumn,
                  LocationsColumn, ColumnCount };

    explicit ProviderListModel(QObject *parent = nullptr);

    void setProviders(QVector<ProviderSummary> providers);
    const ProviderSummary &summary(int row) const { return m_rows.at(row); }
    // Name, ID and location names of a row, case-folded once so that each
    // keystroke in the filter is a plain substring search.
    const QString &searchText(int row) const { return m_searchText.at(row); }
    int rowOfProvider(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<ProviderSummary> m_rows;
    QStringList m_searchText;
    QVector<int> m_nameRank;    // position in name order: sorting by name compares ints
};
