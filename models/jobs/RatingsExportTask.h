#pragma once

#include <jobs/CancelToken.h>
#include <exporting/CsvExporter.h>
#include <core/Subject.h>

#include <QPromise>

// Exports the long ratings table (possibly every observation of a national
// database) off the GUI thread: QtConcurrent::run(&RatingsExportTask::run,
// databasePath, subject, outputPath, options, token). Its own connection,
// progress 0..100 with the rows written, and the file replaced only if the
// export completes (a cancel leaves it as it was).
namespace RatingsExportTask {
void run(QPromise<ExportResult> &promise, const QString &databasePath, const Subject &subject,
         const QString &outputPath, const CsvOptions &options, const CancelToken &token);
}

Q_DECLARE_METATYPE(ExportResult)
