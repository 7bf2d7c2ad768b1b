// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/SnapshotCell.h>

#include <QDate>
#include <QString>
#include <QVector>

// What one of CQC's current views (a Latest ratings file, an API detail
// response) lists as the complete current position of one subject: a
// location, or a provider's own rows and trust-level services.
struct SnapshotRecord
{
    QString providerId;
    QString locationId; // empty: the provider itself
    QDate date;         // when CQC's view was taken (DESIGN.md section 2)
    qint64 importId = 0;
    QString importFile;
    QVector<SnapshotCell> cells;
};
