// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <importing/RatingsSheetParser.h>

#include <importing/PublicationDates.h>

#include <QCoreApplication>

RatingsSheetParser::RatingsSheetParser(QString file) : m_file(std::move(file))
{}

// Header cells compared without case and surrounding space: spreadsheets
// round-trip "Care Home?" and "Care home?" alike.
static QString headerKey(const QString &s)
{
    return s.simplified().toLower();
}

bool RatingsSheetParser::acceptHeader(const QStringList &cells, QString *error)
{
    QHash<QString, int> columns;
    for (int i = 0; i < cells.size(); ++i) {
        const QString key = headerKey(cells.at(i));
        if (!key.isEmpty() && !columns.contains(key))
            columns.insert(key, i);
    }
    const bool hasProvider = columns.contains(QStringLiteral("provider id"));
    const bool hasLocation = columns.contains(QStringLiteral("location id"));
    const bool hasRating = columns.contains(QStringLiteral("latest rating"));
    if (!hasProvider || !hasRating)
        return false; // not a header row (a preamble line, or another file)

    m_headers = cells;
    m_sheet = hasLocation ? Sheet::Locations : Sheet::Providers;
    auto col = [&](const QString &name) { return columns.value(name, -1); };
    const QString prefix = m_sheet == Sheet::Locations ? QStringLiteral("location ") : QStringLiteral("provider ");
    m_id = col(prefix + QStringLiteral("id"));
    m_name = col(prefix + QStringLiteral("name"));
    m_type = col(m_sheet == Sheet::Locations ? QStringLiteral("location type") : QStringLiteral("provider type"));
    m_category = col(prefix + QStringLiteral("primary inspection category"));
    m_street = col(prefix + QStringLiteral("street address"));
    m_city = col(prefix + QStringLiteral("city"));
    m_postcode = col(prefix + QStringLiteral("post code"));
    if (m_postcode < 0)
        m_postcode = col(prefix + QStringLiteral("postal code"));
    m_region = col(prefix + QStringLiteral("region"));
    m_service = col(QStringLiteral("service / population group"));
    m_domain = col(QStringLiteral("domain"));
    if (m_domain < 0)
        m_domain = col(QStringLiteral("key question"));
    m_rating = col(QStringLiteral("latest rating"));
    m_date = col(QStringLiteral("publication date"));
    m_inherited = col(QStringLiteral("inherited rating (y/n)"));
    m_url = col(QStringLiteral("url"));
    m_providerId = col(QStringLiteral("provider id"));
    m_providerName = col(QStringLiteral("provider name"));

    QStringList missing;
    auto need = [&](int index, const QString &name) {
        if (index < 0)
            missing << QStringLiteral("\"%1\"").arg(name);
    };
    need(m_service, QStringLiteral("Service / Population Group"));
    need(m_domain, QStringLiteral("Domain (or Key Question)"));
    need(m_date, QStringLiteral("Publication Date"));
    if (m_sheet == Sheet::Locations)
        need(m_name, QStringLiteral("Location Name"));
    else
        need(m_name, QStringLiteral("Provider Name"));
    if (!missing.isEmpty())
        *error = tr("the header has no %1 column").arg(missing.join(QStringLiteral(", ")));
    return true;
}

QString RatingsSheetParser::cell(const QStringList &cells, int column) const
{
    return column >= 0 && column < cells.size() ? cells.at(column).trimmed() : QString();
}

QDate RatingsSheetParser::parseDate(const QString &text)
{
    // Fixed-shape parsing is several times faster than QDate::fromString
    // and a national file has 320,000 dates.
    auto digits = [&](int from, int count, int *out) {
        int v = 0;
        for (int i = from; i < from + count; ++i) {
            const QChar c = text.at(i);
            if (!c.isDigit())
                return false;
            v = v * 10 + c.digitValue();
        }
        *out = v;
        return true;
    };
    int d = 0, m = 0, y = 0;
    if (text.size() == 10 && text.at(2) == QLatin1Char('/') && text.at(5) == QLatin1Char('/')) {
        if (!digits(0, 2, &d) || !digits(3, 2, &m) || !digits(6, 4, &y))
            return {};
    } else if (text.size() == 10 && text.at(4) == QLatin1Char('-') && text.at(7) == QLatin1Char('-')) {
        if (!digits(0, 4, &y) || !digits(5, 2, &m) || !digits(8, 2, &d))
            return {};
    } else if (text.size() >= 8 && text.size() <= 10 && text.count(QLatin1Char('/')) == 2) {
        // d/m/yyyy without leading zeros, as some spreadsheets re-save it.
        const QStringList parts = text.split(QLatin1Char('/'));
        bool ok1, ok2, ok3;
        d = parts.at(0).toInt(&ok1);
        m = parts.at(1).toInt(&ok2);
        y = parts.at(2).toInt(&ok3);
        if (!ok1 || !ok2 || !ok3 || parts.at(2).size() != 4)
            return {};
    } else {
        return {};
    }
    return QDate(y, m, d);
}

bool RatingsSheetParser::isBlank(const QStringList &cells)
{
    for (const QString &c : cells)
        if (!c.trimmed().isEmpty())
            return false;
    return true;
}

bool RatingsSheetParser::parseRow(const QStringList &cells, RecordFacts *facts, ImportIssue *issue)
{
    if (isBlank(cells))
        return true;
    issue->providerId.clear();
    issue->locationId.clear();

    auto bad = [&](int column, const QString &value, const QString &message) {
        issue->file = m_file;
        // The header as the file spells it.
        issue->field = QStringLiteral("column \"%1\"").arg(m_headers.value(column).simplified());
        issue->value = value;
        // A cut-short row says so rather than calling the missing field empty.
        issue->message = column >= cells.size()
            ? tr("the row ends after %1 fields, before this column").arg(cells.size())
            : message;
        return false;
    };

    const QString id = cell(cells, m_id);
    const QString providerId = cell(cells, m_providerId);
    if (id.isEmpty())
        return bad(m_id, id, tr("empty ID"));
    if (providerId.isEmpty())
        return bad(m_providerId, providerId, tr("empty Provider ID"));
    // From here on the organisation is known: a bad row leaves its current view incomplete.
    issue->providerId = providerId;
    issue->locationId = m_sheet == Sheet::Locations ? id : QString();
    const QString domain = cell(cells, m_domain);
    KeyQuestion kq;
    if (!KeyQuestions::fromName(domain, &kq))
        return bad(m_domain, domain, tr("not a key question (Safe, Effective, Caring, Responsive, Well-led, Overall)"));
    const QString ratingText = cell(cells, m_rating);
    Rating rating;
    if (ratingText.isEmpty())
        return bad(m_rating, ratingText, tr("empty rating"));
    if (!Rating::parse(ratingText, &rating))
        return bad(m_rating, ratingText,
                   tr("not a rating CQC uses (Outstanding, Good, Requires improvement, "
                      "Inadequate, or a known non-rating such as \"Not rated\")"));
    const QString dateText = cell(cells, m_date);
    const QDate date = parseDate(dateText);
    if (!date.isValid())
        return bad(m_date, dateText, tr("not a date (expected dd/mm/yyyy)"));
    if (!PublicationDates::plausible(date))
        return bad(m_date, dateText, PublicationDates::refusal());
    const QString inheritedFlag = cell(cells, m_inherited).toUpper();
    if (!inheritedFlag.isEmpty() && inheritedFlag != QLatin1String("Y") && inheritedFlag != QLatin1String("N"))
        return bad(m_inherited, cell(cells, m_inherited), tr("expected Y, N or blank"));

    QString service = cell(cells, m_service);
    if (service.compare(QLatin1String("Overall"), Qt::CaseInsensitive) == 0)
        service.clear(); // the organisation's own row

    ObservationRecord o;
    o.providerId = providerId;
    o.service = service;
    o.keyQuestion = kq;
    o.rating = rating;
    o.publicationDate = date;
    o.inheritedFrom = inheritedFlag == QLatin1String("Y") ? QStringLiteral("Y") : QString();

    facts->observationsAreCurrent = true; // a row of the Latest ratings file is the cell's current value

    // A sheet lists each organisation's rows together: its details are
    // taken from the first row of the run, and the rest cost one
    // observation each.
    const bool sameAsLastRow = id == m_lastId && providerId == m_lastProviderId;
    m_lastId = id;
    m_lastProviderId = providerId;
    if (sameAsLastRow) {
        o.locationId = m_sheet == Sheet::Locations ? id : QString();
        facts->reports.append({providerId, o.locationId, date, QString(), QString()});
        facts->observations.append(o);
        return true;
    }
    const QString address = cell(cells, m_street);
    if (m_sheet == Sheet::Locations) {
        LocationRecord l;
        l.id = id;
        l.providerId = providerId;
        l.name = cell(cells, m_name);
        l.type = cell(cells, m_type);
        l.inspectionCategory = cell(cells, m_category);
        l.region = cell(cells, m_region);
        const QString city = cell(cells, m_city);
        l.address = city.isEmpty() ? address : address.isEmpty() ? city : address + QStringLiteral(", ") + city;
        l.postcode = cell(cells, m_postcode);
        l.url = cell(cells, m_url);
        ProviderRecord p;
        p.id = providerId;
        p.name = cell(cells, m_providerName);
        p.type = l.type; // a location's type is its provider's ("NHS Healthcare Organisation")
        facts->providers.append(p);
        facts->locations.append(l);
        o.locationId = id;
        facts->reports.append({providerId, id, date, QString(), QString()});
    } else {
        ProviderRecord p;
        p.id = providerId;
        p.name = cell(cells, m_name);
        p.type = cell(cells, m_type);
        p.inspectionCategory = cell(cells, m_category);
        p.region = cell(cells, m_region);
        p.url = cell(cells, m_url);
        facts->providers.append(p);
        facts->reports.append({providerId, QString(), date, QString(), QString()});
    }
    facts->observations.append(o);
    return true;
}
