// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/LocationRecord.h>
#include <core/ObservationRecord.h>
#include <core/ProviderRecord.h>
#include <core/ReportRecord.h>
#include <core/SnapshotRecord.h>

#include <QVector>

// The facts of one input record (a sheet row, an API payload), validated as
// a whole before any of them is written.
struct RecordFacts
{
    QVector<ProviderRecord> providers;
    QVector<LocationRecord> locations;
    QVector<ReportRecord> reports;
    QVector<ObservationRecord> observations;
    // What the record says is current: an API payload's whole view
    // (dated by the file when `date` is invalid)...
    QVector<SnapshotRecord> snapshots;
    // ... or, for a row of a Latest ratings sheet, its observations
    // themselves: a row of that file is the cell's current value.
    bool observationsAreCurrent = false;
    void clear()
    {
        snapshots.clear();
        observationsAreCurrent = false;
        providers.clear();
        locations.clear();
        reports.clear();
        observations.clear();
    }
};
