// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/LeagueRow.h>
#include <core/Population.h>

#include <QWidget>

class LeagueTableModel;
class ProviderFilterProxyModel;
class QLabel;
class QLineEdit;
class QTableView;

// The England view's league table: one row per trust (or location) with
// its own tiles and dates, sorted by any column's header (key questions
// by grade), filtered by name or ID, with "N of M shown" under it.
class LeagueTablePanel : public QWidget
{
    Q_OBJECT
public:
    explicit LeagueTablePanel(QWidget *parent = nullptr);

    // Shows the rows the survey gave, at `level` (locations get their columns).
    // asOf: the date the tiles are taken at (a folded corner marks ratings four years older).
    void setRows(QVector<LeagueRow> rows, PopulationLevel level, const QDate &asOf);
    QList<QWidget *> focusOrder() const;

    LeagueTableModel *model() const { return m_model; }
    ProviderFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QString countText() const;

private:
    void updateCount();

    LeagueTableModel *m_model;
    ProviderFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_count;
};
