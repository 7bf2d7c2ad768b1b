// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/DiffEntry.h>
#include <core/GridDiff.h>
#include <core/ObservationRecord.h>

#include <QStringList>

// Core only (a suite including it links trcore): facts built in code for the
// suites that state them rather than read a database, and a diff in words.

// Builds an observation of provider P1 in memory.
inline ObservationRecord observation(qint64 id, const QString &location, const QString &service, KeyQuestion kq,
                                     const QString &rating, const QString &isoDate, const QString &inheritedFrom = {})
{
    ObservationRecord o;
    o.id = id;
    o.providerId = QStringLiteral("P1");
    o.locationId = location;
    o.locationName = location.isEmpty() ? QString() : QStringLiteral("Location ") + location;
    o.service = service;
    o.keyQuestion = kq;
    o.rating = Rating::fromText(rating);
    o.publicationDate = QDate::fromString(isoDate, Qt::ISODate);
    o.inheritedFrom = inheritedFrom;
    return o;
}

// "locationId|service|key question|change" per entry, in the diff's order.
inline QStringList describeDiff(const QVector<DiffEntry> &entries)
{
    QStringList out;
    for (const DiffEntry &e : entries)
        out << QStringLiteral("%1|%2|%3|%4").arg(e.row.locationId, e.row.service, KeyQuestions::name(e.keyQuestion),
                                                 GridDiff::changeName(e.change));
    return out;
}
