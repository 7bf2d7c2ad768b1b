// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "ReportTable.h"

#include "RatingDelegate.h"
#include "ReportPages.h"

#include <core/Grade.h>
#include <itemmodels/Roles.h>

#include <QAbstractItemModel>
#include <QDate>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionViewItem>

namespace {
constexpr qreal cellPadding = 4;
constexpr qreal indentPerLevel = 12;
// The least height of a tile: one line of rating and its date.
constexpr qreal minimumTileHeight = 30;

void appendTree(const QAbstractItemModel &model, const QModelIndex &parent, int depth, QVector<ReportTable::Row> *out)
{
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex index = model.index(r, 0, parent);
        out->append({index, depth});
        appendTree(model, index, depth + 1, out);
    }
}
} // namespace

ReportTable::ReportTable(const QAbstractItemModel *model, QVector<Column> columns, const RatingDelegate &delegate)
    : m_model(model), m_columns(std::move(columns)), m_delegate(delegate), m_font(ReportPages::font(8)),
      m_tileFont(ReportPages::font(7)), m_headerFont(ReportPages::font(8, true))
{
}

QVector<ReportTable::Row> ReportTable::rowsOf(const QAbstractItemModel &model)
{
    QVector<Row> rows;
    appendTree(model, {}, 0, &rows);
    return rows;
}

void ReportTable::draw(PageCursor &cursor, const QString &title, const QVector<Row> &rows) const
{
    const QFontMetricsF titleMetrics(ReportPages::font(11, true), cursor.device());
    const qreal titleHeight = titleMetrics.height() + 6;
    const QVector<qreal> widths = columnWidths(cursor.body().width());
    const qreal header = headerHeight(cursor, widths);
    const auto heading = [&](const QString &text) {
        if (QPainter *p = cursor.painter()) {
            p->setFont(ReportPages::font(11, true));
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
            heading(tr("%1 (continued)").arg(title));
        }
        drawRow(cursor, row, widths, height);
    }
}

QVector<qreal> ReportTable::columnWidths(qreal total) const
{
    qreal weights = 0;
    for (const Column &c : m_columns)
        weights += c.weight;
    QVector<qreal> widths;
    for (const Column &c : m_columns)
        widths << total * c.weight / weights;
    return widths;
}

bool ReportTable::isTile(const QModelIndex &index)
{
    const QVariant grade = index.data(Roles::GradeRole);
    return (grade.isValid() && Grade(grade.toInt()) != Grade::None) || index.data(Roles::ChangeRole).isValid();
}

qreal ReportTable::textHeight(const PageCursor &cursor, const QFont &font, const QString &text, qreal width) const
{
    const QFontMetricsF fm(font, cursor.device());
    return fm.boundingRect(QRectF(0, 0, qMax<qreal>(width - 2 * cellPadding, 10), 100000), Qt::TextWordWrap, text)
               .height()
        + 2 * cellPadding;
}

qreal ReportTable::headerHeight(const PageCursor &cursor, const QVector<qreal> &widths) const
{
    qreal height = 0;
    for (int i = 0; i < m_columns.size(); ++i)
        height = qMax(height, textHeight(cursor, m_headerFont,
                                         m_model->headerData(m_columns.at(i).modelColumn, Qt::Horizontal).toString(),
                                         widths.at(i)));
    return height;
}

qreal ReportTable::rowHeight(const PageCursor &cursor, const Row &row, const QVector<qreal> &widths) const
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
qreal ReportTable::tileHeight(const PageCursor &cursor, const QModelIndex &index, qreal width) const
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

void ReportTable::drawHeader(PageCursor &cursor, const QVector<qreal> &widths, qreal height) const
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

void ReportTable::drawRow(PageCursor &cursor, const Row &row, const QVector<qreal> &widths, qreal height) const
{
    if (QPainter *p = cursor.painter()) {
        qreal x = 0;
        for (int i = 0; i < m_columns.size(); ++i) {
            const qreal indent = i == 0 ? row.depth * indentPerLevel : 0;
            const QModelIndex index = row.index.siblingAtColumn(m_columns.at(i).modelColumn);
            const QRectF cell(x + indent, cursor.y(), widths.at(i) - indent, height);
            x += widths.at(i);
            if (!isTile(index)) {
                // Plain text is wrapped here, as textHeight() measured it: the
                // style's item text elides where its margins differ.
                p->setFont(m_font);
                p->setPen(Qt::black);
                p->drawText(cell.adjusted(cellPadding, cellPadding, -cellPadding, -cellPadding),
                            Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, index.data().toString());
                continue;
            }
            QStyleOptionViewItem option;
            option.rect = cell.toRect();
            option.font = m_tileFont;
            option.fontMetrics = QFontMetrics(m_tileFont);
            option.palette = ReportPages::paper();
            option.state = QStyle::State_Enabled;
            option.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
            m_delegate.paint(p, option, index);
        }
        p->save();
        p->setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 0.5));
        p->drawLine(QPointF(0, cursor.y() + height), QPointF(cursor.body().width(), cursor.y() + height));
        p->restore();
    }
    cursor.advance(height);
}
