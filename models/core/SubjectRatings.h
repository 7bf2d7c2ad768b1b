// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/LocationRecord.h>
#include <core/ObservationRecord.h>
#include <core/SnapshotRecord.h>
#include <core/Subject.h>

#include <QVector>

// Everything the grid, the diff and the history views need about one
// subject, loaded in one go by RatingStore::loadSubject().
struct SubjectRatings
{
    Subject subject;
    QString name;          // the provider's or location's name, or its ID and why there is none
    bool nameKnown = true; // false: a trust known only through its locations
    QString providerId;
    QString url;
    QVector<LocationRecord> locations; // a provider's locations; empty for a location
    QVector<ObservationRecord> observations;
    QVector<SnapshotRecord> snapshots; // CQC's current views of the subject's organisations, oldest first
    QVector<QDate> reportDates;        // the subject's own report dates, oldest first
};
