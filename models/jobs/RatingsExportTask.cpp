#include <jobs/RatingsExportTask.h>

#include <storage/Database.h>
#include <storage/RatingStore.h>
#include <exporting/RatingsExportTable.h>

#include <QCoreApplication>
#include <QLocale>

namespace RatingsExportTask {

void run(QPromise<ExportResult> &promise, const QString &databasePath, const Subject &subject,
         const QString &outputPath, const CsvOptions &options, const CancelToken &token)
{
    static QAtomicInteger<quint64> serial;
    promise.setProgressRange(0, 100);
    ExportResult result;
    {
        Database db(QStringLiteral("export-%1").arg(serial.fetchAndAddRelaxed(1)));
        if (!db.open(databasePath)) {
            result.error = db.errorString();
        } else {
            RatingsExportTable table(RatingStore(db.connection()).ratings(subject));
            result = CsvExporter::write(table, outputPath, databasePath, options, [&](qint64 rows, double fraction) {
                promise.setProgressValueAndText(
                    int(fraction * 100),
                    QCoreApplication::translate("ExportController", "Exporting: %1 rows written").arg(QLocale().toString(rows)));
                return !token.isCancelled();
            });
        }
    }
    promise.addResult(result);
}

} // namespace RatingsExportTask
