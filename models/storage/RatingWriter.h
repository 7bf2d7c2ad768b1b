#pragma once

#include <core/ImportRecord.h>
#include <core/LocationRecord.h>
#include <core/ObservationRecord.h>
#include <core/ProviderRecord.h>
#include <core/ReportRecord.h>
#include <core/SnapshotRecord.h>

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

class SqliteStatement;

// Every write the program makes: the bundled sample and the importers go
// through here. Statements are prepared once; providers, locations and
// services are cached in memory so that a national file costs one insert per
// new fact, not a look-up per row. The caller owns the transaction.
class RatingWriter
{
public:
    explicit RatingWriter(QSqlDatabase db);
    ~RatingWriter();

    // Records the import and returns its id, or 0 on failure.
    qint64 beginImport(const ImportRecord &import);
    bool finishImport(const ImportRecord &import);

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

    int providersWritten() const { return m_providers.size(); }
    int locationsWritten() const { return m_locations.size(); }
    QString lastError() const { return m_lastError; }

private:
    bool exec(QSqlQuery &q);
    qint64 serviceId(const QString &name);
    bool addQualityStatements(const ObservationRecord &o, const QVariant &service);

    QSqlDatabase m_db;
    qint64 m_importId = 0;
    QSqlQuery m_provider, m_location, m_service, m_report, m_observation, m_snapshot;
    // The same observation insert on SQLite's own API: a national file
    // makes 320,000 of them. Null on other drivers.
    std::unique_ptr<SqliteStatement> m_fastObservation;
    std::unique_ptr<SqliteStatement> m_fastSnapshot;   // 50,000 current views a national month
    QHash<QString, ProviderRecord> m_providers;
    QHash<QString, LocationRecord> m_locations;
    QHash<QString, qint64> m_services;
    QSet<QString> m_reports;
    ReportRecord m_lastReport;
    QString m_lastError;
};
