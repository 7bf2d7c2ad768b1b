// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include "BoardPack.h"

#include <QPageLayout>

class QPagedPaintDevice;

// Lays a board pack out on pages and paints it: a cover block (name, IDs,
// type, region, "Ratings as of", the overall tile), the rating grid with
// its legend, the changes between the two report dates (summary, changed
// cells first), the timeline, and on every page a footer with "Page N of
// M", the provenance and the OGL attribution. Each table repeats its header
// on every page it runs onto, and no row is split across pages.
//
// Every cell is drawn by RatingDelegate from the window's own item models
// (RatingGridModel, DiffModel, TimelineTableModel): the report is another
// view of the same data, in the same colours and words. Lengths are in
// 1/96 inch, as on a screen: both devices are set to 96 dots per inch.
class BoardPackRenderer
{
    Q_DECLARE_TR_FUNCTIONS(BoardPackRenderer)
public:
    explicit BoardPackRenderer(BoardPack pack);

    // A4, portrait unless the grid has more columns than fit (Use of
    // resources, Combined), with 15 mm margins.
    QPageLayout pageLayout() const;
    // Paints every page on `device`, whose page layout should be
    // pageLayout(); returns the number of pages, 0 with *error on failure.
    int render(QPagedPaintDevice *device, QString *error) const;
    // The whole report as a PDF at `path`, which is replaced only when the
    // report is complete; returns the number of pages, 0 with *error.
    int writePdf(const QString &path, QString *error) const;
    // The pages it would paint on such a device, painting nothing.
    int pageCount(QPagedPaintDevice *device) const;

    static constexpr int dotsPerInch = 96;

private:
    int paint(QPagedPaintDevice *device, bool painting, int total, QString *error) const;
    BoardPack m_pack;
};
