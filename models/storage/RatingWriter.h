// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/ImportRecord.h>
#include <core/LocationRecord.h>
#include <core/ObservationRecord.h>
#include <core/ProviderRecord.h>
#include <core/ReportRecord.h>
#include <core/SnapshotRecord.h>
#include <storage/KnownRows.h>

#include <QHash>

#include <memory>

class Database;

// Every write the program makes: the bundled sample and the importers go
// through here. Statements are prepared once; what this import has written
// is kept in memory (KnownRows) so that a national file costs one insert per
// new fact, not a look-up per row, and once an import proves large (a bulk
// file, not one API payload) what the database already held is read into
// it too, so that next month's file sends only what changed to the
// database. The writes go through the backend's prepared statements
// (SQLite's own API). The caller owns the transaction (Database::beginWrite).
class RatingWriter
{
public:
    // Writes to `db`, which must outlive the writer.
    explicit RatingWriter(Database &db);
    ~RatingWriter();

    // Records the import and returns its id, or 0 on failure.
    qint64 beginImport(const ImportRecord &import);
    // Builds the indexes deferIndexesWhileEmpty() dropped, then records
    // the import's counts.
    bool finishImport(const ImportRecord &import);
    // For a Latest ratings sheet (no quality statements): when the database
    // holds no observations yet, their indexes are dropped now and built once
    // by finishImport, and duplicates are told apart in memory. A first
    // national import spends most of its time growing those indexes.
    bool deferIndexesWhileEmpty();

    // Inserts the provider, or fills in the fields it did not have yet
    // (a location payload names its provider only by ID).
    bool writeProvider(const ProviderRecord &provider, bool sample = false);
    bool writeLocation(const LocationRecord &location, bool sample = false);
    bool writeReport(const ReportRecord &report);
    enum class Added { New, Known, Failed };
    // Observations are facts: an identical one already stored is Known.
    Added addObservation(const ObservationRecord &observation);
    enum class SnapshotWrite { Recorded, Known, Failed };
    // Records what a current view lists for one subject (Known: the same
    // view of the same date is already stored).
    SnapshotWrite writeSnapshot(const SnapshotRecord &snapshot);

    // Deletes everything that came from the bundled sample.
    bool removeSample();

    int providersWritten() const { return m_known.providersNoted(); }
    int locationsWritten() const { return m_known.locationsNoted(); }
    QString errorString() const { return m_error; }

private:
    struct Statements;
    qint64 serviceId(const QString &name);
    bool addQualityStatements(const ObservationRecord &o, qint64 serviceId);
    bool loadKnownRowsOnceLarge();

    std::unique_ptr<Statements> m_statements;
    qint64 m_importId = 0;
    KnownRows m_known;
    int m_rowsBeforeLoading = 0;
    QStringList m_deferredIndexes; // the statements that build them again
    QHash<QString, qint64> m_services;
    ReportRecord m_lastReport;
    QString m_error;
};
