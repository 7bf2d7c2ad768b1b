// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <storage/SampleDataLoader.h>

#include <storage/Database.h>
#include <storage/RatingStore.h>
#include <storage/RatingWriter.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString SampleDataLoader::resourcePath()
{
    return QStringLiteral(":/sample/sample-ratings.json");
}

bool SampleDataLoader::load()
{
    QFile file(resourcePath());
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("%1: %2").arg(resourcePath(), file.errorString());
        return false;
    }
    return load(file.readAll());
}

namespace {

class SampleWriter
{
public:
    explicit SampleWriter(Database &db) : m_writer(db) {}

    bool write(const QJsonObject &root)
    {
        ImportRecord import;
        import.fileName = QStringLiteral("Bundled sample (sample-ratings.json)");
        import.format = QStringLiteral("sample");
        import.importedAt = QDateTime::currentDateTimeUtc();
        import.isSample = true;
        if (m_writer.beginImport(import) == 0)
            return false;
        for (const QJsonValue &p : root.value(QStringLiteral("providers")).toArray())
            if (!writeProvider(p.toObject()))
                return false;
        import.records = m_records;
        import.newObservations = m_records;
        import.providers = m_writer.providersWritten();
        import.locations = m_writer.locationsWritten();
        return m_writer.finishImport(import);
    }

    QString errorString() const { return m_error.isEmpty() ? m_writer.errorString() : m_error; }

private:
    bool writeProvider(const QJsonObject &o)
    {
        ProviderRecord p;
        p.id = o.value(QStringLiteral("id")).toString();
        p.name = o.value(QStringLiteral("name")).toString();
        p.type = o.value(QStringLiteral("type")).toString();
        p.inspectionCategory = o.value(QStringLiteral("inspectionCategory")).toString();
        p.region = o.value(QStringLiteral("region")).toString();
        p.url = o.value(QStringLiteral("url")).toString();
        if (!m_writer.writeProvider(p, true))
            return false;
        for (const QJsonValue &v : o.value(QStringLiteral("locations")).toArray()) {
            const QJsonObject lo = v.toObject();
            LocationRecord l;
            l.id = lo.value(QStringLiteral("id")).toString();
            l.providerId = p.id;
            l.name = lo.value(QStringLiteral("name")).toString();
            l.type = p.type;
            l.region = p.region;
            l.address = lo.value(QStringLiteral("address")).toString();
            l.postcode = lo.value(QStringLiteral("postcode")).toString();
            l.url = lo.value(QStringLiteral("url")).toString();
            l.registrationStatus = QStringLiteral("Registered");
            if (!m_writer.writeLocation(l, true))
                return false;
        }
        for (const QJsonValue &v : o.value(QStringLiteral("reports")).toArray())
            if (!writeReport(p.id, v.toObject()))
                return false;
        return true;
    }

    bool writeReport(const QString &providerId, const QJsonObject &o)
    {
        const QDate date = QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate);
        if (!date.isValid()) {
            m_error = QStringLiteral("sample: report of %1 has no valid date").arg(providerId);
            return false;
        }
        ReportRecord report;
        report.providerId = providerId;
        report.publicationDate = date;
        if (!m_writer.writeReport(report))
            return false;
        if (!writeRatings(providerId, QString(), QString(), date, o.value(QStringLiteral("ratings")).toObject()))
            return false;
        for (const QJsonValue &v : o.value(QStringLiteral("services")).toArray()) {
            const QJsonObject s = v.toObject();
            if (!writeRatings(providerId, s.value(QStringLiteral("location")).toString(),
                              s.value(QStringLiteral("service")).toString(), date,
                              s.value(QStringLiteral("ratings")).toObject()))
                return false;
        }
        return true;
    }

    bool writeRatings(const QString &providerId, const QString &locationId, const QString &service, QDate date,
                      const QJsonObject &ratings)
    {
        for (auto it = ratings.begin(); it != ratings.end(); ++it) {
            ObservationRecord obs;
            obs.providerId = providerId;
            obs.locationId = locationId;
            obs.service = service;
            obs.publicationDate = date;
            obs.rating = Rating::fromText(it.value().toString());
            if (!KeyQuestions::fromName(it.key(), &obs.keyQuestion) || obs.rating.isEmpty()) {
                m_error = QStringLiteral("sample: %1 %2: unknown key question or empty rating \"%3\"")
                              .arg(providerId, date.toString(Qt::ISODate), it.key());
                return false;
            }
            if (m_writer.addObservation(obs) == RatingWriter::Added::Failed)
                return false;
            ++m_records;
        }
        return true;
    }

    RatingWriter m_writer;
    QString m_error;
    qint64 m_records = 0;
};

} // namespace

bool SampleDataLoader::load(const QByteArray &json)
{
    m_error.clear();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        m_error = QStringLiteral("%1: %2").arg(resourcePath(), parseError.errorString());
        return false;
    }
    // Under the write lock, and only if the database is still empty there:
    // several first starts at once load the sample once.
    if (!m_db.beginWrite({})) {
        m_error = m_db.errorString();
        return false;
    }
    {
        const RatingStore store(m_db);
        if (!store.isEmpty() || !store.imports().isEmpty()) {
            m_db.rollback();
            m_error = store.errorString();
            return m_error.isEmpty(); // another process loaded it meanwhile, or the read failed
        }
    }
    SampleWriter writer(m_db);
    if (!writer.write(doc.object())) {
        m_error = writer.errorString();
        m_db.rollback();
        return false;
    }
    if (!m_db.commit()) {
        m_error = m_db.errorString();
        m_db.rollback();
        return false;
    }
    return true;
}
