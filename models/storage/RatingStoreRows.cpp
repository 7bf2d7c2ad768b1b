// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <storage/RatingStoreRows.h>

#include <storage/SnapshotCells.h>

#include <QVariant>

namespace RatingStoreRows {

ProviderRecord provider(const QSqlQuery &q, int first)
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

const char locationColumns[] =
    "SELECT id, provider_id, name, type, inspection_category, region, address, postcode, url,"
    " registration_status, predecessor_id, predecessor_name, predecessor_reason, icb FROM locations ";

LocationRecord location(const QSqlQuery &q)
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
    l.icb = q.value(13).toString();
    return l;
}

const char observationColumns[] = "o.id, o.provider_id, COALESCE(o.location_id, ''), COALESCE(l.name, ''),"
                                  " COALESCE(s.name, ''), o.key_question, o.rating, o.publication_date,"
                                  " o.report_link_id, o.inherited_from, o.import_id, i.file_name,"
                                  " COALESCE(o.score, -1), o.assessment_status";
const char observationJoins[] = " FROM observations o"
                                " LEFT JOIN locations l ON l.id = o.location_id"
                                " LEFT JOIN services s ON s.id = o.service_id"
                                " JOIN imports i ON i.id = o.import_id";

bool observation(const QSqlQuery &q, int first, ObservationRecord *out)
{
    ObservationRecord o;
    o.id = q.value(first).toLongLong();
    o.providerId = q.value(first + 1).toString();
    o.locationId = q.value(first + 2).toString();
    o.locationName = q.value(first + 3).toString();
    o.service = q.value(first + 4).toString();
    if (!KeyQuestions::fromName(q.value(first + 5).toString(), &o.keyQuestion))
        return false;
    o.rating = Rating::fromText(q.value(first + 6).toString());
    o.publicationDate = QDate::fromString(q.value(first + 7).toString(), Qt::ISODate);
    o.reportLinkId = q.value(first + 8).toString();
    o.inheritedFrom = q.value(first + 9).toString();
    o.importId = q.value(first + 10).toLongLong();
    o.importFile = q.value(first + 11).toString();
    o.score = q.value(first + 12).toInt();
    o.assessmentStatus = q.value(first + 13).toString();
    *out = std::move(o);
    return true;
}

const char snapshotColumns[] = "s.provider_id, s.location_id, s.snapshot_date, s.cells, s.import_id, i.file_name"
                               " FROM snapshots s JOIN imports i ON i.id = s.import_id";

SnapshotRecord snapshot(const QSqlQuery &q, int first, const QHash<qint64, QString> &services)
{
    SnapshotRecord s;
    s.providerId = q.value(first).toString();
    s.locationId = q.value(first + 1).toString();
    s.date = QDate::fromString(q.value(first + 2).toString(), Qt::ISODate);
    s.cells = SnapshotCells::unpack(q.value(first + 3).toByteArray(), services);
    s.importId = q.value(first + 4).toLongLong();
    s.importFile = q.value(first + 5).toString();
    return s;
}

} // namespace RatingStoreRows
