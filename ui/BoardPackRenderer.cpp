// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "BoardPackRenderer.h"

#include "RatingDelegate.h"
#include "ReportPages.h"
#include "ReportTable.h"

#include <core/Timeline.h>
#include <itemmodels/DiffFilterProxyModel.h>
#include <itemmodels/DiffModel.h>
#include <itemmodels/RatingGridModel.h>
#include <itemmodels/TimelineTableModel.h>

#include <QPagedPaintDevice>
#include <QPainter>
#include <QStyleOptionViewItem>

namespace {
// The cover's overall tile.
constexpr qreal coverTileHeight = 46;
constexpr qreal coverTileWidth = 150;
} // namespace

BoardPackRenderer::BoardPackRenderer(BoardPack pack) : m_pack(std::move(pack)) {}

std::unique_ptr<BoardPackRenderer> BoardPackRenderer::load(const RatingStore &store, const BoardPackRequest &request,
                                                           QString *error)
{
    BoardPack pack;
    if (!BoardPack::load(store, request, &pack, error))
        return nullptr;
    return std::make_unique<BoardPackRenderer>(std::move(pack));
}

QString BoardPackRenderer::title() const
{
    return tr("CQC ratings: %1").arg(m_pack.ratings.name);
}

QString BoardPackRenderer::fileName() const
{
    return QStringLiteral("cqc-ratings-%1.pdf").arg(m_pack.request.subject.id);
}

QPageLayout BoardPackRenderer::pageLayout() const
{
    RatingGridModel grid;
    grid.setSubject(m_pack.ratings, m_pack.request.asOf);
    // Safe .. Overall fit across A4 portrait; Use of resources and Combined do not.
    const auto orientation = grid.columnCount() > 7 ? QPageLayout::Landscape : QPageLayout::Portrait;
    return QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
}

int BoardPackRenderer::render(QPagedPaintDevice *device, QString *error) const
{
    const int total = paint(device, false, 0, error);
    return total > 0 ? paint(device, true, total, error) : 0;
}

namespace {

// The window's models of one board pack, filled once per pass.
struct Sheets
{
    RatingGridModel grid;
    DiffModel diff;
    DiffFilterProxyModel diffShown; // in the window's order: declines first, unchanged last
    Timeline timeline;
    TimelineTableModel timelineTable;
    RatingDelegate delegate;

    explicit Sheets(const BoardPack &pack)
    {
        grid.setSubject(pack.ratings, pack.request.asOf);
        QDate from = pack.request.from, to = pack.request.to;
        if (!to.isValid())
            DiffModel::defaultDates(pack.ratings.reportDates, pack.request.asOf, &from, &to);
        if (to.isValid())
            diff.setSubject(pack.ratings, from, to);
        diffShown.setSourceModel(&diff);
        timeline.setSubject(pack.ratings);
        timelineTable.setTimeline(timeline, pack.request.asOf);
    }
};

// Who, what, as of when, and the overall rating.
void paintCover(PageCursor &cursor, const BoardPack &pack, const Sheets &sheets)
{
    const QDate asOf = pack.request.asOf.isValid() ? pack.request.asOf : QDate::currentDate();
    cursor.paragraph(ReportPages::font(18, true), pack.ratings.name, 2);
    cursor.paragraph(ReportPages::font(9), pack.description(), 2);
    cursor.paragraph(ReportPages::font(10, true),
                     BoardPackRenderer::tr("Ratings as of %1").arg(ReportPages::longDate(asOf)), 6);
    QModelIndex overall;
    for (int c = 1; c < sheets.grid.columnCount(); ++c) {
        KeyQuestion kq;
        if (sheets.grid.keyQuestionAt(c, &kq) && kq == KeyQuestion::Overall)
            overall = sheets.grid.index(0, c);
    }
    if (!overall.isValid())
        return;
    if (QPainter *p = cursor.painter()) {
        p->setFont(ReportPages::font(10));
        p->setPen(Qt::black);
        p->drawText(QRectF(0, cursor.y(), 120, coverTileHeight), Qt::AlignLeft | Qt::AlignVCenter,
                    BoardPackRenderer::tr("Overall rating"));
        QStyleOptionViewItem option;
        option.rect = QRectF(120, cursor.y(), coverTileWidth, coverTileHeight).toRect();
        option.font = ReportPages::font(10, true);
        option.fontMetrics = QFontMetrics(option.font);
        option.palette = ReportPages::paper();
        option.state = QStyle::State_Enabled;
        sheets.delegate.paint(p, option, overall);
    }
    cursor.advance(coverTileHeight + ReportPages::sectionGap);
}

// The grid, and what its marks mean.
void paintGrid(PageCursor &cursor, const Sheets &sheets)
{
    QVector<ReportTable::Column> columns{{0, 2.4}};
    for (int c = 1; c < sheets.grid.columnCount(); ++c)
        columns.append({c, 1.2});
    ReportTable(&sheets.grid, columns, sheets.delegate)
        .draw(cursor, BoardPackRenderer::tr("Ratings"), ReportTable::rowsOf(sheets.grid));
    cursor.advance(4);
    cursor.paragraph(ReportPages::font(7),
                     BoardPackRenderer::tr("Tiles: Outstanding, Good, Requires improvement and Inadequate in CQC's "
                                           "colours, the rating always written on the tile with its publication "
                                           "date. %1.")
                         .arg(RatingDelegate::marksLegend()),
                     ReportPages::sectionGap);
}

// What changed between the two report dates: the summary, then every
// cell compared, changed ones first.
void paintChanges(PageCursor &cursor, const BoardPack &pack, const Sheets &sheets)
{
    const DiffModel &diff = sheets.diff;
    const bool compared = diff.toDate().isValid() && diff.fromDate().isValid() && diff.fromDate() != diff.toDate();
    cursor.paragraph(ReportPages::font(11, true),
                     compared ? BoardPackRenderer::tr("Changes from %1 to %2")
                                    .arg(ReportPages::longDate(diff.fromDate()), ReportPages::longDate(diff.toDate()))
                              : BoardPackRenderer::tr("Changes"),
                     2);
    cursor.paragraph(ReportPages::font(9), diff.summaryText(pack.request.asOf, !pack.ratings.reportDates.isEmpty()), 6);
    if (sheets.diffShown.rowCount() == 0)
        return;
    ReportTable(&sheets.diffShown,
                {{DiffModel::LevelColumn, 0.9},
                 {DiffModel::LocationColumn, 2.0},
                 {DiffModel::ServiceColumn, 1.6},
                 {DiffModel::KeyQuestionColumn, 1.1},
                 {DiffModel::PreviousColumn, 1.3},
                 {DiffModel::CurrentColumn, 1.3},
                 {DiffModel::ChangeColumn, 1.1}},
                sheets.delegate)
        .draw(cursor, BoardPackRenderer::tr("Cells compared"), ReportTable::rowsOf(sheets.diffShown));
    cursor.advance(ReportPages::sectionGap);
}

// Each report of the subject itself by the as-of date, newest first.
void paintTimeline(PageCursor &cursor, const Sheets &sheets)
{
    const TimelineTableModel &table = sheets.timelineTable;
    if (table.rowCount() == 0)
        return;
    QVector<ReportTable::Column> columns{{0, 1.4}};
    for (int c = 1; c < table.columnCount(); ++c)
        columns.append({c, 1.2});
    ReportTable(&table, columns, sheets.delegate)
        .draw(cursor,
              sheets.timeline.isFromLocations() ? BoardPackRenderer::tr("Inspection timeline (from the trust's locations)")
                                                : BoardPackRenderer::tr("Inspection timeline"),
              ReportTable::rowsOf(table));
}

} // namespace

int BoardPackRenderer::paint(QPagedPaintDevice *device, bool painting, int total, QString *error) const
{
    const Sheets sheets(m_pack);
    QPainter painter;
    if (painting && !painter.begin(device)) {
        *error = tr("could not start painting the pages");
        return 0;
    }
    PageCursor cursor(device, painting ? &painter : nullptr, m_pack.provenance.footer(), total);
    paintCover(cursor, m_pack, sheets);
    paintGrid(cursor, sheets);
    paintChanges(cursor, m_pack, sheets);
    paintTimeline(cursor, sheets);
    cursor.finish();
    if (painting && !painter.end()) {
        *error = tr("could not finish the pages");
        return 0;
    }
    return cursor.page();
}
