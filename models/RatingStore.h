#pragma once

#include "Records.h"
#include "SubjectRatings.h"

#include <QSqlDatabase>
#include <QVector>

// Every read the program makes of the database: bound values only, one place
// for the SQL. Item models and commands load value structs from here.
class RatingStore
{
public:
    explicit RatingStore(QSqlDatabase db);

    DatabaseStats stats() const;
    // One summary per provider: the provider's latest own Overall grade
    // (a grade published later wins over nothing, never over a grade) and
    // its number of locations.
    QVector<ProviderSummary> providerSummaries() const;
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
    // True when everything in the database came from the bundled sample.
    bool holdsOnlySample() const;
    bool isEmpty() const;

    QString lastError() const { return m_lastError; }

private:
    QVector<ObservationRecord> observations(const QString &where, const QString &id) const;
    QSqlDatabase m_db;
    mutable QString m_lastError;
};
