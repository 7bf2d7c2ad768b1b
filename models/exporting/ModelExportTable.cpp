// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <exporting/ModelExportTable.h>

#include <itemmodels/Roles.h>

#include <QAbstractItemModel>
#include <QDate>

ModelExportTable::ModelExportTable(const QAbstractItemModel *model, QList<int> columns)
    : m_model(model), m_columns(std::move(columns))
{
    if (m_columns.isEmpty())
        for (int c = 0; c < m_model->columnCount(); ++c)
            m_columns << c;
}

QStringList ModelExportTable::headers() const
{
    QStringList out;
    for (int c : m_columns) {
        // The export role's untranslated name, so the file does not change
        // with the language the window speaks.
        QVariant h = m_model->headerData(c, Qt::Horizontal, Roles::ExportRole);
        if (!h.isValid())
            h = m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole);
        out << h.toString();
    }
    return out;
}

ExportCell ModelExportTable::cell(const QModelIndex &index)
{
    QVariant v = index.data(Roles::ExportRole);
    if (!v.isValid())
        v = index.data(Qt::DisplayRole);
    switch (v.metaType().id()) {
    case QMetaType::QDate: return ExportCell::date(v.toDate().isValid() ? v.toDate().toString(Qt::ISODate) : QString());
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong: return ExportCell::number(v.toLongLong());
    default: return ExportCell::textCell(v.toString());
    }
}

// Depth-first successor of `index` (column 0), or invalid at the end.
static QModelIndex following(const QAbstractItemModel *m, const QModelIndex &index)
{
    if (m->rowCount(index) > 0)
        return m->index(0, 0, index);
    QModelIndex at = index;
    while (at.isValid()) {
        const QModelIndex sibling = at.siblingAtRow(at.row() + 1);
        if (sibling.isValid())
            return sibling;
        at = at.parent();
    }
    return {};
}

bool ModelExportTable::nextRow(QVector<ExportCell> *row)
{
    if (!m_started) {
        m_started = true;
        m_next = m_model->index(0, 0);
    }
    if (!m_next.isValid())
        return false;
    row->clear();
    for (int c : m_columns)
        row->append(cell(m_next.siblingAtColumn(c)));
    m_next = following(m_model, m_next);
    ++m_done;
    return true;
}

double ModelExportTable::progress() const
{
    const int top = m_model->rowCount();
    return top > 0 ? qMin(1.0, double(m_done) / top) : 1.0;
}
