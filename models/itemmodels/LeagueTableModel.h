// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/LeagueRow.h>

#include <QAbstractTableModel>
#include <QDate>
#include <QVector>

// The England view's league table: one row per trust (or location) with
// its own current tiles. Sorting a key question's column sorts by grade
// (Outstanding first, non-grades and blanks last), then by name.
class LeagueTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ProviderIdColumn,
        ProviderColumn,
        LocationIdColumn, // empty at trust level
        LocationColumn,
        TypeColumn,
        RegionColumn,
        SafeColumn,
        EffectiveColumn,
        CaringColumn,
        ResponsiveColumn,
        WellLedColumn,
        OverallColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit LeagueTableModel(QObject *parent = nullptr);

    // `asOf` is the date the rows were taken at (invalid: today): a cell
    // rated more than four years before it is stale, as in the grid.
    void setRows(QVector<LeagueRow> rows, const QDate &asOf = {});
    QDate asOf() const { return m_asOf; }
    const LeagueRow &leagueRow(int row) const { return m_rows.at(row); }
    static KeyQuestion keyQuestionOf(Column column); // SafeColumn .. OverallColumn

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    // Key-question cells: DisplayRole the rating text, GradeRole, DateRole,
    // InheritedRole, StaleRole (as the grid's), ToolTipRole, SortRole (grade
    // rank then name). Every column: SubjectIdRole (the trust's ID),
    // SearchTextRole (names and IDs, case-folded), RegionRole, NhsRole,
    // TrustTypeRole, LevelRole (Provider, or Location for a location's row).
    // ExportRole: CQC's words, the type's command-line word ("acute").
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool isStale(const GridCell &cell) const;

    QVector<LeagueRow> m_rows;
    QStringList m_searchText;
    QVector<int> m_nameRank; // position in name order: the tie-break of a grade sort
    QDate m_asOf;
};
