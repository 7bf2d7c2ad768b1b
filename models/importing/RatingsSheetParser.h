// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <importing/ImportIssue.h>
#include <importing/RecordFacts.h>

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

// Parses the rows of CQC's monthly "Latest ratings" sheets (CQC-DATA.md
// section 1) into record facts, whether they come from CSV or .ods. Columns
// are found by header name, never by position, in both header eras (Domain /
// Key Question; with or without ODS code, NHS region and Inherited Rating).
class RatingsSheetParser
{
    Q_DECLARE_TR_FUNCTIONS(RatingsSheetParser)

public:
    enum class Sheet { Unknown, Locations, Providers };

    explicit RatingsSheetParser(QString file);

    // True if `cells` is a header row of either sheet; then columns are
    // mapped. A header that names the sheet but lacks a needed column
    // sets *error and returns true (the file is at fault).
    bool acceptHeader(const QStringList &cells, QString *error);

    // One data row to facts. Returns false with *issue for a bad row (the
    // caller, who knows the line or sheet and row, fills in issue->where);
    // an all-blank row gives true and no facts.
    bool parseRow(const QStringList &cells, RecordFacts *facts, ImportIssue *issue);
    // Every cell empty or white space: the sources skip such rows, which are
    // not records.
    static bool isBlank(const QStringList &cells);

    // dd/mm/yyyy as the sheets have it, or yyyy-mm-dd as an .ods date cell gives it.
    static QDate parseDate(const QString &text);

private:
    QString cell(const QStringList &cells, int column) const;

    QString m_file;
    Sheet m_sheet = Sheet::Unknown;
    QStringList m_headers;
    QString m_lastId, m_lastProviderId;
    // Column indexes, looked up once per file.
    int m_id = -1, m_name = -1, m_type = -1, m_category = -1, m_street = -1, m_city = -1, m_postcode = -1,
        m_region = -1, m_service = -1, m_domain = -1, m_rating = -1, m_date = -1, m_inherited = -1, m_url = -1,
        m_providerId = -1, m_providerName = -1;
};
