// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

// One import as the database records it (the import history).
struct ImportRecord
{
    qint64 id = 0;
    QString fileName;
    QString sha256;
    QString format;
    QDateTime importedAt;
    qint64 records = 0;
    qint64 newObservations = 0;
    qint64 providers = 0;
    qint64 locations = 0;
    qint64 skipped = 0;
    qint64 snapshots = 0; // subjects whose current view this import recorded or changed
    bool isSample = false;
};
