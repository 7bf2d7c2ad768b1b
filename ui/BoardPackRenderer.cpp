// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "BoardPackRenderer.h"

#include "RatingDelegate.h"
#include "ReportPages.h"
#include "ReportTable.h"

#include <core/Timeline.h>
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

int BoardPackRenderer::paint(QPagedPaintDevice *device, bool painting, int total, QString *error) const
{
    const BoardPack &pack = m_pack;
    RatingGridModel grid;
    grid.setSubject(pack.ratings, pack.request.asOf);
    DiffModel diff;
    QDate from = pack.request.from, to = pack.request.to;
    if (!to.isValid()) {
        QVector<QDate> dates;
        for (const QDate &d : pack.ratings.reportDates)
            if (!pack.request.asOf.isValid() || d <= pack.request.asOf)
                dates << d;
        DiffModel::defaultDates(dates, &from, &to);
    }
    if (to.isValid())
        diff.setSubject(pack.ratings, from, to);
    Timeline timeline;
    timeline.setSubject(pack.ratings);
    TimelineTableModel timelineTable;
    timelineTable.setTimeline(timeline, pack.request.asOf);
    RatingDelegate delegate;

    QPainter painter;
    if (painting && !painter.begin(device)) {
        *error = tr("could not start painting the pages");
        return 0;
    }
    PageCursor cursor(device, painting ? &painter : nullptr, pack.provenance.footer(), total);

    // The cover block: who, what, as of when, and the overall rating.
    const QString asOf = pack.request.asOf.isValid() ? ReportPages::longDate(pack.request.asOf) : ReportPages::longDate(QDate::currentDate());
    QModelIndex overall;
    for (int c = 1; c < grid.columnCount(); ++c) {
        KeyQuestion kq;
        if (grid.keyQuestionAt(c, &kq) && kq == KeyQuestion::Overall)
            overall = grid.index(0, c);
    }
    cursor.paragraph(ReportPages::font(18, true), pack.ratings.name, 2);
    cursor.paragraph(ReportPages::font(9), pack.description(), 2);
    cursor.paragraph(ReportPages::font(10, true), tr("Ratings as of %1").arg(asOf), 6);
    if (overall.isValid()) {
        if (QPainter *p = cursor.painter()) {
            p->setFont(ReportPages::font(10));
            p->setPen(Qt::black);
            p->drawText(QRectF(0, cursor.y(), 120, coverTileHeight), Qt::AlignLeft | Qt::AlignVCenter,
                        tr("Overall rating"));
            QStyleOptionViewItem option;
            option.rect = QRectF(120, cursor.y(), coverTileWidth, coverTileHeight).toRect();
            option.font = ReportPages::font(10, true);
            option.fontMetrics = QFontMetrics(option.font);
            option.palette = ReportPages::paper();
            option.state = QStyle::State_Enabled;
            delegate.paint(p, option, overall);
        }
        cursor.advance(coverTileHeight + ReportPages::sectionGap);
    }

    // The grid, and what its marks mean.
    const QVector<ReportTable::Row> gridRows = ReportTable::treeRows(grid);
    QVector<ReportTable::Column> gridColumns{{0, 2.4}};
    for (int c = 1; c < grid.columnCount(); ++c)
        gridColumns.append({c, 1.2});
    ReportTable(&grid, gridColumns, delegate).draw(cursor, tr("Ratings"), gridRows);
    cursor.advance(4);
    cursor.paragraph(ReportPages::font(7), tr("Tiles: Outstanding, Good, Requires improvement and Inadequate in CQC's colours, "
                                   "the rating always written on the tile with its publication date. %1.")
                                    .arg(RatingDelegate::marksLegend()),
              ReportPages::sectionGap);

    // What changed between the two report dates: changed cells first.
    if (diff.toDate().isValid() && diff.fromDate().isValid() && diff.fromDate() != diff.toDate()) {
        cursor.paragraph(ReportPages::font(11, true),
                  tr("Changes from %1 to %2").arg(ReportPages::longDate(diff.fromDate()), ReportPages::longDate(diff.toDate())), 2);
    } else {
        cursor.paragraph(ReportPages::font(11, true), tr("Changes"), 2);
    }
    cursor.paragraph(ReportPages::font(9), diff.summaryText(pack.request.asOf, !pack.ratings.reportDates.isEmpty()), 6);
    if (diff.rowCount() > 0) {
        QVector<ReportTable::Row> diffRows;
        for (int r = 0; r < diff.rowCount(); ++r)
            diffRows.append({diff.index(r, 0), 0});
        std::stable_sort(diffRows.begin(), diffRows.end(), [&](const ReportTable::Row &a, const ReportTable::Row &b) {
            return DiffModel::changeRank(diff.entries().at(a.index.row()).change)
                < DiffModel::changeRank(diff.entries().at(b.index.row()).change);
        });
        ReportTable(&diff,
                    {{DiffModel::LevelColumn, 0.9},
                     {DiffModel::LocationColumn, 2.0},
                     {DiffModel::ServiceColumn, 1.6},
                     {DiffModel::KeyQuestionColumn, 1.1},
                     {DiffModel::PreviousColumn, 1.3},
                     {DiffModel::CurrentColumn, 1.3},
                     {DiffModel::ChangeColumn, 1.1}},
                    delegate)
            .draw(cursor, tr("Cells compared"), diffRows);
        cursor.advance(ReportPages::sectionGap);
    }

    // The timeline: each report of the subject itself, newest first.
    if (timelineTable.rowCount() > 0) {
        QVector<ReportTable::Row> timelineRows;
        for (int r = 0; r < timelineTable.rowCount(); ++r)
            timelineRows.append({timelineTable.index(r, 0), 0});
        QVector<ReportTable::Column> timelineColumns{{0, 1.4}};
        for (int c = 1; c < timelineTable.columnCount(); ++c)
            timelineColumns.append({c, 1.2});
        ReportTable(&timelineTable, timelineColumns, delegate)
            .draw(cursor, timeline.isFromLocations() ? tr("Inspection timeline (from the trust's locations)")
                                                     : tr("Inspection timeline"),
                  timelineRows);
    }
    cursor.finish();
    if (painting && !painter.end()) {
        *error = tr("could not finish the pages");
        return 0;
    }
    return cursor.page();
}
