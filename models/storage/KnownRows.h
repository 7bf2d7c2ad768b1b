// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <core/LocationRecord.h>
#include <core/ObservationRecord.h>
#include <core/ProviderRecord.h>
#include <core/ReportRecord.h>

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QSet>
#include <QString>

class StorageBackend;

// What the database holds (and this import has written), in memory, so that
// a row already stored costs a hash look-up instead of a statement. Next
// month's national file repeats 98% of this month's: 315,000 observations,
// 50,000 locations and 65,000 reports that change nothing.
//
// Exact, not a filter: an observation's key is its identity in the schema
// (provider, location, service, key question, publication date, rating:
// the observations_identity index), with each text interned to a number; a
// provider or location is known with every field the writer would write.
// Internal to RatingWriter, which decides when loading pays (a bulk import).
class KnownRows
{
public:
    // Reads what `backend` holds. False (with `error`) if the read failed;
    // the set is then empty and every row goes to the database as before.
    bool load(StorageBackend *backend, QString *error);
    bool isLoaded() const { return m_loaded; }
    void clear();

    // True when the stored provider (or location) has exactly these values,
    // so an upsert would change nothing.
    bool hasProvider(const ProviderRecord &provider) const;
    bool hasProviderId(const QString &id) const { return m_providers.contains(id); }
    void noteProvider(const ProviderRecord &provider);
    bool hasLocation(const LocationRecord &location) const;
    void noteLocation(const LocationRecord &location);
    int providersNoted() const { return m_providers.size(); }
    int locationsNoted() const { return m_locations.size(); }

    // Reports and observations by identity (what ON CONFLICT DO NOTHING
    // would find). Before load() only what was noted in this import.
    bool hasReport(const ReportRecord &report);
    void noteReport(const ReportRecord &report);
    bool hasObservation(const ObservationRecord &observation, qint64 serviceId);
    void noteObservation(const ObservationRecord &observation, qint64 serviceId);

    struct ReportKey
    {
        qint32 provider, location, date, link;
        bool operator==(const ReportKey &o) const
        {
            return provider == o.provider && location == o.location && date == o.date && link == o.link;
        }
    };
    struct ObservationKey
    {
        qint32 provider, location, service, keyQuestion, date, rating;
        bool operator==(const ObservationKey &o) const
        {
            return provider == o.provider && location == o.location && service == o.service
                && keyQuestion == o.keyQuestion && date == o.date && rating == o.rating;
        }
    };

private:
    qint32 intern(const QString &text);
    ReportKey reportKey(const ReportRecord &r);
    ObservationKey observationKey(const ObservationRecord &o, qint64 serviceId);
    bool loadProviders(StorageBackend *backend, QString *error);
    bool loadLocations(StorageBackend *backend, QString *error);
    bool loadReports(StorageBackend *backend, QString *error);
    bool loadObservations(StorageBackend *backend, QString *error);

    bool m_loaded = false;
    QHash<QString, qint32> m_texts; // IDs, link IDs and rating words, each numbered once
    // Every field the writer stores, joined: one allocation per row, not fourteen.
    QHash<QString, QString> m_providers, m_locations;
    QSet<ReportKey> m_reports;
    QSet<ObservationKey> m_observations;
};

size_t qHash(const KnownRows::ReportKey &key, size_t seed = 0) noexcept;
size_t qHash(const KnownRows::ObservationKey &key, size_t seed = 0) noexcept;
