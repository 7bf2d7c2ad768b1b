// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/ImportRecord.h>

#include <QCoreApplication>
#include <QDate>
#include <QVector>

class RatingStore;

// Where a printed report's data came from, for every page's footer: the
// files imported and how current the ratings are, and CQC's licence.
struct ReportProvenance
{
    Q_DECLARE_TR_FUNCTIONS(ReportProvenance)
public:
    QVector<ImportRecord> imports; // oldest first
    QDate newestPublication;

    // False when the store cannot be read (its errorString() says why).
    static bool read(const RatingStore &store, ReportProvenance *out);
    // "Source: CQC data, FILE (imported DATE); …. Newest publication DATE."
    QString text() const;
    // The footer: text() and the attribution, one per line.
    QString footer() const;
    static QString oglAttribution();
};
