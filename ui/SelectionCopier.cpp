// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "SelectionCopier.h"

#include <exporting/FormulaGuard.h>
#include <exporting/ModelExportTable.h>
#include "RatingDelegate.h"
#include <itemmodels/Roles.h>

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QDate>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMimeData>
#include <QSet>
#include <QTableView>
#include <QTreeView>

#include <algorithm>

// Spaces per tree level before a row label: wide enough to see in a
// spreadsheet's proportional font.
static constexpr int indentPerLevel = 4;

static QHeaderView *headerOf(const QAbstractItemView *view)
{
    if (auto *tree = qobject_cast<const QTreeView *>(view))
        return tree->header();
    if (auto *table = qobject_cast<const QTableView *>(view))
        return table->horizontalHeader();
    return nullptr;
}

// Row order as the view shows it: depth-first for trees.
static bool shownBefore(const QModelIndex &a, const QModelIndex &b)
{
    QVector<int> pa, pb;
    for (QModelIndex i = a; i.isValid(); i = i.parent())
        pa.prepend(i.row());
    for (QModelIndex i = b; i.isValid(); i = i.parent())
        pb.prepend(i.row());
    return pa < pb;
}

// How deep `index` sits in a tree: 0 at the top.
static int depthOf(const QModelIndex &index)
{
    int depth = 0;
    for (QModelIndex i = index.parent(); i.isValid(); i = i.parent())
        ++depth;
    return depth;
}

// Whether the view draws `index` as a tile that shows its publication date
// (the grid, the diff): the copy then carries the date too, as the screen
// does.
static bool showsDates(const QAbstractItemView *view, const QModelIndex &index)
{
    const auto *delegate = qobject_cast<const RatingDelegate *>(view->itemDelegateForIndex(index));
    return delegate && delegate->showsDates();
}

QMimeData *SelectionCopier::mimeData(const QAbstractItemView *view)
{
    if (!view->selectionModel() || !view->model())
        return nullptr;
    const QModelIndexList selected = view->selectionModel()->selectedIndexes();
    if (selected.isEmpty())
        return nullptr;
    // The label column (the first: a tree's names, the history's dates)
    // always: "Good" pasted without the row it belongs to means nothing.
    QSet<int> columnSet{0};
    QVector<QModelIndex> rows;
    QSet<QPersistentModelIndex> seenRows;
    for (const QModelIndex &i : selected) {
        columnSet.insert(i.column());
        const QModelIndex rowStart = i.siblingAtColumn(0);
        if (!seenRows.contains(rowStart)) {
            seenRows.insert(rowStart);
            rows.append(rowStart);
        }
    }
    std::sort(rows.begin(), rows.end(), shownBefore);
    QList<int> columns(columnSet.cbegin(), columnSet.cend());
    const QHeaderView *header = headerOf(view);
    std::sort(columns.begin(), columns.end(),
              [header](int a, int b) { return header ? header->visualIndex(a) < header->visualIndex(b) : a < b; });
    columns.erase(std::remove_if(columns.begin(), columns.end(),
                                 [header](int c) { return header && header->isSectionHidden(c); }),
                  columns.end());

    // A tile's date goes into a column of its own right after the rating
    // ("Safe", "Safe date"), not into the rating's cell as "Good
    // (2019-08-01)": a spreadsheet then reads the date as a date (sorts,
    // filters, "older than four years") and the rating stays a value that
    // COUNTIF and filters match, which neither would in a combined text.
    QSet<int> dated;
    for (int c : std::as_const(columns)) {
        for (const QModelIndex &row : std::as_const(rows))
            if (showsDates(view, row.siblingAtColumn(c))
                && row.siblingAtColumn(c).data(Roles::DateRole).toDate().isValid()) {
                dated.insert(c);
                break;
            }
    }

    QString tsv, html = QStringLiteral("<table>\n<tr>");
    QStringList headers;
    for (int c : std::as_const(columns)) {
        const QString h = view->model()->headerData(c, Qt::Horizontal).toString();
        QStringList names{h};
        if (dated.contains(c))
            names << tr("%1 date").arg(h);
        for (const QString &name : std::as_const(names)) {
            headers << name;
            html += QStringLiteral("<th>%1</th>").arg(name.toHtmlEscaped());
        }
    }
    tsv += headers.join(QLatin1Char('\t')) + QLatin1Char('\n');
    html += QStringLiteral("</tr>\n");
    for (const QModelIndex &row : std::as_const(rows)) {
        QStringList cells;
        html += QStringLiteral("<tr>");
        // A tree's rows keep their level as an indent of the label: a
        // service under its hospital under its trust.
        const int indent = indentPerLevel * depthOf(row);
        for (int c : std::as_const(columns)) {
            const QModelIndex index = row.siblingAtColumn(c);
            const ExportCell cell = ModelExportTable::cell(index);
            // Guarded as exports are: pasted into a spreadsheet, a name
            // from a data file must not run as a formula.
            QString text = cell.kind == ExportCell::Kind::Text ? FormulaGuard::guarded(cell.text) : cell.text;
            QString htmlText = text.toHtmlEscaped();
            if (c == 0 && indent > 0) {
                text.prepend(QString(indent, QLatin1Char(' ')));
                htmlText.prepend(QString(indent, QChar(0x00a0)));
            }
            html += QStringLiteral("<td>%1</td>").arg(htmlText);
            // Tabs and line breaks inside a value would split the cell.
            text.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
            cells << text;
            if (dated.contains(c)) {
                const QDate date = index.data(Roles::DateRole).toDate();
                const QString iso = date.isValid() ? date.toString(Qt::ISODate) : QString();
                cells << iso;
                html += QStringLiteral("<td>%1</td>").arg(iso);
            }
        }
        tsv += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
        html += QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("</table>\n");
    auto *data = new QMimeData;
    data->setText(tsv);
    data->setHtml(html);
    return data;
}

bool SelectionCopier::copy(const QAbstractItemView *view)
{
    QMimeData *data = mimeData(view);
    if (!data)
        return false;
    QApplication::clipboard()->setMimeData(data);
    return true;
}
