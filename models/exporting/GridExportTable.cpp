// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <exporting/GridExportTable.h>

GridExportTable::GridExportTable(RatingGrid grid) : m_grid(std::move(grid))
{}

QStringList GridExportTable::headers() const
{
    QStringList h = {QStringLiteral("Level"), QStringLiteral("Location ID"), QStringLiteral("Location"),
                     QStringLiteral("Service")};
    for (KeyQuestion kq : m_grid.columns())
        h << KeyQuestions::name(kq);
    return h;
}

bool GridExportTable::nextRow(QVector<ExportCell> *row)
{
    if (m_row >= m_grid.rows().size())
        return false;
    const GridRow &r = m_grid.rows().at(m_row);
    row->clear();
    row->append(ExportCell::textCell(r.level == GridRow::Level::Location ? QStringLiteral("Location")
                                                                         : QStringLiteral("Provider")));
    row->append(ExportCell::textCell(r.locationId));
    row->append(ExportCell::textCell(r.locationName));
    row->append(ExportCell::textCell(r.service));
    for (KeyQuestion kq : m_grid.columns())
        row->append(ExportCell::textCell(m_grid.cell(m_row, kq).rating.text()));
    ++m_row;
    return true;
}

double GridExportTable::progress() const
{
    return m_grid.rows().isEmpty() ? 1.0 : double(m_row) / m_grid.rows().size();
}
