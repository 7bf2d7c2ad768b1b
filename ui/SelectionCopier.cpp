#include "SelectionCopier.h"

#include "ModelExportTable.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMimeData>
#include <QSet>
#include <QTableView>
#include <QTreeView>

#include <algorithm>

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

QMimeData *SelectionCopier::mimeData(const QAbstractItemView *view)
{
    if (!view->selectionModel() || !view->model())
        return nullptr;
    const QModelIndexList selected = view->selectionModel()->selectedIndexes();
    if (selected.isEmpty())
        return nullptr;
    QSet<int> columnSet;
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
    std::sort(columns.begin(), columns.end(), [header](int a, int b) {
        return header ? header->visualIndex(a) < header->visualIndex(b) : a < b;
    });
    columns.erase(std::remove_if(columns.begin(), columns.end(),
                                 [header](int c) { return header && header->isSectionHidden(c); }),
                  columns.end());

    QString tsv, html = QStringLiteral("<table>\n<tr>");
    QStringList headers;
    for (int c : columns) {
        const QString h = view->model()->headerData(c, Qt::Horizontal).toString();
        headers << h;
        html += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
    }
    tsv += headers.join(QLatin1Char('\t')) + QLatin1Char('\n');
    html += QStringLiteral("</tr>\n");
    for (const QModelIndex &row : std::as_const(rows)) {
        QStringList cells;
        html += QStringLiteral("<tr>");
        for (int c : columns) {
            const ExportCell cell = ModelExportTable::cell(row.siblingAtColumn(c));
            // Guarded as exports are: pasted into a spreadsheet, a name
            // from a data file must not run as a formula.
            QString text = cell.kind == ExportCell::Kind::Text ? FormulaGuard::guarded(cell.text) : cell.text;
            html += QStringLiteral("<td>%1</td>").arg(text.toHtmlEscaped());
            // Tabs and line breaks inside a value would split the cell.
            text.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
            cells << text;
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
