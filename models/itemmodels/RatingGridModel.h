// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/RatingGrid.h>
#include <core/SubjectRatings.h>

#include <QAbstractItemModel>

// The rating grid of one subject as a tree: the trust, then its trust-level
// services and its locations, each location with its services. Column 0 names
// the row; the others are key questions (RatingGrid::columns()).
class RatingGridModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    explicit RatingGridModel(QObject *parent = nullptr);

    // Rebuilds the grid of `ratings` as it stood on `asOf` (invalid: today).
    void setSubject(const SubjectRatings &ratings, const QDate &asOf = {});
    void clear();
    const RatingGrid &grid() const { return m_grid; }
    const SubjectRatings &ratings() const { return m_ratings; }
    // The grid row of an index, or nullptr.
    const GridRow *gridRow(const QModelIndex &index) const;
    // The key question of a column, false for the name column.
    bool keyQuestionAt(int column, KeyQuestion *out) const;
    QModelIndex indexOfRow(const QString &rowKey, int column = 0) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString rowName(const GridRow &row) const;
    bool isStale(const GridCell &cell) const;
    void buildTree();

    SubjectRatings m_ratings;
    RatingGrid m_grid;
    QVector<int> m_parent;            // grid row -> parent grid row, -1 at the top
    QVector<QVector<int>> m_children; // grid row -> child grid rows
    QVector<int> m_positionInParent;
    QVector<int> m_topLevel;
};
