// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QString>

// One of CQC's published reports on a provider or a location.
struct ReportRecord
{
    QString providerId;
    QString locationId; // empty for a provider-level report
    QDate publicationDate;
    QString linkId;
    QString url;
};
