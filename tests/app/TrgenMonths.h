// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

// The generator's two months (tests/generator) for the command line's
// England exports: trgen's CSV sheets of month 1 and month 2, month 2's
// truth file of the cells it changed, and the sheets read back with the
// independent strict reader (StrictCsv.h), never with the importer.
#include "StrictCsv.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QProcess>
#include <QSet>
#include <QStringList>

namespace TrgenMonths {

using Rows = QList<QStringList>;

inline const QDate MonthOneView(2026, 10, 1);
inline const QDate MonthTwoView(2026, 11, 1);

inline QString sheetFile(const QString &dir, int month, const QString &sheet)
{
    return QDir(dir).filePath((month == 1 ? QStringLiteral("01_October_2026_Latest_ratings_")
                                          : QStringLiteral("01_November_2026_Latest_ratings_"))
                              + sheet + QStringLiteral(".csv"));
}

inline QString truthFile(const QString &dir) { return QDir(dir).filePath(QStringLiteral("truth.csv")); }

// Runs trgen for `month` into `dir`, small enough to be quick but with
// every kind of month-2 change (20 % re-inspected). "" or the failure.
inline QString generate(const QString &dir, int month)
{
    QStringList args = {QStringLiteral("--out"), dir, QStringLiteral("--providers"), QStringLiteral("300"),
                        QStringLiteral("--locations"), QStringLiteral("600"), QStringLiteral("--change-percent"),
                        QStringLiteral("20"), QStringLiteral("--formats"), QStringLiteral("csv"),
                        QStringLiteral("--month"), QString::number(month)};
    if (month == 2)
        args << QStringLiteral("--truth") << truthFile(dir);
    QProcess p;
    p.start(QStringLiteral(TR_TRGEN), args);
    if (!p.waitForFinished(300000))
        return QStringLiteral("trgen did not finish");
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("trgen failed: ") + QString::fromUtf8(p.readAllStandardError());
    return QString();
}

// A CSV file of trgen's (CRLF) as rows, the header first; empty on failure.
inline Rows readCsv(const QString &path, QString *why)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *why = path + QStringLiteral(": ") + f.errorString();
        return {};
    }
    const StrictCsv::Result csv = StrictCsv::parse(f.readAll(), ',', StrictCsv::LineEnd::CRLF);
    if (!csv.ok) {
        *why = path + QStringLiteral(": ") + csv.error;
        return {};
    }
    return csv.rows;
}

// One NHS trust as the Providers sheet lists it.
struct Trust
{
    QString name;
    QString category; // Provider Primary Inspection Category
    QString region;
    QMap<QString, QString> own; // Domain -> Latest Rating of its own row ("Overall" service)
};

// The Providers sheet's trusts by ID; empty on failure.
inline QMap<QString, Trust> trusts(const QString &path, QString *why)
{
    const Rows rows = readCsv(path, why);
    QMap<QString, Trust> out;
    if (rows.isEmpty())
        return out;
    const QStringList &h = rows.first();
    const int id = int(h.indexOf(QStringLiteral("Provider ID"))), name = int(h.indexOf(QStringLiteral("Provider Name")));
    const int category = int(h.indexOf(QStringLiteral("Provider Primary Inspection Category")));
    const int region = int(h.indexOf(QStringLiteral("Provider Region")));
    const int service = int(h.indexOf(QStringLiteral("Service / Population Group")));
    const int domain = int(h.indexOf(QStringLiteral("Domain"))), rating = int(h.indexOf(QStringLiteral("Latest Rating")));
    if (qMin(qMin(qMin(id, name), qMin(category, region)), qMin(qMin(service, domain), rating)) < 0) {
        *why = path + QStringLiteral(": not the Providers sheet layout");
        return out;
    }
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QStringList &r = rows.at(i);
        Trust &t = out[r.at(id)];
        t.name = r.at(name);
        t.category = r.at(category);
        t.region = r.at(region);
        if (r.at(service) == QLatin1String("Overall"))
            t.own.insert(r.at(domain), r.at(rating));
    }
    return out;
}

} // namespace TrgenMonths
