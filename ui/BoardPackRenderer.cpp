// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "BoardPackRenderer.h"

#include "RatingDelegate.h"

#include <core/Grade.h>
#include <core/Timeline.h>
#include <itemmodels/DiffModel.h>
#include <itemmodels/RatingGridModel.h>
#include <itemmodels/Roles.h>
#include <itemmodels/TimelineTableModel.h>

#include <QApplication>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QStandardItemModel>

#include <functional>

namespace {

constexpr qreal cellPadding = 4;
constexpr qreal indentPerLevel = 12;
constexpr qreal footerHeight = 44;
constexpr qreal sectionGap = 14;
// The cover's overall tile.
constexpr qreal coverTileHeight = 46;
// The least height of a tile: one line of rating and its date.
constexpr qreal minimumTileHeight = 30;

QFont sized(qreal points, bool bold = false)
{
    QFont font = QApplication::font();
    font.setPointSizeF(points);
    font.setBold(bold);
    // Any letter spacing turns off ligatures: the PDF's text then reads
    // "Effective", not "E\uFB00ective", for search, copy and pdftotext.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return font;
}

// Printed pages are light whatever the desktop's theme.
QPalette paperPalette()
{
    QPalette p;
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Window, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::Highlight, Qt::white);
    p.setColor(QPalette::HighlightedText, Qt::black);
    return p;
}

QString longDate(const QDate &d)
{
    return QLocale().toString(d, QStringLiteral("d MMMM yyyy"));
}

// Where the next block goes on the page, and which page that is. Without a
// painter it only measures: the first pass counts the pages for "of M".
class PageCursor
{
public:
    using Footer = std::function<void(QPainter *, const QRectF &, int page)>;

    PageCursor(QPagedPaintDevice *device, QPainter *painter, Footer footer)
        : m_device(device), m_painter(painter), m_footer(std::move(footer)),
          m_body(0, 0, device->width(), device->height() - footerHeight - 8),
          m_footerRect(0, device->height() - footerHeight, device->width(), footerHeight), m_y(m_body.top())
    {
    }

    QPainter *painter() const { return m_painter; }
    QPaintDevice *device() const { return m_device; }
    const QRectF &body() const { return m_body; }
    qreal y() const { return m_y; }
    int page() const { return m_page; }
    bool atTop() const { return m_y <= m_body.top(); }
    bool fits(qreal height) const { return m_y + height <= m_body.bottom() || atTop(); }
    void advance(qreal height) { m_y += height; }
    // Ends the page (its footer) and starts the next.
    void nextPage()
    {
        if (m_painter) {
            m_footer(m_painter, m_footerRect, m_page);
            m_device->newPage();
        }
        ++m_page;
        m_y = m_body.top();
    }
    void finish()
    {
        if (m_painter)
            m_footer(m_painter, m_footerRect, m_page);
    }

private:
    QPagedPaintDevice *m_device;
    QPainter *m_painter;
    Footer m_footer;
    QRectF m_body;
    QRectF m_footerRect;
    qreal m_y;
    int m_page = 1;
};

// One table of the report over an item model: a header row repeated on
// every page, rows never split, each cell painted by the delegate.
class ReportTable
{
public:
    struct Column
    {
        int modelColumn;
        qreal weight; // share of the page's width
    };
    struct Row
    {
        QModelIndex index; // any cell of the row
        int depth = 0;     // indent of the first column (the grid's tree)
    };

    ReportTable(const QAbstractItemModel *model, QVector<Column> columns, const RatingDelegate &delegate)
        : m_model(model), m_columns(std::move(columns)), m_delegate(delegate), m_font(sized(8)),
          m_tileFont(sized(7)), m_headerFont(sized(8, true))
    {
    }

    // Draws `rows` under `title`; the title comes with the header and the
    // first row, so that a heading never ends a page alone.
    void draw(PageCursor &cursor, const QString &title, const QVector<Row> &rows) const
    {
        const QFontMetricsF titleMetrics(sized(11, true), cursor.device());
        const qreal titleHeight = titleMetrics.height() + 6;
        const QVector<qreal> widths = columnWidths(cursor.body().width());
        const qreal header = headerHeight(cursor, widths);
        const auto heading = [&](const QString &text) {
            if (QPainter *p = cursor.painter()) {
                p->setFont(sized(11, true));
                p->setPen(Qt::black);
                p->drawText(QRectF(0, cursor.y(), cursor.body().width(), titleHeight), Qt::AlignLeft | Qt::AlignTop,
                            text);
            }
            cursor.advance(titleHeight);
            drawHeader(cursor, widths, header);
        };
        const qreal first = rows.isEmpty() ? 0 : rowHeight(cursor, rows.first(), widths);
        if (!cursor.fits(titleHeight + header + first))
            cursor.nextPage();
        heading(title);
        for (const Row &row : rows) {
            const qreal height = rowHeight(cursor, row, widths);
            if (!cursor.fits(height)) {
                cursor.nextPage();
                heading(BoardPackRenderer::tr("%1 (continued)").arg(title));
            }
            drawRow(cursor, row, widths, height);
        }
    }

private:
    QVector<qreal> columnWidths(qreal total) const
    {
        qreal weights = 0;
        for (const Column &c : m_columns)
            weights += c.weight;
        QVector<qreal> widths;
        for (const Column &c : m_columns)
            widths << total * c.weight / weights;
        return widths;
    }

    static bool isTile(const QModelIndex &index)
    {
        const QVariant grade = index.data(Roles::GradeRole);
        return (grade.isValid() && Grade(grade.toInt()) != Grade::None) || index.data(Roles::ChangeRole).isValid();
    }

    qreal textHeight(const PageCursor &cursor, const QFont &font, const QString &text, qreal width) const
    {
        const QFontMetricsF fm(font, cursor.device());
        return fm.boundingRect(QRectF(0, 0, qMax<qreal>(width - 2 * cellPadding, 10), 100000), Qt::TextWordWrap, text)
                   .height()
            + 2 * cellPadding;
    }

    qreal headerHeight(const PageCursor &cursor, const QVector<qreal> &widths) const
    {
        qreal height = 0;
        for (int i = 0; i < m_columns.size(); ++i)
            height = qMax(height, textHeight(cursor, m_headerFont,
                                             m_model->headerData(m_columns.at(i).modelColumn, Qt::Horizontal).toString(),
                                             widths.at(i)));
        return height;
    }

    qreal rowHeight(const PageCursor &cursor, const Row &row, const QVector<qreal> &widths) const
    {
        qreal height = 0;
        for (int i = 0; i < m_columns.size(); ++i) {
            const QModelIndex index = row.index.siblingAtColumn(m_columns.at(i).modelColumn);
            const qreal indent = i == 0 ? row.depth * indentPerLevel : 0;
            height = qMax(height, isTile(index) ? tileHeight(cursor, index, widths.at(i))
                                                : textHeight(cursor, m_font, index.data().toString(),
                                                             widths.at(i) - indent));
        }
        return height;
    }

    // As RatingDelegate lays a tile out: the rating wrapped inside the
    // tile's margins (2 px each side, 4 more for the text), then the date
    // in a font 0.8 times as large.
    qreal tileHeight(const PageCursor &cursor, const QModelIndex &index, qreal width) const
    {
        const QFontMetricsF fm(m_tileFont, cursor.device());
        QFont small = m_tileFont;
        small.setPointSizeF(m_tileFont.pointSizeF() * 0.8);
        const qreal rating =
            fm.boundingRect(QRectF(0, 0, qMax<qreal>(width - 12, 10), 100000), Qt::TextWordWrap, index.data().toString())
                .height();
        const qreal date = index.data(Roles::DateRole).toDate().isValid() ? QFontMetricsF(small, cursor.device()).height()
                                                                          : 0;
        return qMax(minimumTileHeight, rating + date + 10);
    }

    void drawHeader(PageCursor &cursor, const QVector<qreal> &widths, qreal height) const
    {
        if (QPainter *p = cursor.painter()) {
            p->save();
            p->setPen(Qt::NoPen);
            p->setBrush(QColor(0xee, 0xee, 0xee));
            p->drawRect(QRectF(0, cursor.y(), cursor.body().width(), height));
            p->setPen(Qt::black);
            p->setFont(m_headerFont);
            qreal x = 0;
            for (int i = 0; i < m_columns.size(); ++i) {
                p->drawText(QRectF(x, cursor.y(), widths.at(i), height).adjusted(cellPadding, cellPadding,
                                                                                   -cellPadding, -cellPadding),
                            Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                            m_model->headerData(m_columns.at(i).modelColumn, Qt::Horizontal).toString());
                x += widths.at(i);
            }
            p->restore();
        }
        cursor.advance(height);
    }

    void drawRow(PageCursor &cursor, const Row &row, const QVector<qreal> &widths, qreal height) const
    {
        if (QPainter *p = cursor.painter()) {
            qreal x = 0;
            for (int i = 0; i < m_columns.size(); ++i) {
                const qreal indent = i == 0 ? row.depth * indentPerLevel : 0;
                const QModelIndex index = row.index.siblingAtColumn(m_columns.at(i).modelColumn);
                const QFont &font = isTile(index) ? m_tileFont : m_font;
                QStyleOptionViewItem option;
                option.rect = QRectF(x + indent, cursor.y(), widths.at(i) - indent, height).toRect();
                option.font = font;
                option.fontMetrics = QFontMetrics(font);
                option.palette = paperPalette();
                option.state = QStyle::State_Enabled;
                option.features = QStyleOptionViewItem::WrapText;
                option.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
                m_delegate.paint(p, option, index);
                x += widths.at(i);
            }
            p->save();
            p->setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 0.5));
            p->drawLine(QPointF(0, cursor.y() + height), QPointF(cursor.body().width(), cursor.y() + height));
            p->restore();
        }
        cursor.advance(height);
    }

    const QAbstractItemModel *m_model;
    QVector<Column> m_columns;
    const RatingDelegate &m_delegate;
    QFont m_font;
    QFont m_tileFont;
    QFont m_headerFont;
};

// The grid's rows in the window's order: depth first, as the tree shows them expanded.
void flatten(const QAbstractItemModel &model, const QModelIndex &parent, int depth, QVector<ReportTable::Row> *out)
{
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex index = model.index(r, 0, parent);
        out->append({index, depth});
        flatten(model, index, depth + 1, out);
    }
}

// A paragraph of text across the page, kept whole on one page.
void paragraph(PageCursor &cursor, const QFont &font, const QString &text, qreal gapAfter = 6)
{
    const QFontMetricsF fm(font, cursor.device());
    const QRectF box = fm.boundingRect(QRectF(0, 0, cursor.body().width(), 100000), Qt::TextWordWrap, text);
    if (!cursor.fits(box.height()))
        cursor.nextPage();
    if (QPainter *p = cursor.painter()) {
        p->setFont(font);
        p->setPen(Qt::black);
        p->drawText(QRectF(0, cursor.y(), cursor.body().width(), box.height() + 1), Qt::TextWordWrap, text);
    }
    cursor.advance(box.height() + gapAfter);
}

} // namespace

BoardPackRenderer::BoardPackRenderer(BoardPack pack) : m_pack(std::move(pack)) {}

QPageLayout BoardPackRenderer::pageLayout() const
{
    RatingGridModel grid;
    grid.setSubject(m_pack.ratings, m_pack.request.asOf);
    // Safe .. Overall fit across A4 portrait; Use of resources and Combined do not.
    const auto orientation = grid.columnCount() > 7 ? QPageLayout::Landscape : QPageLayout::Portrait;
    return QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
}

int BoardPackRenderer::pageCount(QPagedPaintDevice *device) const
{
    QString error;
    return paint(device, false, 0, &error);
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
    const QString ogl = BoardPack::oglAttribution();
    const QString provenance = pack.provenance();
    PageCursor cursor(device, painting ? &painter : nullptr, [&](QPainter *p, const QRectF &rect, int page) {
        p->save();
        p->setPen(QPen(QColor(0x88, 0x88, 0x88), 0.5));
        p->drawLine(rect.topLeft(), rect.topRight());
        p->setPen(Qt::black);
        p->setFont(sized(7));
        const QString pageText = tr("Page %1 of %2").arg(page).arg(total);
        const qreal pageWidth = QFontMetricsF(p->font(), p->device()).horizontalAdvance(pageText) + 8;
        const QRectF text = rect.adjusted(0, 4, -pageWidth, 0);
        p->drawText(text, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, provenance + QLatin1Char('\n') + ogl);
        p->drawText(rect.adjusted(0, 4, 0, 0), Qt::AlignRight | Qt::AlignTop, pageText);
        p->restore();
    });

    // The cover block: who, what, as of when, and the overall rating.
    const QString asOf = pack.request.asOf.isValid() ? longDate(pack.request.asOf) : longDate(QDate::currentDate());
    QModelIndex overall;
    for (int c = 1; c < grid.columnCount(); ++c) {
        KeyQuestion kq;
        if (grid.keyQuestionAt(c, &kq) && kq == KeyQuestion::Overall)
            overall = grid.index(0, c);
    }
    const qreal tileWidth = 150;
    paragraph(cursor, sized(18, true), pack.ratings.name, 2);
    paragraph(cursor, sized(9), pack.description(), 2);
    paragraph(cursor, sized(10, true), tr("Ratings as of %1").arg(asOf), 6);
    if (overall.isValid()) {
        if (QPainter *p = cursor.painter()) {
            p->setFont(sized(10));
            p->setPen(Qt::black);
            p->drawText(QRectF(0, cursor.y(), 120, coverTileHeight), Qt::AlignLeft | Qt::AlignVCenter,
                        tr("Overall rating"));
            QStyleOptionViewItem option;
            option.rect = QRectF(120, cursor.y(), tileWidth, coverTileHeight).toRect();
            option.font = sized(10, true);
            option.fontMetrics = QFontMetrics(option.font);
            option.palette = paperPalette();
            option.state = QStyle::State_Enabled;
            delegate.paint(p, option, overall);
        }
        cursor.advance(coverTileHeight + sectionGap);
    }

    // The grid, and what its marks mean.
    QVector<ReportTable::Row> gridRows;
    flatten(grid, {}, 0, &gridRows);
    QVector<ReportTable::Column> gridColumns{{0, 2.4}};
    for (int c = 1; c < grid.columnCount(); ++c)
        gridColumns.append({c, 1.2});
    ReportTable(&grid, gridColumns, delegate).draw(cursor, tr("Ratings"), gridRows);
    cursor.advance(4);
    paragraph(cursor, sized(7), tr("Tiles: Outstanding, Good, Requires improvement and Inadequate in CQC's colours, "
                                   "the rating always written on the tile with its publication date. %1.")
                                    .arg(RatingDelegate::marksLegend()),
              sectionGap);

    // What changed between the two report dates: changed cells first.
    if (diff.toDate().isValid() && diff.fromDate().isValid() && diff.fromDate() != diff.toDate()) {
        paragraph(cursor, sized(11, true),
                  tr("Changes from %1 to %2").arg(longDate(diff.fromDate()), longDate(diff.toDate())), 2);
    } else {
        paragraph(cursor, sized(11, true), tr("Changes"), 2);
    }
    paragraph(cursor, sized(9), diff.summaryText(pack.request.asOf, !pack.ratings.reportDates.isEmpty()), 6);
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
        cursor.advance(sectionGap);
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

int BoardPackRenderer::writePdf(const QString &path, QString *error) const
{
    // Written beside the target and renamed over it only when complete: a
    // failed or cancelled report leaves the old file as it was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return 0;
    }
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(dotsPerInch);
        writer.setPageLayout(pageLayout());
        writer.setTitle(tr("CQC ratings: %1").arg(m_pack.ratings.name));
        writer.setCreator(tr("Trust Ratings"));
        QString why;
        pages = render(&writer, &why);
        if (pages == 0) {
            file.cancelWriting();
            *error = tr("%1: %2").arg(path, why);
            return 0;
        }
    }
    if (file.error() != QFileDevice::NoError || !file.commit()) {
        *error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return 0;
    }
    return pages;
}
