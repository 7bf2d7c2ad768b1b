// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

// Rows of CQC's "Latest ratings" sheets (CQC-DATA.md section 1) for tests
// that build their input in code: the .ods files of the tst_import* suites
// and the big CSV files used to test cancelling. The hand-written fixtures
// in fixtures/ use the same header strings.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace RatingsSheetRows {

// The current 28-column Locations header (CQC-DATA.md 1a), exact strings.
inline QStringList locationsHeader()
{
    return {QStringLiteral("Location ID"), QStringLiteral("Location ODS Code"), QStringLiteral("Location Name"),
            QStringLiteral("Care Home?"), QStringLiteral("Location Type"),
            QStringLiteral("Location Primary Inspection Category"), QStringLiteral("Location Street Address"),
            QStringLiteral("Location Address Line 2"), QStringLiteral("Location City"),
            QStringLiteral("Location Post Code"), QStringLiteral("Location Local Authority"),
            QStringLiteral("Location Region"), QStringLiteral("Location NHS Region"),
            QStringLiteral("Location ONSPD CCG Code"), QStringLiteral("Location ONSPD CCG"),
            QStringLiteral("Location Commissioning CCG Code"), QStringLiteral("Location Commissioning CCG Name"),
            QStringLiteral("Service / Population Group"), QStringLiteral("Domain"), QStringLiteral("Latest Rating"),
            QStringLiteral("Publication Date"), QStringLiteral("Report Type"), QStringLiteral("Inherited Rating (Y/N)"),
            QStringLiteral("URL"), QStringLiteral("Provider ID"), QStringLiteral("Provider Name"),
            QStringLiteral("Brand ID"), QStringLiteral("Brand Name")};
}

// The current 21-column Providers header (CQC-DATA.md 1b).
inline QStringList providersHeader()
{
    return {QStringLiteral("Provider ID"), QStringLiteral("Provider ODS Code"), QStringLiteral("Provider Name"),
            QStringLiteral("Provider Type"), QStringLiteral("Provider Primary Inspection Category"),
            QStringLiteral("Provider Street Address"), QStringLiteral("Provider Address Line 2"),
            QStringLiteral("Provider City"), QStringLiteral("Provider Post Code"),
            QStringLiteral("Provider Local Authority"), QStringLiteral("Provider Region"),
            QStringLiteral("Provider NHS Region"), QStringLiteral("Service / Population Group"),
            QStringLiteral("Domain"), QStringLiteral("Latest Rating"), QStringLiteral("Publication Date"),
            QStringLiteral("Report Type"), QStringLiteral("Inherited Rating (Y/N)"), QStringLiteral("URL"),
            QStringLiteral("Brand ID"), QStringLiteral("Brand Name")};
}

// One Locations row of an NHS acute location, in locationsHeader() order.
inline QStringList locationRow(const QString &id, const QString &name, const QString &service, const QString &domain,
                               const QString &rating, const QString &date, const QString &providerId,
                               const QString &providerName, const QString &inherited = QStringLiteral("N"))
{
    const QString reportType = service == QLatin1String("Overall") ? QStringLiteral("Location")
                                                                    : QStringLiteral("CoreService");
    return {id, id, name, QStringLiteral("N"), QStringLiteral("NHS Healthcare Organisation"),
            QStringLiteral("Acute hospital - NHS non-specialist"), QStringLiteral("1 Harbour Road"), QString(),
            QStringLiteral("Eastmere"), QStringLiteral("EM1 2AB"), QStringLiteral("Eastmere"),
            QStringLiteral("East of England"), QStringLiteral("East of England"), QStringLiteral("99X"),
            QStringLiteral("NHS Eastmere CCG"), QStringLiteral("99X"), QStringLiteral("NHS Eastmere CCG"), service,
            domain, rating, date, reportType, inherited, QStringLiteral("https://www.cqc.org.uk/location/") + id,
            providerId, providerName, QStringLiteral("-"), QStringLiteral("-")};
}

// One Providers row of an NHS trust, in providersHeader() order.
inline QStringList providerRow(const QString &id, const QString &name, const QString &service, const QString &domain,
                               const QString &rating, const QString &date)
{
    const QString reportType = service == QLatin1String("Overall") ? QStringLiteral("Provider")
                                                                    : QStringLiteral("CoreService");
    return {id, id, name, QStringLiteral("NHS Healthcare Organisation"),
            QStringLiteral("Acute hospital - NHS non-specialist"), QStringLiteral("1 Harbour Road"), QString(),
            QStringLiteral("Eastmere"), QStringLiteral("EM1 2AB"), QStringLiteral("Eastmere"),
            QStringLiteral("East of England"), QStringLiteral("East of England"), service, domain, rating, date,
            reportType, QStringLiteral("N"), QStringLiteral("https://www.cqc.org.uk/provider/") + id,
            QStringLiteral("-"), QStringLiteral("-")};
}

// One CSV line (RFC 4180 quoting, LF end).
inline QByteArray csvLine(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &f : fields) {
        if (f.contains(QLatin1Char(',')) || f.contains(QLatin1Char('"')) || f.contains(QLatin1Char('\n')))
            quoted << QLatin1Char('"') + QString(f).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        else
            quoted << f;
    }
    return quoted.join(QLatin1Char(',')).toUtf8() + '\n';
}

// A Locations CSV of `rows` rows for one trust ("RB1"), every row a distinct
// fact: location i % 500, with one more report date every 500 rows.
inline QByteArray bigLocationsCsv(int rows)
{
    static const char *const domains[] = {"Overall", "Safe", "Effective", "Caring", "Responsive", "Well-led"};
    static const char *const grades[] = {"Outstanding", "Good", "Requires improvement", "Inadequate"};
    QByteArray out = csvLine(locationsHeader());
    out.reserve(rows * 330);
    for (int i = 0; i < rows; ++i) {
        const int location = i % 500;
        const int step = i / 500; // 0..: one more report per location every 500 rows
        const QString date = QStringLiteral("%1/%2/%3")
                                 .arg(1 + step % 28, 2, 10, QLatin1Char('0'))
                                 .arg(1 + (step / 28) % 12, 2, 10, QLatin1Char('0'))
                                 .arg(2010 + step / (28 * 12));
        out += csvLine(locationRow(QStringLiteral("RB1%1").arg(location, 3, 10, QLatin1Char('0')),
                                   QStringLiteral("Big Site %1").arg(location), QStringLiteral("Overall"),
                                   QLatin1String(domains[step % 6]),
                                   QLatin1String(grades[i % 4]), date, QStringLiteral("RB1"),
                                   QStringLiteral("Bigfile NHS Trust")));
    }
    return out;
}

} // namespace RatingsSheetRows
