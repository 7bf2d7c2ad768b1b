// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <storage/KnownRows.h>

#include <storage/StorageBackend.h>

#include <QDate>
#include <QHashFunctions>

#include <functional>
#include <initializer_list>

namespace {

constexpr QChar Separator(u'\x1f');

// The values as one string; the same function for a record and a stored row,
// so that equal values give equal strings.
QString joined(std::initializer_list<const QString *> fields)
{
    qsizetype size = 0;
    for (const QString *f : fields)
        size += f->size() + 1;
    QString out;
    out.reserve(size);
    for (const QString *f : fields) {
        out += *f;
        out += Separator;
    }
    return out;
}

// Whether `fields` joined would equal `stored`, without building the string:
// this runs for every row of a national file.
bool sameFields(const QString &stored, std::initializer_list<const QString *> fields)
{
    QStringView rest(stored);
    for (const QString *f : fields) {
        const qsizetype n = f->size();
        if (rest.size() <= n || rest.at(n) != Separator || rest.first(n) != QStringView(*f))
            return false;
        rest = rest.sliced(n + 1);
    }
    return rest.isEmpty();
}

#define PROVIDER_FIELDS(p) {&(p).name, &(p).type, &(p).inspectionCategory, &(p).region, &(p).url}
#define LOCATION_FIELDS(l)                                                                                     \
    {&(l).providerId, &(l).name,          &(l).type,           &(l).inspectionCategory, &(l).region,            \
     &(l).address,    &(l).postcode,      &(l).url,            &(l).registrationStatus, &(l).predecessorId,     \
     &(l).predecessorName, &(l).predecessorReason, &(l).icb}

// yyyy-mm-dd as stored, to a day number; 0 for anything else (then no
// record's date matches it, so the row is simply never found known).
qint32 storedDay(QByteArrayView iso)
{
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-')
        return 0;
    const auto digits = [&](int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; ++i) {
            if (iso[i] < '0' || iso[i] > '9')
                return -1;
            v = v * 10 + (iso[i] - '0');
        }
        return v;
    };
    const QDate d(digits(0, 4), digits(5, 2), digits(8, 2));
    return d.isValid() ? qint32(d.toJulianDay()) : 0;
}

qint32 julianDay(const QDate &d)
{
    return d.isValid() ? qint32(d.toJulianDay()) : 0;
}

const QString &keyQuestionName(KeyQuestion kq)
{
    static const QString names[] = {
        KeyQuestions::name(KeyQuestion::Safe),           KeyQuestions::name(KeyQuestion::Effective),
        KeyQuestions::name(KeyQuestion::Caring),         KeyQuestions::name(KeyQuestion::Responsive),
        KeyQuestions::name(KeyQuestion::WellLed),        KeyQuestions::name(KeyQuestion::Overall),
        KeyQuestions::name(KeyQuestion::UseOfResources), KeyQuestions::name(KeyQuestion::Combined)};
    return names[int(kq)];
}

// Steps through `sql`'s rows; false with `error` if it fails.
template<typename Row>
bool forEachRow(StorageBackend *backend, const char *sql, QString *error, Row row)
{
    const std::unique_ptr<PreparedStatement> st = backend->prepare(sql);
    while (st->isValid() && st->next())
        row(*st);
    if (!st->isValid() || !st->errorString().isEmpty()) {
        *error = st->errorString();
        return false;
    }
    return true;
}

// The stored rows come in insertion order, a location's together: most of a
// column's values equal the previous row's, which then costs no conversion
// and no hash look-up.
class RepeatedColumn
{
public:
    using Convert = std::function<qint32(QByteArrayView)>;
    explicit RepeatedColumn(Convert convert) : m_convert(std::move(convert)) {}
    qint32 operator()(QByteArrayView text)
    {
        if (!m_valid || text != QByteArrayView(m_last)) {
            m_last = text.toByteArray();
            m_value = m_convert(text);
            m_valid = true;
        }
        return m_value;
    }

private:
    Convert m_convert;
    QByteArray m_last;
    qint32 m_value = 0;
    bool m_valid = false;
};

} // namespace

size_t qHash(const KnownRows::ReportKey &k, size_t seed) noexcept
{
    return qHashMulti(seed, k.provider, k.location, k.date, k.link);
}

size_t qHash(const KnownRows::ObservationKey &k, size_t seed) noexcept
{
    return qHashMulti(seed, k.provider, k.location, k.service, k.keyQuestion, k.date, k.rating);
}

qint32 KnownRows::intern(const QString &text)
{
    const auto it = m_texts.constFind(text);
    if (it != m_texts.constEnd())
        return *it;
    const qint32 id = qint32(m_texts.size());
    m_texts.insert(text, id);
    return id;
}

void KnownRows::clear()
{
    *this = KnownRows();
}

bool KnownRows::load(StorageBackend *backend, QString *error)
{
    m_loaded = true;
    if (loadProviders(backend, error) && loadLocations(backend, error) && loadReports(backend, error)
        && loadObservations(backend, error))
        return true;
    clear();
    return false;
}

// Only rows that are not the sample's: writing a real record over a sample
// one clears its is_sample flag, so that write must still happen.
// The stored row as the record the writer would write, so that the fields'
// order is PROVIDER_FIELDS / LOCATION_FIELDS alone.
bool KnownRows::loadProviders(StorageBackend *backend, QString *error)
{
    return forEachRow(backend,
                      "SELECT id, name, type, inspection_category, region, url FROM providers WHERE is_sample = 0",
                      error, [this](const PreparedStatement &row) {
                          int c = 0;
                          ProviderRecord p;
                          for (QString *f : {&p.id, &p.name, &p.type, &p.inspectionCategory, &p.region, &p.url})
                              *f = QString::fromUtf8(row.column(c++));
                          noteProvider(p);
                      });
}

bool KnownRows::loadLocations(StorageBackend *backend, QString *error)
{
    return forEachRow(backend,
                      "SELECT id, provider_id, name, type, inspection_category, region, address, postcode, url,"
                      " registration_status, predecessor_id, predecessor_name, predecessor_reason, icb"
                      " FROM locations WHERE is_sample = 0",
                      error, [this](const PreparedStatement &row) {
                          int c = 0;
                          LocationRecord l;
                          for (QString *f : {&l.id, &l.providerId, &l.name, &l.type, &l.inspectionCategory, &l.region,
                                             &l.address, &l.postcode, &l.url, &l.registrationStatus,
                                             &l.predecessorId, &l.predecessorName, &l.predecessorReason, &l.icb})
                              *f = QString::fromUtf8(row.column(c++));
                          noteLocation(l);
                      });
}

bool KnownRows::loadReports(StorageBackend *backend, QString *error)
{
    const auto text = [this](QByteArrayView v) { return intern(QString::fromUtf8(v)); };
    RepeatedColumn provider(text), location(text), date(storedDay);
    return forEachRow(backend, "SELECT provider_id, COALESCE(location_id, ''), publication_date, link_id FROM reports",
                      error, [&](const PreparedStatement &row) {
                          m_reports.insert({provider(row.column(0)), location(row.column(1)), date(row.column(2)),
                                            text(row.column(3))});
                      });
}

bool KnownRows::loadObservations(StorageBackend *backend, QString *error)
{
    const auto text = [this](QByteArrayView v) { return intern(QString::fromUtf8(v)); };
    QByteArray names[int(KeyQuestion::Combined) + 1];
    for (int kq = 0; kq <= int(KeyQuestion::Combined); ++kq)
        names[kq] = keyQuestionName(KeyQuestion(kq)).toUtf8();
    const auto keyQuestionNumber = [&names](QByteArrayView v) {
        for (int kq = 0; kq <= int(KeyQuestion::Combined); ++kq)
            if (v == QByteArrayView(names[kq]))
                return qint32(kq);
        return qint32(-1); // not a name records use: never matches
    };
    const auto number = [](QByteArrayView v) { return qint32(v.toLongLong()); };
    RepeatedColumn provider(text), location(text), service(number), keyQuestion(keyQuestionNumber),
        date(storedDay), rating(text);
    m_observations.reserve(1 << 18);
    return forEachRow(backend,
                      "SELECT provider_id, COALESCE(location_id, ''), COALESCE(service_id, 0), key_question,"
                      " publication_date, rating FROM observations",
                      error, [&](const PreparedStatement &row) {
                          m_observations.insert({provider(row.column(0)), location(row.column(1)),
                                                 service(row.column(2)), keyQuestion(row.column(3)),
                                                 date(row.column(4)), rating(row.column(5))});
                      });
}

bool KnownRows::hasProvider(const ProviderRecord &p) const
{
    const auto it = m_providers.constFind(p.id);
    return it != m_providers.constEnd() && sameFields(*it, PROVIDER_FIELDS(p));
}

void KnownRows::noteProvider(const ProviderRecord &p)
{
    m_providers.insert(p.id, joined(PROVIDER_FIELDS(p)));
}

bool KnownRows::hasLocation(const LocationRecord &l) const
{
    const auto it = m_locations.constFind(l.id);
    return it != m_locations.constEnd() && sameFields(*it, LOCATION_FIELDS(l));
}

void KnownRows::noteLocation(const LocationRecord &l)
{
    m_locations.insert(l.id, joined(LOCATION_FIELDS(l)));
}

KnownRows::ReportKey KnownRows::reportKey(const ReportRecord &r)
{
    return {intern(r.providerId), intern(r.locationId), julianDay(r.publicationDate), intern(r.linkId)};
}

bool KnownRows::hasReport(const ReportRecord &r)
{
    return m_reports.contains(reportKey(r));
}

void KnownRows::noteReport(const ReportRecord &r)
{
    m_reports.insert(reportKey(r));
}

KnownRows::ObservationKey KnownRows::observationKey(const ObservationRecord &o, qint64 serviceId)
{
    return {intern(o.providerId),       intern(o.locationId),           qint32(serviceId), qint32(o.keyQuestion),
            julianDay(o.publicationDate), intern(o.rating.text())};
}

bool KnownRows::hasObservation(const ObservationRecord &o, qint64 serviceId)
{
    return m_observations.contains(observationKey(o, serviceId));
}

void KnownRows::noteObservation(const ObservationRecord &o, qint64 serviceId)
{
    m_observations.insert(observationKey(o, serviceId));
}
