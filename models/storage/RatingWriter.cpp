// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <storage/RatingWriter.h>

#include <storage/Database.h>
#include <storage/SnapshotCells.h>
#include <storage/StorageBackend.h>

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

// The statements prepared once, on the writer's connection.
struct RatingWriter::Statements
{
    explicit Statements(StorageBackend *backend)
        : backend(backend), db(backend->connection()), service(db)
    {}

    StorageBackend *backend;
    QSqlDatabase db;
    QSqlQuery service;
    // A national file makes 320,000 observation inserts, 65,000 reports,
    // 50,000 locations and 50,000 current views a month: the backend's own
    // API, without Qt Sql's QVariant and UTF-16 round trips.
    std::unique_ptr<PreparedStatement> provider, location, report, observation, snapshot;
};

RatingWriter::RatingWriter(Database &database) : m_statements(std::make_unique<Statements>(database.backend()))
{
    Statements &s = *m_statements;
    // COALESCE(NULLIF(excluded.x, ''), x): a later record fills in what an
    // earlier one left blank but never blanks out what is known.
    s.provider = database.backend()->prepare((
        "INSERT INTO providers (id, name, type, inspection_category, region, url, is_sample)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET"
        " name = COALESCE(NULLIF(excluded.name, ''), providers.name),"
        " type = COALESCE(NULLIF(excluded.type, ''), providers.type),"
        " inspection_category = COALESCE(NULLIF(excluded.inspection_category, ''), providers.inspection_category),"
        " region = COALESCE(NULLIF(excluded.region, ''), providers.region),"
        " url = COALESCE(NULLIF(excluded.url, ''), providers.url),"
        " is_sample = providers.is_sample AND excluded.is_sample"));
    s.location = database.backend()->prepare((
        "INSERT INTO locations (id, provider_id, name, type, inspection_category, region, address,"
        " postcode, url, registration_status, predecessor_id, predecessor_name, predecessor_reason, icb,"
        " is_sample) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET"
        " provider_id = excluded.provider_id,"
        " name = COALESCE(NULLIF(excluded.name, ''), locations.name),"
        " type = COALESCE(NULLIF(excluded.type, ''), locations.type),"
        " inspection_category = COALESCE(NULLIF(excluded.inspection_category, ''), locations.inspection_category),"
        " region = COALESCE(NULLIF(excluded.region, ''), locations.region),"
        " address = COALESCE(NULLIF(excluded.address, ''), locations.address),"
        " postcode = COALESCE(NULLIF(excluded.postcode, ''), locations.postcode),"
        " url = COALESCE(NULLIF(excluded.url, ''), locations.url),"
        " registration_status = COALESCE(NULLIF(excluded.registration_status, ''), locations.registration_status),"
        " predecessor_id = COALESCE(NULLIF(excluded.predecessor_id, ''), locations.predecessor_id),"
        " predecessor_name = COALESCE(NULLIF(excluded.predecessor_name, ''), locations.predecessor_name),"
        " predecessor_reason = COALESCE(NULLIF(excluded.predecessor_reason, ''), locations.predecessor_reason),"
        // The sheets have no ICB: a sheet imported after an API file keeps it.
        " icb = COALESCE(NULLIF(excluded.icb, ''), locations.icb),"
        " is_sample = locations.is_sample AND excluded.is_sample"));
    s.service.prepare(QStringLiteral(
        "INSERT INTO services (name, area_id) VALUES (?, ?)"
        " ON CONFLICT (name) DO UPDATE SET area_id = COALESCE(NULLIF(excluded.area_id, ''), services.area_id)"));
    s.report = database.backend()->prepare(
        "INSERT INTO reports (provider_id, location_id, publication_date, link_id, url, import_id)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
    static const char observationSql[] =
        "INSERT INTO observations (provider_id, location_id, service_id, key_question, rating,"
        " publication_date, report_link_id, inherited_from, import_id, score, assessment_status)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
    s.observation = database.backend()->prepare(observationSql);
    // One view per organisation and date. The same view again changes
    // nothing; a different one for the same date (another file of the same
    // day) replaces it, as the later of two observations on one date wins.
    static const char snapshotSql[] =
        "INSERT INTO snapshots (provider_id, location_id, snapshot_date, cells, import_id) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (location_id, provider_id, snapshot_date) DO UPDATE SET"
        " cells = excluded.cells, import_id = excluded.import_id WHERE snapshots.cells <> excluded.cells";
    s.snapshot = database.backend()->prepare(snapshotSql);
}

RatingWriter::~RatingWriter() = default;

static bool exec(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

static bool exec(PreparedStatement &st, QString *error)
{
    if (st.exec())
        return true;
    *error = st.errorString();
    return false;
}
// yyyy-mm-dd without QDate::toString's general formatter: one per row.
static QByteArray isoDate(const QDate &d)
{
    char buffer[11];
    int y = d.year(), m = d.month(), day = d.day();
    buffer[0] = char('0' + y / 1000 % 10);
    buffer[1] = char('0' + y / 100 % 10);
    buffer[2] = char('0' + y / 10 % 10);
    buffer[3] = char('0' + y % 10);
    buffer[4] = '-';
    buffer[5] = char('0' + m / 10);
    buffer[6] = char('0' + m % 10);
    buffer[7] = '-';
    buffer[8] = char('0' + day / 10);
    buffer[9] = char('0' + day % 10);
    buffer[10] = 0;
    return QByteArray(buffer, 10);
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL DEFAULT ''.
static QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

qint64 RatingWriter::beginImport(const ImportRecord &import)
{
    QSqlQuery q(m_statements->db);
    q.prepare(QStringLiteral("INSERT INTO imports (file_name, sha256, format, imported_at, is_sample)"
                             " VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(text(import.fileName));
    q.addBindValue(text(import.sha256));
    q.addBindValue(text(import.format));
    q.addBindValue(import.importedAt.toUTC().toString(Qt::ISODate));
    q.addBindValue(import.isSample ? 1 : 0);
    if (!exec(q, &m_error))
        return 0;
    m_importId = q.lastInsertId().toLongLong();
    return m_importId;
}

bool RatingWriter::deferIndexesWhileEmpty()
{
    std::unique_ptr<PreparedStatement> any = m_statements->backend->prepare("SELECT 1 FROM observations LIMIT 1");
    if (!any->exec()) {
        m_error = any->errorString();
        return false;
    }
    if (any->next())
        return true; // not empty: each row is checked against what is there
    // What the database holds is (next to) nothing: read it now, so that
    // every row is checked in memory, as the unique index is gone.
    if (!m_known.isLoaded() && !m_known.load(m_statements->backend, &m_error))
        return false;
    if (m_statements->backend->dropIndexes(QStringLiteral("observations"), &m_deferredIndexes))
        return true;
    m_error = m_statements->backend->errorString();
    return false;
}

bool RatingWriter::finishImport(const ImportRecord &import)
{
    if (!m_deferredIndexes.isEmpty()) {
        if (!m_statements->backend->execute(m_deferredIndexes)) {
            m_error = m_statements->backend->errorString();
            return false;
        }
        m_deferredIndexes.clear();
    }
    QSqlQuery q(m_statements->db);
    q.prepare(QStringLiteral("UPDATE imports SET records = ?, new_observations = ?, providers = ?,"
                             " locations = ?, skipped = ?, snapshots = ? WHERE id = ?"));
    q.addBindValue(import.records);
    q.addBindValue(import.newObservations);
    q.addBindValue(import.providers);
    q.addBindValue(import.locations);
    q.addBindValue(import.skipped);
    q.addBindValue(import.snapshots);
    q.addBindValue(m_importId);
    return exec(q, &m_error);
}

// Reading what the database holds costs about as much as 20,000 statements
// (0.6 s for a national database of 323,000 observations), so only an import that has already sent
// that many rows reads it; one API payload never does.
bool RatingWriter::loadKnownRowsOnceLarge()
{
    if (m_known.isLoaded() || ++m_rowsBeforeLoading < 20000)
        return true;
    return m_known.load(m_statements->backend, &m_error);
}

bool RatingWriter::writeProvider(const ProviderRecord &p, bool sample)
{
    if (!loadKnownRowsOnceLarge())
        return false;
    if (m_known.hasProvider(p))
        return true;
    PreparedStatement &st = *m_statements->provider;
    int i = 0;
    for (const QString *v : {&p.id, &p.name, &p.type, &p.inspectionCategory, &p.region, &p.url})
        st.bindText(++i, *v);
    st.bindInt(++i, sample ? 1 : 0);
    if (!exec(st, &m_error))
        return false;
    m_known.noteProvider(p);
    return true;
}

bool RatingWriter::writeLocation(const LocationRecord &l, bool sample)
{
    if (!loadKnownRowsOnceLarge())
        return false;
    if (m_known.hasLocation(l))
        return true;
    if (!m_known.hasProviderId(l.providerId)) {
        ProviderRecord placeholder;
        placeholder.id = l.providerId;
        if (!writeProvider(placeholder, sample))
            return false;
    }
    PreparedStatement &st = *m_statements->location;
    int i = 0;
    for (const QString *v : {&l.id, &l.providerId, &l.name, &l.type, &l.inspectionCategory, &l.region, &l.address,
                             &l.postcode, &l.url, &l.registrationStatus, &l.predecessorId, &l.predecessorName,
                             &l.predecessorReason, &l.icb})
        st.bindText(++i, *v);
    st.bindInt(++i, sample ? 1 : 0);
    if (!exec(st, &m_error))
        return false;
    m_known.noteLocation(l);
    return true;
}

qint64 RatingWriter::serviceId(const QString &name)
{
    const auto it = m_services.constFind(name);
    if (it != m_services.constEnd())
        return *it;
    m_statements->service.addBindValue(name);
    m_statements->service.addBindValue(text(QString()));
    if (!exec(m_statements->service, &m_error))
        return 0;
    // lastInsertId is not reliable after an upsert that updated: ask.
    QSqlQuery q(m_statements->db);
    q.prepare(QStringLiteral("SELECT id FROM services WHERE name = ?"));
    q.addBindValue(name);
    if (!exec(q, &m_error) || !q.next())
        return 0;
    const qint64 id = q.value(0).toLongLong();
    m_services.insert(name, id);
    return id;
}

bool RatingWriter::writeReport(const ReportRecord &r)
{
    // A sheet repeats a report on every row of it: write each once. Rows of
    // one report come together, so comparing with the last one is enough
    // most of the time; the set catches the rest.
    if (r.providerId == m_lastReport.providerId && r.locationId == m_lastReport.locationId
        && r.publicationDate == m_lastReport.publicationDate && r.linkId == m_lastReport.linkId)
        return true;
    m_lastReport = r;
    if (!loadKnownRowsOnceLarge())
        return false;
    if (m_known.hasReport(r))
        return true;
    m_known.noteReport(r);
    PreparedStatement &st = *m_statements->report;
    st.bindText(1, r.providerId);
    if (r.locationId.isEmpty())
        st.bindNull(2);
    else
        st.bindText(2, r.locationId);
    st.bindText(3, isoDate(r.publicationDate));
    st.bindText(4, r.linkId);
    st.bindText(5, r.url);
    st.bindInt(6, m_importId);
    return exec(st, &m_error);
}

RatingWriter::Added RatingWriter::addObservation(const ObservationRecord &o)
{
    qint64 service = 0;
    if (!o.service.isEmpty() && (service = serviceId(o.service)) == 0)
        return Added::Failed;
    if (!loadKnownRowsOnceLarge())
        return Added::Failed;
    // Quality statements are added to a known observation too: the database
    // decides, by its unique index, unless that is deferred (then memory does).
    const bool simple = o.qualityStatements.isEmpty();
    const bool known = m_known.hasObservation(o, service);
    if (known && (simple || !m_deferredIndexes.isEmpty()))
        return simple || addQualityStatements(o, service) ? Added::Known : Added::Failed;
    PreparedStatement &st = *m_statements->observation;
    st.bindText(1, o.providerId);
    if (o.locationId.isEmpty())
        st.bindNull(2);
    else
        st.bindText(2, o.locationId);
    if (service != 0)
        st.bindInt(3, service);
    else
        st.bindNull(3);
    static const QByteArray keyQuestionNames[] = {
        KeyQuestions::name(KeyQuestion::Safe).toUtf8(),           KeyQuestions::name(KeyQuestion::Effective).toUtf8(),
        KeyQuestions::name(KeyQuestion::Caring).toUtf8(),         KeyQuestions::name(KeyQuestion::Responsive).toUtf8(),
        KeyQuestions::name(KeyQuestion::WellLed).toUtf8(),        KeyQuestions::name(KeyQuestion::Overall).toUtf8(),
        KeyQuestions::name(KeyQuestion::UseOfResources).toUtf8(), KeyQuestions::name(KeyQuestion::Combined).toUtf8()};
    st.bindText(4, keyQuestionNames[int(o.keyQuestion)]);
    st.bindText(5, o.rating.text());
    st.bindText(6, isoDate(o.publicationDate));
    st.bindText(7, o.reportLinkId);
    st.bindText(8, o.inheritedFrom);
    st.bindInt(9, m_importId);
    if (o.score >= 0)
        st.bindInt(10, o.score);
    else
        st.bindNull(10);
    if (o.assessmentStatus.isEmpty())
        st.bindText(11, QByteArray("", 0)); // most rows: no conversion, no allocation
    else
        st.bindText(11, o.assessmentStatus);
    if (!st.exec()) {
        m_error = st.errorString();
        return Added::Failed;
    }
    const Added added = st.changes() > 0 ? Added::New : Added::Known;
    m_known.noteObservation(o, service);
    return o.qualityStatements.isEmpty() || addQualityStatements(o, service) ? added : Added::Failed;
}

// Rare (assessments only), so the observation's id is looked up by its identity.
bool RatingWriter::addQualityStatements(const ObservationRecord &o, qint64 service)
{
    QSqlQuery id(m_statements->db);
    id.prepare(QStringLiteral("SELECT id FROM observations WHERE provider_id = ? AND COALESCE(location_id, '') = ?"
                              " AND COALESCE(service_id, 0) = ? AND key_question = ? AND publication_date = ?"
                              " AND rating = ?"));
    id.addBindValue(text(o.providerId));
    id.addBindValue(text(o.locationId));
    id.addBindValue(service);
    id.addBindValue(KeyQuestions::name(o.keyQuestion));
    id.addBindValue(o.publicationDate.toString(Qt::ISODate));
    id.addBindValue(text(o.rating.text()));
    if (!exec(id, &m_error) || !id.next()) {
        if (m_error.isEmpty())
            m_error = QStringLiteral("observation not found for its quality statements");
        return false;
    }
    QSqlQuery q(m_statements->db);
    q.prepare(QStringLiteral("INSERT INTO quality_statements (observation_id, statement_id, name, score, status)"
                             " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    for (const QualityStatementRecord &statement : o.qualityStatements) {
        q.addBindValue(id.value(0));
        q.addBindValue(text(statement.id));
        q.addBindValue(text(statement.name));
        q.addBindValue(text(statement.score));
        q.addBindValue(text(statement.status));
        if (!exec(q, &m_error))
            return false;
    }
    return true;
}

RatingWriter::SnapshotWrite RatingWriter::writeSnapshot(const SnapshotRecord &snapshot)
{
    QByteArray cells;
    if (!SnapshotCells::pack(
            snapshot.cells, [this](const QString &name) { return serviceId(name); }, &cells))
        return SnapshotWrite::Failed;
    PreparedStatement &st = *m_statements->snapshot;
    st.bindText(1, snapshot.providerId);
    st.bindText(2, snapshot.locationId); // '' for the provider's own view
    st.bindText(3, isoDate(snapshot.date));
    st.bindText(4, cells);
    st.bindInt(5, m_importId);
    if (!st.exec()) {
        m_error = st.errorString();
        return SnapshotWrite::Failed;
    }
    return st.changes() > 0 ? SnapshotWrite::Recorded : SnapshotWrite::Known;
}

bool RatingWriter::removeSample()
{
    // Children first; a provider or location that real data also names has
    // had its is_sample flag cleared by the upserts above, so it stays.
    const char *const statements[] = {
        "DELETE FROM quality_statements WHERE observation_id IN (SELECT o.id FROM observations o"
        " JOIN imports i ON i.id = o.import_id WHERE i.is_sample = 1)",
        "DELETE FROM observations WHERE import_id IN (SELECT id FROM imports WHERE is_sample = 1)",
        "DELETE FROM snapshots WHERE import_id IN (SELECT id FROM imports WHERE is_sample = 1)",
        "DELETE FROM reports WHERE import_id IN (SELECT id FROM imports WHERE is_sample = 1)",
        "DELETE FROM imports WHERE is_sample = 1",
        "DELETE FROM locations WHERE is_sample = 1 AND id NOT IN"
        " (SELECT location_id FROM observations WHERE location_id IS NOT NULL)",
        "DELETE FROM providers WHERE is_sample = 1 AND id NOT IN (SELECT provider_id FROM locations)"
        " AND id NOT IN (SELECT provider_id FROM observations)",
    };
    QSqlQuery q(m_statements->db);
    for (const char *sql : statements) {
        if (!q.exec(QString::fromUtf8(sql))) {
            m_error = q.lastError().text();
            return false;
        }
    }
    m_known.clear();
    m_rowsBeforeLoading = 0;
    return true;
}
