// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/DatabaseStats.h>
#include <core/ImportRecord.h>
#include <core/LocationRecord.h>
#include <core/ObservationRecord.h>
#include <core/ProviderRecord.h>
#include <core/ProviderSummary.h>
#include <core/SnapshotRecord.h>
#include <core/SubjectRatings.h>

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>
#include <QVector>

#include <functional>
#include <memory>

class Database;
class PreparedStatement;
class StorageBackend;

// One row of the long ratings table: an observation with its names, as
// UTF-8, the way both SQLite and the CSV file hold text.
struct RatingRow
{
    enum Column {
        ProviderId,
        ProviderName,
        LocationId,
        LocationName,
        Service,
        KeyQuestion,
        Rating,
        PublicationDate,
        InheritedFrom,
        ReportLinkId,
        Score,
        ColumnCount
    };
    QByteArray values[ColumnCount];
};

// Streams observations out of the database, so that exporting a million of
// them uses constant memory. It reads through the backend's prepared
// statement (SQLite's own API): a million rows of Qt's QVariant and UTF-16
// round trips cost more than the query itself.
class RatingCursor
{
public:
    RatingCursor(std::unique_ptr<PreparedStatement> statement, qint64 total);
    ~RatingCursor();
    bool next(RatingRow *row);
    qint64 total() const { return m_total; }
    qint64 done() const { return m_done; }
    // Why next() stopped early ("" at the end of the rows).
    QString errorString() const;

private:
    std::unique_ptr<PreparedStatement> m_statement;
    qint64 m_total;
    qint64 m_done = 0;
};

// Every read the program makes of the database: bound values only, one place
// for the SQL. Item models and commands load value structs from here.
class RatingStore
{
    Q_DECLARE_TR_FUNCTIONS(RatingStore)
public:
    // Reads `db`, which must outlive the store.
    explicit RatingStore(const Database &db);

    DatabaseStats stats() const;
    // One summary per provider: its record, its locations (count, names,
    // IDs, region and ICB) and, unless `ratings` says not, its own cells
    // (ProviderSummary::own) and Overall as the grid of `asOf` (invalid:
    // today) shows them. Without them (a population filter needs none) it
    // is one read of two tables and no grid per provider.
    enum class SummaryRatings { Included, Omitted };
    QVector<ProviderSummary> providerSummaries(const QDate &asOf = QDate(),
                                               SummaryRatings ratings = SummaryRatings::Included) const;
    // Every provider whose ID is in `ids` (every provider when `ids` is
    // empty), in ID order, with its locations, observations and snapshots,
    // as loadSubject() gives them, read in a few statements for the whole
    // database rather than a few per provider. `visit` returns false to stop
    // (a cancelled England view); forEachProvider then returns false, as it
    // does when a read fails (errorString() says which).
    bool forEachProvider(const QSet<QString> &ids, const std::function<bool(const SubjectRatings &)> &visit) const;
    // The distinct dates of CQC's current views held, oldest first: the
    // dates "What changed" compares.
    QVector<QDate> snapshotDates() const;
    // The providers whose grids may differ between `from` and `to` (from <
    // to): a rating published after `from` and by `to`, or a current view
    // taken in that time other than one the same organisation already had,
    // cells and all, on `from` itself. A superset, read from dates and raw
    // views alone: the rest certainly show the same on both dates, so "what
    // changed" reads and compares only these. False (errorString()) on error.
    bool providersChangedBetween(const QDate &from, const QDate &to, QSet<QString> *out) const;
    // Changes whenever an import commits or sample data is removed (the
    // imports' count, newest ID and time): what a reader kept in memory
    // from this database is out of date when it differs. "" when unreadable.
    QString dataStamp() const;
    // The distinct regions of providers and locations, sorted, for the
    // England view's filter and the command line's error message.
    QStringList regions() const;
    bool provider(const QString &id, ProviderRecord *out) const;
    bool location(const QString &id, LocationRecord *out) const;
    QVector<LocationRecord> locationsOf(const QString &providerId) const;
    // Everything rated under a provider: its own rows, its trust-level
    // services, and all of its locations' rows.
    QVector<ObservationRecord> observationsOfProvider(const QString &providerId) const;
    QVector<ObservationRecord> observationsOfLocation(const QString &locationId) const;
    // The subject with its locations and every observation under it; false
    // if no such provider or location is stored.
    bool loadSubject(const Subject &subject, SubjectRatings *out) const;
    QVector<ImportRecord> imports() const;
    // The date of the current views an import recorded (the newest, for
    // API files); invalid when it recorded none.
    QDate snapshotDateOfImport(qint64 importId) const;
    // Every observation of a subject (its full history), or of the whole
    // database for an invalid subject, ordered by provider, location,
    // service, key question and date.
    std::unique_ptr<RatingCursor> ratings(const Subject &subject) const;
    // True when everything in the database came from the bundled sample.
    bool holdsOnlySample() const;
    bool isEmpty() const;
    // The latest publication date of any rating held: how current the data is.
    QDate newestPublicationDate() const;
    // The database file's full path ("" for a database that is not a file).
    QString databaseFile() const;

    // The last read that failed since this store was made ("" if none):
    // a failed read returns nothing, and this says it was not "no data".
    QString errorString() const { return m_error; }

private:
    qint64 scalar(const QString &sql) const;
    QVector<ObservationRecord> observations(const QString &where, const QString &id) const;
    void attachQualityStatements(const QString &where, const QString &id,
                                 QVector<ObservationRecord> *observations) const;
    QVector<SnapshotRecord> snapshots(const QString &where, const QString &id) const;
    QHash<qint64, QString> serviceNames() const;
    StorageBackend *m_backend;
    mutable QString m_error;
};
