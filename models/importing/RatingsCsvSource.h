// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <importing/CsvReader.h>
#include <importing/RatingsSheetParser.h>
#include <importing/FileRecordSource.h>

#include <QCoreApplication>
#include <QFile>
#include <memory>

// One sheet of CQC's "Latest ratings" file saved as CSV (Locations or
// Providers, either header era). The header row is searched for, not assumed
// to be the first line.
class RatingsCsvSource : public FileRecordSource
{
    Q_DECLARE_TR_FUNCTIONS(RatingsCsvSource)

public:
    explicit RatingsCsvSource(const QString &path);

    bool open() override;
    Next next(RecordFacts *facts, ImportIssue *issue) override;
    double progress() const override;

    // How many lines may precede the header (titles, notes, blank lines).
    static constexpr int MaxPreambleLines = 30;

private:
    QFile m_file;
    std::unique_ptr<CsvReader> m_csv;
    RatingsSheetParser m_parser;
    QStringList m_fields;
};
