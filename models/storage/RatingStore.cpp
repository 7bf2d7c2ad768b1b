// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <storage/RatingStore.h>

#include <storage/Database.h>
#include <storage/RatingStoreRows.h>
#include <core/RatingGrid.h>
#include <storage/SnapshotCells.h>
#include <storage/StorageBackend.h>

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

RatingStore::RatingStore(const Database &db) : m_backend(db.backend())
{}

QString RatingStore::databaseFile() const
{
    return m_backend->filePath();
}

// A failed read is recorded in m_error, never passed off as a zero.
qint64 RatingStore::scalar(const QString &sql) const
{
    QSqlQuery q(m_backend->connection());
    if (!q.exec(sql) || !q.next()) {
        m_error = q.lastError().text();
        return 0;
    }
    return q.value(0).toLongLong();
}

DatabaseStats RatingStore::stats() const
{
    DatabaseStats s;
    s.providers = scalar(QStringLiteral("SELECT count(*) FROM providers"));
    s.locations = scalar(QStringLiteral("SELECT count(*) FROM locations"));
    s.reports = scalar(QStringLiteral("SELECT count(*) FROM reports"));
    s.ratings = scalar(QStringLiteral("SELECT count(*) FROM observations"));
    s.imports = scalar(QStringLiteral("SELECT count(*) FROM imports"));
    return s;
}

QDate RatingStore::newestPublicationDate() const
{
    QSqlQuery q(m_backend->connection());
    if (!q.exec(QStringLiteral("SELECT max(publication_date) FROM observations")) || !q.next())
        return {};
    return QDate::fromString(q.value(0).toString(), Qt::ISODate);
}

bool RatingStore::isEmpty() const
{
    return scalar(QStringLiteral("SELECT count(*) FROM providers")) == 0;
}

bool RatingStore::holdsOnlySample() const
{
    return scalar(QStringLiteral("SELECT count(*) FROM imports WHERE is_sample = 1")) > 0
        && scalar(QStringLiteral("SELECT count(*) FROM imports WHERE is_sample = 0")) == 0;
}

bool RatingStore::provider(const QString &id, ProviderRecord *out) const
{
    QSqlQuery q(m_backend->connection());
    q.prepare(QStringLiteral("SELECT id, name, type, inspection_category, region, url FROM providers WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return false;
    *out = RatingStoreRows::provider(q, 0);
    return true;
}

bool RatingStore::location(const QString &id, LocationRecord *out) const
{
    QSqlQuery q(m_backend->connection());
    q.prepare(QLatin1String(RatingStoreRows::locationColumns) + QLatin1String("WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return false;
    *out = RatingStoreRows::location(q);
    return true;
}

QVector<LocationRecord> RatingStore::locationsOf(const QString &providerId) const
{
    QVector<LocationRecord> out;
    QSqlQuery q(m_backend->connection());
    q.prepare(QLatin1String(RatingStoreRows::locationColumns) + QLatin1String("WHERE provider_id = ? ORDER BY name, id"));
    q.addBindValue(providerId);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(RatingStoreRows::location(q));
    return out;
}

QVector<ObservationRecord> RatingStore::observations(const QString &where, const QString &id) const
{
    QVector<ObservationRecord> out;
    QSqlQuery q(m_backend->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 %2 WHERE %3 ORDER BY o.publication_date, o.id")
                  .arg(QLatin1String(RatingStoreRows::observationColumns),
                       QLatin1String(RatingStoreRows::observationJoins), where));
    q.addBindValue(id);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        ObservationRecord o;
        if (RatingStoreRows::observation(q, 0, &o))
            out.append(o);
    }
    attachQualityStatements(where, id, &out);
    return out;
}

// Only assessments have quality statements: one query for the subject, attached by observation.
void RatingStore::attachQualityStatements(const QString &where, const QString &id,
                                          QVector<ObservationRecord> *observations) const
{
    QSqlQuery q(m_backend->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT q.observation_id, q.statement_id, q.name, q.score, q.status"
                             " FROM quality_statements q JOIN observations o ON o.id = q.observation_id"
                             " WHERE %1 ORDER BY q.observation_id, q.name")
                  .arg(where));
    q.addBindValue(id);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return;
    }
    QHash<qint64, int> index;
    while (q.next()) {
        if (index.isEmpty())
            for (int i = 0; i < observations->size(); ++i)
                index.insert(observations->at(i).id, i);
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it == index.constEnd())
            continue;
        (*observations)[*it].qualityStatements.append(
            {q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString()});
    }
}

QHash<qint64, QString> RatingStore::serviceNames() const
{
    QHash<qint64, QString> names;
    QSqlQuery q(m_backend->connection());
    if (q.exec(QStringLiteral("SELECT id, name FROM services")))
        while (q.next())
            names.insert(q.value(0).toLongLong(), q.value(1).toString());
    return names;
}

QVector<SnapshotRecord> RatingStore::snapshots(const QString &where, const QString &id) const
{
    QVector<SnapshotRecord> out;
    QSqlQuery q(m_backend->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 WHERE %2 ORDER BY s.snapshot_date, s.location_id")
                  .arg(QLatin1String(RatingStoreRows::snapshotColumns), where));
    for (int i = where.count(QLatin1Char('?')); i > 0; --i)
        q.addBindValue(id);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    const QHash<qint64, QString> services = serviceNames();
    while (q.next())
        out.append(RatingStoreRows::snapshot(q, 0, services));
    return out;
}

QVector<ObservationRecord> RatingStore::observationsOfProvider(const QString &providerId) const
{
    return observations(QStringLiteral("o.provider_id = ?"), providerId);
}

QVector<ObservationRecord> RatingStore::observationsOfLocation(const QString &locationId) const
{
    return observations(QStringLiteral("o.location_id = ?"), locationId);
}

QVector<ImportRecord> RatingStore::imports() const
{
    QVector<ImportRecord> out;
    QSqlQuery q(m_backend->connection());
    if (!q.exec(QStringLiteral("SELECT id, file_name, sha256, format, imported_at, records, new_observations,"
                               " providers, locations, skipped, is_sample FROM imports ORDER BY id"))) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        ImportRecord r;
        r.id = q.value(0).toLongLong();
        r.fileName = q.value(1).toString();
        r.sha256 = q.value(2).toString();
        r.format = q.value(3).toString();
        r.importedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
        r.records = q.value(5).toLongLong();
        r.newObservations = q.value(6).toLongLong();
        r.providers = q.value(7).toLongLong();
        r.locations = q.value(8).toLongLong();
        r.skipped = q.value(9).toLongLong();
        r.isSample = q.value(10).toBool();
        out.append(r);
    }
    return out;
}

QDate RatingStore::snapshotDateOfImport(qint64 importId) const
{
    QSqlQuery q(m_backend->connection());
    q.prepare(QStringLiteral("SELECT MAX(snapshot_date) FROM snapshots WHERE import_id = ?"));
    q.addBindValue(importId);
    if (!q.exec() || !q.next()) {
        m_error = q.lastError().text();
        return {};
    }
    return QDate::fromString(q.value(0).toString(), Qt::ISODate);
}

bool RatingStore::loadSubject(const Subject &subject, SubjectRatings *out) const
{
    SubjectRatings r;
    r.subject = subject;
    if (subject.kind == Subject::Kind::Provider) {
        ProviderRecord p;
        if (!provider(subject.id, &p))
            return false;
        r.name = p.name.isEmpty() ? RatingStore::tr("%1 (name not in the imported data)").arg(p.id) : p.name;
        r.nameKnown = !p.name.isEmpty();
        r.providerId = p.id;
        r.url = p.url;
        r.locations = locationsOf(p.id);
        r.observations = observationsOfProvider(p.id);
        // The provider's own views and those of its locations.
        r.snapshots = snapshots(QStringLiteral("(s.location_id = '' AND s.provider_id = ?)"
                                               " OR s.location_id IN (SELECT id FROM locations WHERE provider_id = ?)"),
                                p.id);
    } else if (subject.kind == Subject::Kind::Location) {
        LocationRecord l;
        if (!location(subject.id, &l))
            return false;
        r.name = l.name.isEmpty() ? l.id : l.name;
        r.providerId = l.providerId;
        r.url = l.url;
        r.locations = {l};
        r.observations = observationsOfLocation(l.id);
        r.snapshots = snapshots(QStringLiteral("s.location_id = ?"), l.id);
    } else {
        return false;
    }
    r.reportDates = RatingGrid::reportDates(subject, r.observations);
    *out = std::move(r);
    return true;
}

RatingCursor::RatingCursor(std::unique_ptr<PreparedStatement> statement, qint64 total)
    : m_statement(std::move(statement)), m_total(total)
{}

RatingCursor::~RatingCursor() = default;

bool RatingCursor::next(RatingRow *row)
{
    if (!m_statement->next())
        return false;
    // Deep copies: the statement's buffers are reused by the next step.
    m_statement->copyRow(row->values, RatingRow::ColumnCount);
    ++m_done;
    return true;
}

QString RatingCursor::errorString() const
{
    return m_statement->errorString();
}

std::unique_ptr<RatingCursor> RatingStore::ratings(const Subject &subject) const
{
    QString where;
    if (subject.kind == Subject::Kind::Provider)
        where = QStringLiteral("WHERE o.provider_id = ?");
    else if (subject.kind == Subject::Kind::Location)
        where = QStringLiteral("WHERE o.location_id = ?");

    qint64 total = 0;
    {
        QSqlQuery count(m_backend->connection());
        count.prepare(QStringLiteral("SELECT count(*) FROM observations o ") + where);
        if (subject.isValid())
            count.addBindValue(subject.id);
        if (count.exec() && count.next())
            total = count.value(0).toLongLong();
    }
    // Key questions in CQC's order, not alphabetical.
    const QString sql = QStringLiteral(
                            "SELECT o.provider_id, p.name, COALESCE(o.location_id, ''), COALESCE(l.name, ''),"
                            " COALESCE(s.name, ''), o.key_question, o.rating, o.publication_date, o.inherited_from,"
                            " o.report_link_id, COALESCE(CAST(o.score AS TEXT), '')"
                            " FROM observations o"
                            " JOIN providers p ON p.id = o.provider_id"
                            " LEFT JOIN locations l ON l.id = o.location_id"
                            " LEFT JOIN services s ON s.id = o.service_id %1"
                            " ORDER BY o.provider_id, COALESCE(o.location_id, ''), COALESCE(s.name, ''),"
                            " CASE o.key_question WHEN 'Safe' THEN 1 WHEN 'Effective' THEN 2 WHEN 'Caring' THEN 3"
                            " WHEN 'Responsive' THEN 4 WHEN 'Well-led' THEN 5 WHEN 'Overall' THEN 6"
                            " WHEN 'Use of resources' THEN 7 ELSE 8 END, o.publication_date, o.id")
                            .arg(where);
    auto statement = m_backend->prepare(sql.toUtf8().constData());
    if (!statement->isValid())
        m_error = statement->errorString();
    else if (subject.isValid())
        statement->bindText(1, subject.id);
    return std::make_unique<RatingCursor>(std::move(statement), total);
}
