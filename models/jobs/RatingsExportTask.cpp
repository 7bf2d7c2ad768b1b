// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <jobs/RatingsExportTask.h>

#include <storage/Database.h>
#include <storage/RatingStore.h>
#include <exporting/RatingsExportTable.h>

#include <QCoreApplication>
#include <QLocale>

namespace RatingsExportTask {

void run(QPromise<ExportResult> &promise, const ConnectionFactory &database, const Subject &subject,
         const QString &outputPath, const CsvOptions &options, const CancelToken &token)
{
    promise.setProgressRange(0, 100);
    ExportResult result;
    {
        const std::unique_ptr<Database> db = database.open();
        if (!db->isOpen()) {
            result.error = db->errorString();
        } else {
            RatingsExportTable table(RatingStore(*db).ratings(subject));
            result = CsvExporter::write(table, outputPath, database.path(), options, [&](qint64 rows, double fraction) {
                promise.setProgressValueAndText(
                    int(fraction * 100),
                    QCoreApplication::translate("ExportController", "Exporting: %1 rows written")
                        .arg(QLocale().toString(rows)));
                return !token.isCancelled();
            });
        }
    }
    promise.addResult(result);
}

} // namespace RatingsExportTask
