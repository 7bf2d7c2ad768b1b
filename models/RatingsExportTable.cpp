#include "RatingsExportTable.h"

RatingsExportTable::RatingsExportTable(std::unique_ptr<RatingCursor> cursor) : m_cursor(std::move(cursor)) {}

QStringList RatingsExportTable::headers() const
{
    return {QStringLiteral("Provider ID"), QStringLiteral("Provider"), QStringLiteral("Location ID"),
            QStringLiteral("Location"), QStringLiteral("Service"), QStringLiteral("Key question"),
            QStringLiteral("Rating"), QStringLiteral("Publication date"), QStringLiteral("Inherited"),
            QStringLiteral("Report link")};
}

bool RatingsExportTable::nextRow(QVector<ExportCell> *row)
{
    if (!m_cursor->next(&m_row))
        return false;
    row->resize(10);
    (*row)[0] = ExportCell::textCell(m_row.providerId);
    (*row)[1] = ExportCell::textCell(m_row.providerName);
    (*row)[2] = ExportCell::textCell(m_row.locationId);
    (*row)[3] = ExportCell::textCell(m_row.locationName);
    (*row)[4] = ExportCell::textCell(m_row.service);
    (*row)[5] = ExportCell::textCell(m_row.keyQuestion);
    (*row)[6] = ExportCell::textCell(m_row.rating);
    (*row)[7] = ExportCell::date(m_row.publicationDate);
    // "Y" when only the bulk file's flag is known, else the predecessor's ID.
    (*row)[8] = ExportCell::textCell(m_row.inheritedFrom);
    (*row)[9] = ExportCell::textCell(m_row.reportLinkId);
    return true;
}

double RatingsExportTable::progress() const
{
    return m_cursor->total() > 0 ? double(m_cursor->done()) / m_cursor->total() : 1.0;
}
