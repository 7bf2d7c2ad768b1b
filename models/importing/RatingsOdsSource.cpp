// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <importing/RatingsOdsSource.h>

#include <importing/RatingsCsvSource.h>

#include <QCoreApplication>

RatingsOdsSource::RatingsOdsSource(const QString &path) : FileRecordSource(path), m_ods(path)
{}

bool RatingsOdsSource::open()
{
    if (!m_ods.open()) {
        setError(m_ods.errorString());
        return false;
    }
    return true;
}

bool RatingsOdsSource::nextRatingsSheet(bool *failed)
{
    *failed = false;
    // The reader's own message names the file, the sheet and the row.
    auto readerFailed = [&]() {
        *failed = true;
        setError(m_ods.errorString());
        return false;
    };
    while (m_ods.nextSheet()) {
        m_sheetsSeen << m_ods.sheetName();
        m_parser = std::make_unique<RatingsSheetParser>(path());
        for (int i = 0; i < RatingsCsvSource::MaxPreambleLines && m_ods.readRow(&m_cells); ++i) {
            QString headerError;
            if (m_parser->acceptHeader(m_cells, &headerError)) {
                if (!headerError.isEmpty()) {
                    *failed = true;
                    return fail(
                        tr("sheet %1, row %2: %3").arg(m_ods.sheetName()).arg(m_ods.rowNumber()).arg(headerError));
                }
                ++m_ratingsSheets;
                return true;
            }
        }
        if (m_ods.hasError())
            return readerFailed();
        // No header: not a ratings sheet (skip the rest of it).
        while (m_ods.readRow(&m_cells)) {}
        if (m_ods.hasError())
            return readerFailed();
    }
    if (m_ods.hasError())
        return readerFailed();
    return false;
}

RecordSource::Next RatingsOdsSource::next(RecordFacts *facts, ImportIssue *issue)
{
    facts->clear();
    for (;;) {
        if (!m_inSheet) {
            bool failed = false;
            if (!nextRatingsSheet(&failed)) {
                if (failed)
                    return Next::Error;
                if (m_ratingsSheets == 0) {
                    fail(m_sheetsSeen.isEmpty()
                             ? tr("the spreadsheet has no sheets")
                             : tr("no Locations or Providers sheet with CQC's ratings header (sheets found: %1)")
                                   .arg(m_sheetsSeen.join(QStringLiteral(", "))));
                    return Next::Error;
                }
                return Next::End;
            }
            m_inSheet = true;
        }
        if (m_ods.readRow(&m_cells)) {
            if (RatingsSheetParser::isBlank(m_cells)) // not a record
                continue;
            if (m_parser->parseRow(m_cells, facts, issue))
                return Next::Record;
            issue->where = tr("sheet %1, row %2").arg(m_ods.sheetName()).arg(m_ods.rowNumber());
            return Next::Issue;
        }
        if (m_ods.hasError()) {
            setError(m_ods.errorString());
            return Next::Error;
        }
        m_inSheet = false;
    }
}

double RatingsOdsSource::progress() const
{
    return m_ods.progress();
}
