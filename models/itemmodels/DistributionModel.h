// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/RatingDistribution.h>

#include <QAbstractTableModel>

// A population's ratings per key question (`trustratings export
// distribution`, and the bars of the England view's chart): one row per
// key question and rating, Overall first, then Safe .. Well-led; grades in
// CQC's order, then non-grades. Share is percent of the key question's
// subjects with a value; exported with one decimal ("66.7").
class DistributionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KeyQuestionColumn, RatingColumn, CountColumn, ShareColumn, ColumnCount };
    Q_ENUM(Column)

    explicit DistributionModel(QObject *parent = nullptr);

    void setDistribution(RatingDistribution distribution);
    const RatingDistribution &distribution() const { return m_distribution; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    // In every column: Roles::KeyQuestionRole, Roles::GradeRole, and
    // Roles::SortRole (the count in Count, the share as a double in Share).
    // ExportRole: the exported text (CQC's spellings, C-locale "66.7").
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        KeyQuestion keyQuestion;
        RatingDistribution::Bucket bucket;
    };
    RatingDistribution m_distribution;
    QVector<Row> m_rows;
};
