// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <exporting/ExportTable.h>
#include <storage/RatingStore.h>

// The long ratings table, one row per observation, like CQC's own file:
// Provider ID, Provider, Location ID, Location, Service, Key question,
// Rating, Publication date, Inherited, Report link.
class RatingsExportTable : public ExportTable
{
public:
    explicit RatingsExportTable(std::unique_ptr<RatingCursor> cursor);

    QStringList headers() const override;
    bool nextRow(QVector<ExportCell> *row) override;
    double progress() const override;
    QString errorString() const override { return m_cursor->errorString(); }

private:
    std::unique_ptr<RatingCursor> m_cursor;
    RatingRow m_row;
};
