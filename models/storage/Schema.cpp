// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <storage/Schema.h>

namespace Schema {

// Version 1: the domain model of DESIGN.md section 2. Observations are only
// ever inserted; the unique index makes a re-import of the same fact a no-op.
static const char *const v1[] = {
    R"(CREATE TABLE imports (
        id INTEGER PRIMARY KEY,
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL DEFAULT '',
        format TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        records INTEGER NOT NULL DEFAULT 0,
        new_observations INTEGER NOT NULL DEFAULT 0,
        providers INTEGER NOT NULL DEFAULT 0,
        locations INTEGER NOT NULL DEFAULT 0,
        skipped INTEGER NOT NULL DEFAULT 0,
        is_sample INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE TABLE providers (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL DEFAULT '',
        type TEXT NOT NULL DEFAULT '',
        inspection_category TEXT NOT NULL DEFAULT '',
        region TEXT NOT NULL DEFAULT '',
        url TEXT NOT NULL DEFAULT '',
        is_sample INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE TABLE locations (
        id TEXT PRIMARY KEY,
        provider_id TEXT NOT NULL REFERENCES providers(id),
        name TEXT NOT NULL DEFAULT '',
        type TEXT NOT NULL DEFAULT '',
        inspection_category TEXT NOT NULL DEFAULT '',
        region TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        postcode TEXT NOT NULL DEFAULT '',
        url TEXT NOT NULL DEFAULT '',
        registration_status TEXT NOT NULL DEFAULT '',
        is_sample INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE TABLE services (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        area_id TEXT NOT NULL DEFAULT ''))",
    R"(CREATE TABLE reports (
        id INTEGER PRIMARY KEY,
        provider_id TEXT NOT NULL REFERENCES providers(id),
        location_id TEXT REFERENCES locations(id),
        publication_date TEXT NOT NULL,
        link_id TEXT NOT NULL DEFAULT '',
        url TEXT NOT NULL DEFAULT '',
        import_id INTEGER NOT NULL REFERENCES imports(id)))",
    R"(CREATE UNIQUE INDEX reports_identity ON reports
        (provider_id, COALESCE(location_id, ''), publication_date, link_id))",
    R"(CREATE TABLE observations (
        id INTEGER PRIMARY KEY,
        provider_id TEXT NOT NULL REFERENCES providers(id),
        location_id TEXT REFERENCES locations(id),
        service_id INTEGER REFERENCES services(id),
        key_question TEXT NOT NULL,
        rating TEXT NOT NULL,
        publication_date TEXT NOT NULL,
        report_link_id TEXT NOT NULL DEFAULT '',
        inherited_from TEXT NOT NULL DEFAULT '',
        import_id INTEGER NOT NULL REFERENCES imports(id)))",
    R"(CREATE UNIQUE INDEX observations_identity ON observations
        (provider_id, COALESCE(location_id, ''), COALESCE(service_id, 0),
         key_question, publication_date, rating))",
};

// Version 2: indexes for the read paths (a subject's observations, a
// provider's locations, the import history), added once the queries settled.
static const char *const v2[] = {
    "CREATE INDEX observations_by_location ON observations (location_id) WHERE location_id IS NOT NULL",
    "CREATE INDEX observations_by_import ON observations (import_id)",
    "CREATE INDEX locations_by_provider ON locations (provider_id)",
    "CREATE INDEX reports_by_location ON reports (location_id) WHERE location_id IS NOT NULL",
};

// Version 3: a location's predecessor registration (API relationships), so
// that inherited ratings can say where they came from.
static const char *const v3[] = {
    "ALTER TABLE locations ADD COLUMN predecessor_id TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE locations ADD COLUMN predecessor_name TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE locations ADD COLUMN predecessor_reason TEXT NOT NULL DEFAULT ''",
};

// Version 4: the by-import index cost every insert of a national import
// and served only the rare removal of the bundled sample.
static const char *const v4[] = {
    "DROP INDEX observations_by_import",
};

// Version 5: the trust list reads every provider's own Overall rating at
// start-up; this small partial index spares it a scan of all observations.
static const char *const v5[] = {
    "CREATE INDEX observations_provider_own ON observations (provider_id, publication_date)"
    " WHERE location_id IS NULL AND service_id IS NULL AND key_question = 'Overall'",
};

// Version 6: what CQC says is current (DESIGN.md section 2) and the Single
// Assessment Framework. A snapshot row is one subject's complete current
// view on one date; its cells are packed in one text value (one line per
// cell: key question, service id, date, rating) because a national month
// lists 320,000 cells and one row per subject keeps the import at one
// extra insert per organisation. Scores and assessment status belong to
// the observation; quality statements to the observation they explain.
static const char *const v6[] = {
    "ALTER TABLE observations ADD COLUMN score INTEGER",
    "ALTER TABLE observations ADD COLUMN assessment_status TEXT NOT NULL DEFAULT ''",
    // Keyed by organisation ('' for the provider's own view) and date:
    // one B-tree, appended to in the sheets' ID order, serving both the
    // location's and (through its locations) the provider's look-ups.
    R"(CREATE TABLE snapshots (
        location_id TEXT NOT NULL,
        provider_id TEXT NOT NULL,
        snapshot_date TEXT NOT NULL,
        cells TEXT NOT NULL,
        import_id INTEGER NOT NULL REFERENCES imports(id),
        PRIMARY KEY (location_id, provider_id, snapshot_date)) WITHOUT ROWID)",
    R"(CREATE TABLE quality_statements (
        observation_id INTEGER NOT NULL REFERENCES observations(id),
        statement_id TEXT NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        score TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (observation_id, statement_id)))",
    "ALTER TABLE imports ADD COLUMN snapshots INTEGER NOT NULL DEFAULT 0",
};

// Version 7: the ICB (integrated care board) a location is in, as CQC's API
// gives it (onspdIcbName); the Latest ratings sheets have no such column, so
// locations known only from a sheet keep ''.
static const char *const v7[] = {
    "ALTER TABLE locations ADD COLUMN icb TEXT NOT NULL DEFAULT ''",
};

template<size_t N> static QStringList toList(const char *const (&statements)[N])
{
    QStringList out;
    for (const char *s : statements)
        out << QString::fromUtf8(s);
    return out;
}

int latestVersion()
{
    return 7;
}

QStringList migrationTo(int version)
{
    switch (version) {
    case 1: return toList(v1);
    case 2: return toList(v2);
    case 3: return toList(v3);
    case 4: return toList(v4);
    case 5: return toList(v5);
    case 6: return toList(v6);
    case 7: return toList(v7);
    default: return {};
    }
}

} // namespace Schema
