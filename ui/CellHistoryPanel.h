// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/RatingGrid.h>
#include <core/SubjectRatings.h>

#include <QWidget>

class QLabel;
class QTableView;
class CellHistoryModel;

// Every rating one grid cell has had: a heading naming the cell and a table
// of its observations, newest first, the one the grid shows ticked.
class CellHistoryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CellHistoryPanel(QWidget *parent = nullptr);

    void showCell(const SubjectRatings &ratings, const GridRow &row, KeyQuestion kq, const QDate &asOf = {});
    void clear();

    CellHistoryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString titleText() const;

private:
    CellHistoryModel *m_model;
    QLabel *m_title;
    QTableView *m_view;
};
