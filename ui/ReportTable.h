// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QModelIndex>
#include <QVector>

class PageCursor;
class QAbstractItemModel;
class RatingDelegate;

// One table of a printed report over an item model: its header row
// repeated on every page it runs onto, rows never split across pages, each
// rating and change painted by RatingDelegate as the window's views paint
// it (a tile with the rating written on it, an arrow and a word), the
// other cells' text wrapped to their column.
class ReportTable
{
    Q_DECLARE_TR_FUNCTIONS(ReportTable)
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

    ReportTable(const QAbstractItemModel *model, QVector<Column> columns, const RatingDelegate &delegate);

    // Draws `rows` under `title`; the title goes with the header and the
    // first row, so that a heading never ends a page alone.
    void draw(PageCursor &cursor, const QString &title, const QVector<Row> &rows) const;

    // A model's rows in the order a view shows them, a tree's all expanded
    // (a list's or table's: each row, at depth 0).
    static QVector<Row> rowsOf(const QAbstractItemModel &model);

private:
    QVector<qreal> columnWidths(qreal total) const;
    static bool isTile(const QModelIndex &index);
    qreal textHeight(const PageCursor &cursor, const QFont &font, const QString &text, qreal width) const;
    qreal tileHeight(const PageCursor &cursor, const QModelIndex &index, qreal width) const;
    qreal headerHeight(const PageCursor &cursor, const QVector<qreal> &widths) const;
    qreal rowHeight(const PageCursor &cursor, const Row &row, const QVector<qreal> &widths) const;
    void drawHeader(PageCursor &cursor, const QVector<qreal> &widths, qreal height) const;
    void drawRow(PageCursor &cursor, const Row &row, const QVector<qreal> &widths, qreal height) const;

    const QAbstractItemModel *m_model;
    QVector<Column> m_columns;
    const RatingDelegate &m_delegate;
    QFont m_font;
    QFont m_tileFont;
    QFont m_headerFont;
};
