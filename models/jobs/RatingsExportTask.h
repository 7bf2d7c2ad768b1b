// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <jobs/CancelToken.h>
#include <exporting/CsvExporter.h>
#include <core/Subject.h>
#include <storage/ConnectionFactory.h>

#include <QPromise>

// Exports the long ratings table (possibly every observation of a national
// database) off the GUI thread: QtConcurrent::run(&RatingsExportTask::run,
// database, subject, outputPath, options, token). Its own connection, opened
// through `database` on the pool's thread,
// progress 0..100 with the rows written, and the file replaced only if the
// export completes (a cancel leaves it as it was).
namespace RatingsExportTask {
void run(QPromise<ExportResult> &promise, const ConnectionFactory &database, const Subject &subject,
         const QString &outputPath, const CsvOptions &options, const CancelToken &token);
}

Q_DECLARE_METATYPE(ExportResult)
