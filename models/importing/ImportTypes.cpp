#include <importing/ImportTypes.h>

#include <QCoreApplication>
#include <QDir>

namespace ImportFormats {

QString name(ImportFormat format)
{
    switch (format) {
    case ImportFormat::ApiJson: return QStringLiteral("api-json");
    case ImportFormat::RatingsCsv: return QStringLiteral("ratings-csv");
    case ImportFormat::RatingsOds: return QStringLiteral("ratings-ods");
    case ImportFormat::Unknown: break;
    }
    return QStringLiteral("unknown");
}

bool fromName(const QString &text, ImportFormat *out)
{
    const QString n = text.trimmed().toLower();
    if (n == QLatin1String("api-json") || n == QLatin1String("json") || n == QLatin1String("api"))
        *out = ImportFormat::ApiJson;
    else if (n == QLatin1String("ratings-csv") || n == QLatin1String("csv"))
        *out = ImportFormat::RatingsCsv;
    else if (n == QLatin1String("ratings-ods") || n == QLatin1String("ods"))
        *out = ImportFormat::RatingsOds;
    else
        return false;
    return true;
}

} // namespace ImportFormats

QString ImportIssue::toString() const
{
    QString s = QDir::toNativeSeparators(file);
    if (!where.isEmpty())
        s += QStringLiteral(": ") + where;
    if (!field.isEmpty())
        s += QStringLiteral(": ") + field;
    if (!value.isNull())
        s += QStringLiteral(" \"%1\"").arg(value.left(80));
    if (!message.isEmpty())
        s += QStringLiteral(": ") + message;
    return s;
}

QString ImportResult::summaryLine() const
{
    QString s = QCoreApplication::translate("ImportResult", "%1: %2, %3 records, %4 new observations, %5 providers,"
                                            " %6 locations, %7 skipped, %8 current views")
                    .arg(QDir::toNativeSeparators(file), ImportFormats::name(format))
                    .arg(records).arg(newObservations).arg(providers).arg(locations).arg(skipped).arg(snapshots);
    if (snapshotDate.isValid())
        s += QCoreApplication::translate("ImportResult", " (as of %1)").arg(snapshotDate.toString(Qt::ISODate));
    if (removedSample)
        s += QCoreApplication::translate("ImportResult", " (the bundled sample data was removed)");
    return s;
}

namespace PublicationDates {

QDate earliest() { return QDate(2010, 1, 1); }

QDate latest() { return QDate::currentDate().addDays(1); }

bool plausible(const QDate &date) { return date >= earliest() && date <= latest(); }

QString refusal()
{
    return QCoreApplication::translate("PublicationDates", "not a publication date (CQC's are from %1 to %2)")
        .arg(earliest().toString(Qt::ISODate), latest().toString(Qt::ISODate));
}

} // namespace PublicationDates
