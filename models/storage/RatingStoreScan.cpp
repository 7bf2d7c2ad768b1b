// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
// RatingStore's reads of the whole national database: the trust list's
// summaries and the England view's scan, a few whole-table statements each.
#include <storage/RatingStore.h>

#include <core/RatingGrid.h>
#include <storage/RatingStoreRows.h>
#include <storage/StorageBackend.h>

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {

// The region a trust known only through its locations takes, and a
// trust's ICB: the most common among its locations, ties to the first by name.
QString mostCommon(const QHash<QString, int> &regions)
{
    QString region;
    int most = 0;
    for (auto r = regions.cbegin(); r != regions.cend(); ++r)
        if (r.value() > most || (r.value() == most && r.key() < region)) {
            region = r.key();
            most = r.value();
        }
    return region;
}

bool ownRowCell(const SnapshotCell &c)
{
    return c.service.isEmpty() && KeyQuestions::standard().contains(c.keyQuestion);
}

} // namespace

QVector<ProviderSummary> RatingStore::providerSummaries(const QDate &asOf, SummaryRatings ratings) const
{
    QVector<ProviderSummary> out;
    QHash<QString, int> row;
    QSqlQuery q(m_backend->connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT p.id, p.name, p.type, p.inspection_category, p.region, p.url"
                               " FROM providers p ORDER BY p.id"))) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        ProviderSummary s;
        s.provider = RatingStoreRows::provider(q, 0);
        row.insert(s.provider.id, out.size());
        out.append(s);
    }
    // One pass over the locations counts them and gives the filter their
    // names and IDs, so that "Queen Elizabeth" finds its trust; a trust
    // known only through its locations takes their region. A population
    // filter needs only the regions and ICBs: read in table order, no names.
    const bool named = ratings == SummaryRatings::Included;
    QHash<QString, QHash<QString, int>> locationRegions, locationIcbs;
    if (q.exec(named ? QStringLiteral("SELECT provider_id, region, icb, name, id FROM locations"
                                      " ORDER BY provider_id, name, id")
                     : QStringLiteral("SELECT provider_id, region, icb FROM locations"))) {
        while (q.next()) {
            const auto it = row.constFind(q.value(0).toString());
            if (it == row.constEnd())
                continue;
            ProviderSummary &summary = out[*it];
            ++summary.locationCount;
            if (named) {
                if (!summary.locationNames.isEmpty())
                    summary.locationNames += QLatin1Char('\n');
                if (summary.locationCount > 1)
                    summary.locationIds += QLatin1Char('\n');
                summary.locationNames += q.value(3).toString();
                summary.locationIds += q.value(4).toString();
            }
            const QString region = q.value(1).toString(), icb = q.value(2).toString();
            if (summary.provider.region.isEmpty() && !region.isEmpty())
                ++locationRegions[summary.provider.id][region];
            // Only API imports know a location's ICB: the trust's is its locations' most common.
            if (!icb.isEmpty())
                ++locationIcbs[summary.provider.id][icb];
        }
    } else {
        m_error = q.lastError().text();
    }
    for (auto it = locationRegions.cbegin(); it != locationRegions.cend(); ++it)
        out[row.value(it.key())].provider.region = mostCommon(*it);
    for (auto it = locationIcbs.cbegin(); it != locationIcbs.cend(); ++it)
        out[row.value(it.key())].icb = mostCommon(*it);
    if (ratings == SummaryRatings::Omitted)
        return out;
    // The provider's own row, through the grid's one rule: its current views
    // and the report history of those cells.
    QHash<QString, QVector<ObservationRecord>> ownObservations;
    if (!q.exec(QStringLiteral("SELECT %1 %2 WHERE o.location_id IS NULL AND o.service_id IS NULL"
                               " ORDER BY o.publication_date, o.id")
                    .arg(QLatin1String(RatingStoreRows::observationColumns),
                         QLatin1String(RatingStoreRows::observationJoins)))) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        ObservationRecord o;
        if (RatingStoreRows::observation(q, 0, &o))
            ownObservations[o.providerId].append(o);
    }
    QHash<QString, QVector<SnapshotRecord>> ownViews;
    for (SnapshotRecord &v : snapshots(QStringLiteral("s.location_id = ''"), QString())) {
        v.cells.erase(std::remove_if(v.cells.begin(), v.cells.end(), [](const SnapshotCell &c) { return !ownRowCell(c); }),
                      v.cells.end());
        ownViews[v.providerId].append(v);
    }
    const QString ownRow = GridRow::keyOf(QString(), QString());
    for (ProviderSummary &summary : out) {
        const QString &id = summary.provider.id;
        const auto obs = ownObservations.constFind(id);
        const auto views = ownViews.constFind(id);
        if (obs == ownObservations.constEnd() && views == ownViews.constEnd())
            continue;
        const RatingGrid grid = RatingGrid::build(
            Subject::provider(id), {}, obs == ownObservations.constEnd() ? QVector<ObservationRecord>() : *obs,
            views == ownViews.constEnd() ? QVector<SnapshotRecord>() : *views, asOf);
        const int r = grid.rowOf(ownRow);
        if (r < 0)
            continue;
        for (KeyQuestion kq : KeyQuestions::standard()) {
            const GridCell cell = grid.cell(r, kq);
            if (!cell.isEmpty())
                summary.own.insert(kq, cell);
        }
        const GridCell overall = summary.own.value(KeyQuestion::Overall);
        summary.overall = overall.rating;
        summary.overallDate = overall.date;
    }
    return out;
}

namespace {

// A whole-table statement ordered by provider, read alongside the
// providers: rows() hands over the rows of one provider at a time.
class ProviderCursor
{
public:
    ProviderCursor(QSqlQuery &&query, int providerColumn) : m_q(std::move(query)), m_column(providerColumn)
    {
        advance();
    }
    // Calls `take` for every row of `id`, skipping rows of providers before
    // it (rows with no provider record, as loadSubject never sees them).
    template<typename F> void rows(const QString &id, F take)
    {
        while (m_valid && m_current < id)
            advance();
        while (m_valid && m_current == id) {
            take(m_q);
            advance();
        }
    }

private:
    void advance()
    {
        m_valid = m_q.next();
        if (m_valid)
            m_current = m_q.value(m_column).toString();
    }
    QSqlQuery m_q;
    int m_column;
    bool m_valid = false;
    QString m_current;
};

} // namespace

bool RatingStore::forEachProvider(const QSet<QString> &ids,
                                  const std::function<bool(const SubjectRatings &)> &visit) const
{
    // A small population (the NHS trusts, a region) is read through the
    // provider indexes, not by walking every table: 220 NHS trusts of
    // 25,000 providers took 8.5 s as whole-table reads. A large one walks the
    // tables once, which is then faster than thousands of index probes.
    const bool narrowed = !ids.isEmpty() && ids.size() <= 5000;
    QStringList bound = narrowed ? QStringList(ids.cbegin(), ids.cend()) : QStringList();
    bound.sort();
    const auto among = [&](const QString &column) {
        if (!narrowed)
            return QString();
        QString marks = QStringLiteral("?");
        marks.reserve(2 * bound.size());
        for (int i = 1; i < bound.size(); ++i)
            marks += QStringLiteral(",?");
        return QStringLiteral(" %1 IN (%2)").arg(column, marks);
    };
    const auto open = [&](const QString &sql) {
        QSqlQuery q(m_backend->connection());
        q.setForwardOnly(true);
        if (!q.prepare(sql)) {
            m_error = q.lastError().text();
            return q;
        }
        for (int lists = sql.count(QLatin1String(" IN (?")); lists > 0; --lists)
            for (const QString &id : bound)
                q.addBindValue(id);
        if (!q.exec())
            m_error = q.lastError().text();
        return q;
    };
    const auto where = [&](const QString &column) {
        return narrowed ? QStringLiteral(" WHERE") + among(column) : QString();
    };
    // SQLite orders text by its bytes; IDs are ASCII, where QString's order is the same.
    QSqlQuery providers = open(QStringLiteral("SELECT id, name, type, inspection_category, region, url"
                                              " FROM providers%1 ORDER BY id")
                                   .arg(where(QStringLiteral("id"))));
    if (!providers.isActive())
        return false;
    const auto cursor = [&](const QString &sql, int column, bool *ok) {
        QSqlQuery q = open(sql);
        *ok = *ok && q.isActive();
        return ProviderCursor(std::move(q), column);
    };
    bool ok = true;
    ProviderCursor locations = cursor(QLatin1String(RatingStoreRows::locationColumns)
                                          + where(QStringLiteral("provider_id"))
                                          + QLatin1String(" ORDER BY provider_id, name, id"),
                                      1, &ok);
    ProviderCursor observations = cursor(QStringLiteral("SELECT %1 %2%3 ORDER BY o.provider_id, o.publication_date, o.id")
                                             .arg(QLatin1String(RatingStoreRows::observationColumns),
                                                  QLatin1String(RatingStoreRows::observationJoins),
                                                  where(QStringLiteral("o.provider_id"))),
                                         1, &ok);
    ProviderCursor statements = cursor(QStringLiteral("SELECT o.provider_id, q.observation_id, q.statement_id, q.name,"
                                                      " q.score, q.status FROM quality_statements q"
                                                      " JOIN observations o ON o.id = q.observation_id%1"
                                                      " ORDER BY o.provider_id, q.observation_id, q.name")
                                           .arg(where(QStringLiteral("o.provider_id"))),
                                       0, &ok);
    // A location's views belong to the trust the location is under now, as
    // loadSubject reads them; the provider's own views to the provider.
    // Narrowed, both halves go through snapshots' primary key.
    const QString viewsOf = narrowed
        ? QStringLiteral("(s.location_id = '' AND%1) OR s.location_id IN (SELECT id FROM locations WHERE%2)")
              .arg(among(QStringLiteral("s.provider_id")), among(QStringLiteral("provider_id")))
        : QStringLiteral("s.location_id = '' OR l.id IS NOT NULL");
    ProviderCursor views = cursor(QStringLiteral("SELECT COALESCE(l.provider_id, s.provider_id), %1"
                                                 " LEFT JOIN locations l ON l.id = s.location_id AND s.location_id <> ''"
                                                 " WHERE %2 ORDER BY 1, s.snapshot_date, s.location_id")
                                      .arg(QLatin1String(RatingStoreRows::snapshotColumns), viewsOf),
                                  0, &ok);
    if (!ok)
        return false;
    const QHash<qint64, QString> services = serviceNames();
    while (providers.next()) {
        const ProviderRecord p = RatingStoreRows::provider(providers, 0);
        const bool wanted = ids.isEmpty() || ids.contains(p.id);
        SubjectRatings r;
        if (wanted) {
            r.subject = Subject::provider(p.id);
            r.name = p.name.isEmpty() ? RatingStore::tr("%1 (name not in the imported data)").arg(p.id) : p.name;
            r.nameKnown = !p.name.isEmpty();
            r.providerId = p.id;
            r.url = p.url;
        }
        locations.rows(p.id, [&](const QSqlQuery &q) {
            if (wanted)
                r.locations.append(RatingStoreRows::location(q));
        });
        observations.rows(p.id, [&](const QSqlQuery &q) {
            ObservationRecord o;
            if (wanted && RatingStoreRows::observation(q, 0, &o))
                r.observations.append(o);
        });
        QHash<qint64, int> index;
        statements.rows(p.id, [&](const QSqlQuery &q) {
            if (!wanted)
                return;
            if (index.isEmpty())
                for (int i = 0; i < r.observations.size(); ++i)
                    index.insert(r.observations.at(i).id, i);
            const auto it = index.constFind(q.value(1).toLongLong());
            if (it != index.constEnd())
                r.observations[*it].qualityStatements.append(
                    {q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
        });
        views.rows(p.id, [&](const QSqlQuery &q) {
            if (wanted)
                r.snapshots.append(RatingStoreRows::snapshot(q, 1, services));
        });
        if (!wanted)
            continue;
        r.reportDates = RatingGrid::reportDates(r.subject, r.observations);
        if (!visit(r))
            return false;
    }
    if (providers.lastError().isValid()) {
        m_error = providers.lastError().text();
        return false;
    }
    return true;
}

bool RatingStore::providersChangedBetween(const QDate &from, const QDate &to, QSet<QString> *out) const
{
    // RatingGrid::sameBetween's inputs, from the tables: a rating published
    // in (from, to]; or a view taken in (from, to] unless the same
    // organisation has a view taken on `from` itself with the same cells.
    // (With an older view by `from`, reports published after that view show
    // as of `from` but not under the newer one, so it counts.) A location's
    // views count for the trust it is under now, as forEachProvider reads them.
    QSqlQuery q(m_backend->connection());
    q.setForwardOnly(true);
    const bool ok = q.prepare(QStringLiteral(
                        "SELECT provider_id FROM observations WHERE publication_date > :from AND publication_date <= :to"
                        " UNION SELECT COALESCE(l.provider_id, s.provider_id) FROM snapshots s"
                        " LEFT JOIN locations l ON l.id = s.location_id AND s.location_id <> ''"
                        " WHERE s.snapshot_date > :from AND s.snapshot_date <= :to"
                        " AND NOT EXISTS (SELECT 1 FROM snapshots p WHERE p.location_id = s.location_id"
                        " AND p.provider_id = s.provider_id AND p.snapshot_date = :from AND p.cells = s.cells)"))
        && (q.bindValue(QStringLiteral(":from"), from.toString(Qt::ISODate)),
            q.bindValue(QStringLiteral(":to"), to.toString(Qt::ISODate)), q.exec());
    if (!ok) {
        m_error = q.lastError().text();
        return false;
    }
    out->clear();
    while (q.next())
        out->insert(q.value(0).toString());
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

QString RatingStore::dataStamp() const
{
    QSqlQuery q(m_backend->connection());
    if (!q.exec(QStringLiteral("SELECT count(*), COALESCE(max(id), 0), COALESCE(max(imported_at), '') FROM imports"))
        || !q.next()) {
        m_error = q.lastError().text();
        return QString();
    }
    return QStringLiteral("%1|%2|%3").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
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
