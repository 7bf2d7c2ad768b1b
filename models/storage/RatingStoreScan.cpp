// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// RatingStore's reads of the whole database, for the trust list and the
// England view: a few statements over whole tables, grouped by provider,
// instead of a few statements per provider (25,000 of them nationally).
#include <storage/RatingStore.h>

#include <core/RatingGrid.h>
#include <storage/StorageBackend.h>

#include "RatingStoreRows.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

QVector<ProviderSummary> RatingStore::providerSummaries(const QDate &asOf) const
{
    QVector<ProviderSummary> out;
    QHash<QString, int> row;
    QSqlQuery q(m_backend->connection());
    q.setForwardOnly(true);
    if (!q.exec(QLatin1String(RatingStoreRows::providerColumns) + QLatin1String("ORDER BY id"))) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        ProviderSummary s;
        s.provider = RatingStoreRows::providerFrom(q, 0);
        row.insert(s.provider.id, out.size());
        out.append(s);
    }
    // One pass over the locations counts them and gives the filter their
    // names and IDs, so that "Queen Elizabeth" or "RJ224" finds its trust;
    // a trust known only through its locations takes their region.
    QHash<QString, QHash<QString, int>> locationRegions;
    if (q.exec(QStringLiteral("SELECT provider_id, name, region, id FROM locations ORDER BY provider_id, name, id"))) {
        while (q.next()) {
            const auto it = row.constFind(q.value(0).toString());
            if (it == row.constEnd())
                continue;
            ProviderSummary &summary = out[*it];
            ++summary.locationCount;
            for (auto [text, column] : {std::pair{&summary.locationNames, 1}, std::pair{&summary.locationIds, 3}}) {
                if (!text->isEmpty())
                    *text += QLatin1Char('\n');
                *text += q.value(column).toString();
            }
            if (summary.provider.region.isEmpty() && !q.value(2).toString().isEmpty())
                ++locationRegions[summary.provider.id][q.value(2).toString()];
        }
    }
    for (auto it = locationRegions.cbegin(); it != locationRegions.cend(); ++it) {
        QString region;
        int most = 0;
        for (auto r = it->cbegin(); r != it->cend(); ++r)
            if (r.value() > most || (r.value() == most && r.key() < region)) {
                region = r.key();
                most = r.value();
            }
        out[row.value(it.key())].provider.region = region;
    }
    // The provider's own row, through the grid's one rule: its current
    // views and the report history of its own cells.
    QHash<QString, QVector<ObservationRecord>> ownObservations;
    if (!q.exec(QStringLiteral("SELECT id, provider_id, key_question, rating, publication_date, inherited_from,"
                               " report_link_id, COALESCE(score, -1) FROM observations"
                               " WHERE location_id IS NULL AND service_id IS NULL"))) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        ObservationRecord o;
        o.id = q.value(0).toLongLong();
        o.providerId = q.value(1).toString();
        if (!KeyQuestions::fromName(q.value(2).toString(), &o.keyQuestion))
            continue;
        o.rating = Rating::fromText(q.value(3).toString());
        o.publicationDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        o.inheritedFrom = q.value(5).toString();
        o.reportLinkId = q.value(6).toString();
        o.score = q.value(7).toInt();
        ownObservations[o.providerId].append(o);
    }
    QHash<QString, QVector<SnapshotRecord>> ownViews;
    for (SnapshotRecord &v : snapshots(QStringLiteral("s.location_id = ''"), QString())) {
        v.cells.erase(std::remove_if(v.cells.begin(), v.cells.end(),
                                     [](const SnapshotCell &c) { return !c.service.isEmpty(); }),
                      v.cells.end());
        ownViews[v.providerId].append(v);
    }
    for (ProviderSummary &summary : out) {
        const QString &id = summary.provider.id;
        const auto obs = ownObservations.constFind(id);
        const auto views = ownViews.constFind(id);
        if (obs == ownObservations.constEnd() && views == ownViews.constEnd())
            continue;
        const RatingGrid grid = RatingGrid::build(
            Subject::provider(id), {}, obs == ownObservations.constEnd() ? QVector<ObservationRecord>() : *obs,
            views == ownViews.constEnd() ? QVector<SnapshotRecord>() : *views, asOf);
        for (KeyQuestion kq : KeyQuestions::standard()) {
            const GridCell cell = grid.cell(0, kq);
            if (!cell.isEmpty())
                summary.own.insert(kq, cell);
        }
        const GridCell overall = summary.ownCell(KeyQuestion::Overall);
        summary.overall = overall.rating;
        summary.overallDate = overall.date;
    }
    return out;
}

bool RatingStore::forEachProvider(const QSet<QString> &ids, const std::function<bool(const SubjectRatings &)> &visit) const
{
    m_error.clear();
    const auto wanted = [&ids](const QString &id) { return ids.isEmpty() || ids.contains(id); };
    QSqlQuery q(m_backend->connection());
    q.setForwardOnly(true);

    QVector<ProviderRecord> providers;
    if (!q.exec(QLatin1String(RatingStoreRows::providerColumns) + QLatin1String("ORDER BY id"))) {
        m_error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        ProviderRecord p = RatingStoreRows::providerFrom(q, 0);
        if (wanted(p.id))
            providers.append(p);
    }

    // The locations, and which provider each belongs to (a location's
    // snapshot is its provider's).
    QHash<QString, QVector<LocationRecord>> locations;
    QHash<QString, QString> providerOfLocation;
    if (!q.exec(QLatin1String(RatingStoreRows::locationColumns) + QLatin1String("ORDER BY provider_id, name, id"))) {
        m_error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        LocationRecord l = RatingStoreRows::locationFrom(q);
        if (!wanted(l.providerId))
            continue;
        providerOfLocation.insert(l.id, l.providerId);
        locations[l.providerId].append(l);
    }

    QHash<QString, QVector<SnapshotRecord>> views;
    for (SnapshotRecord &v : snapshots(QStringLiteral("1 = 1"), QString())) {
        const QString owner = v.locationId.isEmpty() ? v.providerId : providerOfLocation.value(v.locationId);
        if (!owner.isEmpty() && wanted(owner))
            views[owner].append(std::move(v));
    }
    if (!m_error.isEmpty())
        return false;

    // Quality statements belong to assessments only: few, kept by observation.
    QHash<qint64, QVector<QualityStatementRecord>> statements;
    if (!q.exec(QStringLiteral("SELECT q.observation_id, q.statement_id, q.name, q.score, q.status, o.provider_id"
                               " FROM quality_statements q JOIN observations o ON o.id = q.observation_id"
                               " ORDER BY q.observation_id, q.name"))) {
        m_error = q.lastError().text();
        return false;
    }
    while (q.next())
        if (wanted(q.value(5).toString()))
            statements[q.value(0).toLongLong()].append(
                {q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString()});

    // The observations, streamed in provider order beside the providers:
    // both statements order by the same ID column, so one pass pairs them.
    if (!q.exec(QLatin1String(RatingStoreRows::observationColumns)
                + QLatin1String(" ORDER BY o.provider_id, o.publication_date, o.id"))) {
        m_error = q.lastError().text();
        return false;
    }
    bool more = q.next();
    for (const ProviderRecord &p : providers) {
        SubjectRatings r;
        providerHeading(p, &r);
        r.locations = locations.take(p.id);
        r.snapshots = views.take(p.id);
        // Observations of providers before this one are not wanted (or
        // belong to no stored provider): skip them.
        while (more && q.value(1).toString() < p.id)
            more = q.next();
        while (more && q.value(1).toString() == p.id) {
            ObservationRecord o;
            if (RatingStoreRows::observationFrom(q, &o)) {
                o.qualityStatements = statements.value(o.id);
                r.observations.append(std::move(o));
            }
            more = q.next();
        }
        r.reportDates = RatingGrid::reportDates(r.subject, r.observations);
        if (!visit(r))
            return false;
    }
    if (q.lastError().isValid()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

QVector<QDate> RatingStore::snapshotDates() const
{
    QVector<QDate> out;
    QSqlQuery q(m_backend->connection());
    if (!q.exec(QStringLiteral("SELECT DISTINCT snapshot_date FROM snapshots ORDER BY snapshot_date"))) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(QDate::fromString(q.value(0).toString(), Qt::ISODate));
    return out;
}

QStringList RatingStore::regions() const
{
    QStringList out;
    QSqlQuery q(m_backend->connection());
    if (!q.exec(QStringLiteral("SELECT region FROM providers WHERE region <> ''"
                               " UNION SELECT region FROM locations WHERE region <> '' ORDER BY 1"))) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}
