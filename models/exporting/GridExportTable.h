// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <exporting/ExportTable.h>
#include <core/RatingGrid.h>

// The rating grid flattened as `trustratings export grid` writes it: Level,
// Location ID, Location, Service, then one column per key question shown
// (Safe .. Overall, and Use of resources and Combined where the trust has them).
class GridExportTable : public ExportTable
{
public:
    explicit GridExportTable(RatingGrid grid);

    QStringList headers() const override;
    bool nextRow(QVector<ExportCell> *row) override;
    double progress() const override;

private:
    RatingGrid m_grid;
    int m_row = 0;
};
