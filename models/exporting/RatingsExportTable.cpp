// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <exporting/RatingsExportTable.h>

RatingsExportTable::RatingsExportTable(std::unique_ptr<RatingCursor> cursor) : m_cursor(std::move(cursor))
{}

QStringList RatingsExportTable::headers() const
{
    return {QStringLiteral("Provider ID"), QStringLiteral("Provider"),
            QStringLiteral("Location ID"), QStringLiteral("Location"),
            QStringLiteral("Service"),     QStringLiteral("Key question"),
            QStringLiteral("Rating"),      QStringLiteral("Publication date"),
            QStringLiteral("Inherited"),   QStringLiteral("Report link"),
            QStringLiteral("Score")};
}

bool RatingsExportTable::nextRow(QVector<ExportCell> *row)
{
    // The cells of the last row let go of the cursor's values first, so that
    // it copies the next row into them instead of allocating anew.
    row->clear();
    if (!m_cursor->next(&m_row))
        return false;
    row->resize(RatingRow::ColumnCount);
    // Column "Inherited": "Y" when only the bulk file's flag is known, else
    // the predecessor's ID.
    for (int c = 0; c < RatingRow::ColumnCount; ++c)
        (*row)[c] = ExportCell::utf8Cell(
            m_row.values[c], c == RatingRow::PublicationDate ? ExportCell::Kind::Date : ExportCell::Kind::Text);
    return true;
}

double RatingsExportTable::progress() const
{
    return m_cursor->total() > 0 ? double(m_cursor->done()) / m_cursor->total() : 1.0;
}
