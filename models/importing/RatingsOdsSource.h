// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <importing/OdsReader.h>
#include <importing/RatingsSheetParser.h>
#include <importing/FileRecordSource.h>

#include <QCoreApplication>

#include <memory>

// CQC's "Latest ratings" .ods, both sheets, streamed. Sheets without a
// ratings header (a README, notes) are passed over; a file with no usable
// sheet at all is an error that names the sheets it has.
class RatingsOdsSource : public FileRecordSource
{
    Q_DECLARE_TR_FUNCTIONS(RatingsOdsSource)

public:
    explicit RatingsOdsSource(const QString &path);

    bool open() override;
    Next next(RecordFacts *facts, ImportIssue *issue) override;
    double progress() const override;

private:
    // Moves to the next sheet that has a ratings header; false at the end.
    bool nextRatingsSheet(bool *failed);

    OdsReader m_ods;
    std::unique_ptr<RatingsSheetParser> m_parser;
    QStringList m_sheetsSeen;
    int m_ratingsSheets = 0;
    bool m_inSheet = false;
    QStringList m_cells;
};
