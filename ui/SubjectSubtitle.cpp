// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "SubjectSubtitle.h"

#include <QLocale>

QString SubjectSubtitle::text(const SubjectRatings &r, const ProviderRecord &p, const QDate &asOf)
{
    QStringList parts;
    // A trust known only through its locations takes their region.
    QString region = p.region;
    for (const LocationRecord &l : r.locations)
        if (region.isEmpty())
            region = l.region;
    for (const QString &s : {p.inspectionCategory.isEmpty() ? p.type : p.inspectionCategory, region})
        if (!s.isEmpty())
            parts << s;
    if (r.subject.kind == Subject::Kind::Provider && r.locations.size() == 1)
        parts << tr("1 location");
    else if (r.subject.kind == Subject::Kind::Provider && r.locations.size() > 1)
        parts << tr("%1 locations").arg(r.locations.size());
    auto longDate = [](const QDate &d) { return QLocale().toString(d, QStringLiteral("d MMMM yyyy")); };
    QDate report, view;
    for (const QDate &d : r.reportDates)
        if (!asOf.isValid() || d <= asOf)
            report = d;
    for (const SnapshotRecord &s : r.snapshots)
        if (!asOf.isValid() || s.date <= asOf)
            view = qMax(view, s.date);
    if (asOf.isValid()) {
        parts << tr("as of %1").arg(longDate(asOf));
        parts << (report.isValid() ? tr("latest report by then %1").arg(longDate(report)) : tr("no report by then"));
    } else if (report.isValid()) {
        parts << tr("latest report %1").arg(longDate(report));
    }
    if (view.isValid())
        parts << tr("CQC's view of %1").arg(longDate(view));
    QString text = parts.join(QStringLiteral(" \u00b7 "));
    if (!r.nameKnown)
        text += QLatin1Char('\n')
            + tr("Known only through its locations: import the provider's API response (/providers/%1) "
                 "or the Providers sheet of CQC's Latest ratings file to fill in its name and own ratings.")
                  .arg(r.providerId);
    return text;
}
