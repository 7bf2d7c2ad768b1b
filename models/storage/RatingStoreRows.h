// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

// Internal to storage: how RatingStore's statements read their rows, shared
// by the per-subject reads (RatingStore.cpp) and the national scan
// (RatingStoreScan.cpp), so that both give the same records.

#include <core/KeyQuestion.h>
#include <core/LocationRecord.h>
#include <core/ObservationRecord.h>
#include <core/ProviderRecord.h>

#include <QDate>
#include <QSqlQuery>
#include <QVariant>

namespace RatingStoreRows {

inline constexpr char providerColumns[] = "SELECT id, name, type, inspection_category, region, url FROM providers ";

inline ProviderRecord providerFrom(const QSqlQuery &q, int first)
{
    ProviderRecord p;
    p.id = q.value(first).toString();
    p.name = q.value(first + 1).toString();
    p.type = q.value(first + 2).toString();
    p.inspectionCategory = q.value(first + 3).toString();
    p.region = q.value(first + 4).toString();
    p.url = q.value(first + 5).toString();
    return p;
}

inline constexpr char locationColumns[] =
    "SELECT id, provider_id, name, type, inspection_category, region, address, postcode, url,"
    " registration_status, predecessor_id, predecessor_name, predecessor_reason FROM locations ";

inline LocationRecord locationFrom(const QSqlQuery &q)
{
    LocationRecord l;
    l.id = q.value(0).toString();
    l.providerId = q.value(1).toString();
    l.name = q.value(2).toString();
    l.type = q.value(3).toString();
    l.inspectionCategory = q.value(4).toString();
    l.region = q.value(5).toString();
    l.address = q.value(6).toString();
    l.postcode = q.value(7).toString();
    l.url = q.value(8).toString();
    l.registrationStatus = q.value(9).toString();
    l.predecessorId = q.value(10).toString();
    l.predecessorName = q.value(11).toString();
    l.predecessorReason = q.value(12).toString();
    return l;
}

// Followed by a WHERE and an ORDER BY.
inline constexpr char observationColumns[] =
    "SELECT o.id, o.provider_id, COALESCE(o.location_id, ''), COALESCE(l.name, ''),"
    " COALESCE(s.name, ''), o.key_question, o.rating, o.publication_date,"
    " o.report_link_id, o.inherited_from, o.import_id, i.file_name,"
    " COALESCE(o.score, -1), o.assessment_status"
    " FROM observations o"
    " LEFT JOIN locations l ON l.id = o.location_id"
    " LEFT JOIN services s ON s.id = o.service_id"
    " JOIN imports i ON i.id = o.import_id";

// False for a key question this program does not know (written by a newer one).
inline bool observationFrom(const QSqlQuery &q, ObservationRecord *o)
{
    o->id = q.value(0).toLongLong();
    o->providerId = q.value(1).toString();
    o->locationId = q.value(2).toString();
    o->locationName = q.value(3).toString();
    o->service = q.value(4).toString();
    if (!KeyQuestions::fromName(q.value(5).toString(), &o->keyQuestion))
        return false;
    o->rating = Rating::fromText(q.value(6).toString());
    o->publicationDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    o->reportLinkId = q.value(8).toString();
    o->inheritedFrom = q.value(9).toString();
    o->importId = q.value(10).toLongLong();
    o->importFile = q.value(11).toString();
    o->score = q.value(12).toInt();
    o->assessmentStatus = q.value(13).toString();
    return true;
}

} // namespace RatingStoreRows
