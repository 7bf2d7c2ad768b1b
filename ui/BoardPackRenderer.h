// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include "BoardPack.h"
#include "PrintableReport.h"

#include <memory>

// A trust's (or location's) board pack: a cover block (name, IDs, type,
// region, "Ratings as of", the overall tile), the rating grid with its
// legend, the changes between the two report dates (summary, changed cells
// first), and the timeline, over as many A4 pages as it takes.
//
// Every cell is drawn by RatingDelegate from the window's own item models
// (RatingGridModel, DiffModel, TimelineTableModel) through ReportTable:
// the report is another view of the same data, in the same colours and
// words.
class BoardPackRenderer : public PrintableReport
{
    Q_DECLARE_TR_FUNCTIONS(BoardPackRenderer)
public:
    explicit BoardPackRenderer(BoardPack pack);
    // The board pack `request` asks for, read from `store`; null with *error
    // (BoardPack::load's) when the subject is not stored or cannot be read.
    static std::unique_ptr<BoardPackRenderer> load(const RatingStore &store, const BoardPackRequest &request,
                                                   QString *error);

    QString title() const override;
    QString fileName() const override;
    // A4, portrait unless the grid has more columns than fit (Use of
    // resources, Combined), with 15 mm margins.
    QPageLayout pageLayout() const override;
    int render(QPagedPaintDevice *device, QString *error) const override;

private:
    int paint(QPagedPaintDevice *device, bool painting, int total, QString *error) const;
    BoardPack m_pack;
};
