// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/SnapshotCell.h>

#include <QByteArray>
#include <QHash>

#include <functional>

// The packed form of a snapshot's cells in the snapshots table: one line per
// cell, "key question<TAB>service id<TAB>yyyy-mm-dd<TAB>rating", service id 0
// for the subject's own row and an empty date for an undated statement.
// Every field is from a closed set (key questions, known ratings, ISO dates,
// integer ids), so no escaping is needed.
namespace SnapshotCells {
// `serviceId` maps a service name to its id (0 on failure, which fails the pack).
bool pack(const QVector<SnapshotCell> &cells, const std::function<qint64(const QString &)> &serviceId, QByteArray *out);
// Cells whose key question or service this program does not know are left out.
QVector<SnapshotCell> unpack(const QByteArray &packed, const QHash<qint64, QString> &serviceNames);
} // namespace SnapshotCells
