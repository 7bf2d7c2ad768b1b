// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

// Internal to storage (it includes Qt Sql): how RatingStore.cpp and
// RatingStoreScan.cpp read a row into a record, so that one subject's reads
// and the national scan give the same values.

#include <core/LocationRecord.h>
#include <core/ObservationRecord.h>
#include <core/ProviderRecord.h>
#include <core/SnapshotRecord.h>

#include <QHash>
#include <QSqlQuery>

namespace RatingStoreRows {
// id, name, type, inspection_category, region, url from column `first`.
ProviderRecord provider(const QSqlQuery &q, int first);
// The columns of locationColumns, from column 0.
LocationRecord location(const QSqlQuery &q);
extern const char locationColumns[];
// The columns of observationColumns from column `first`; false for a key
// question written by a newer program (not a column this one shows).
bool observation(const QSqlQuery &q, int first, ObservationRecord *out);
extern const char observationColumns[];
extern const char observationJoins[];
// provider_id, location_id, snapshot_date, cells, import_id, file_name from `first`.
SnapshotRecord snapshot(const QSqlQuery &q, int first, const QHash<qint64, QString> &services);
extern const char snapshotColumns[];
} // namespace RatingStoreRows
