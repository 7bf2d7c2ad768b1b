// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <jobs/ImportTask.h>

#include <storage/Database.h>
#include <importing/Importer.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace ImportTask {

// The progress dialog's line (ImportController's words, so that its
// translations apply).
static QString progressLine(const QString &file, int index, int count, qint64 records)
{
    QString line = QCoreApplication::translate("ImportController", "Importing %1: %2 records read")
                       .arg(file, QLocale().toString(records));
    if (count > 1)
        line = QCoreApplication::translate("ImportController", "File %1 of %2. ").arg(index + 1).arg(count) + line;
    return line;
}

void run(QPromise<ImportResult> &promise, const ImportRequest &request, const CancelToken &token)
{
    const int count = int(request.files.size());
    promise.setProgressRange(0, 100 * qMax(1, count));
    const std::unique_ptr<Database> db = request.database.open();
    if (!db->isOpen()) {
        ImportResult failed;
        failed.file = request.database.path();
        failed.error = db->errorString();
        promise.addResult(failed);
        return;
    }
    Importer importer(*db);
    for (int i = 0; i < count && !token.isCancelled(); ++i) {
        const QString file = request.files.at(i);
        const QString name = QFileInfo(file).fileName();
        ImportOptions options;
        options.keepGoing = request.keepGoing;
        options.progress = [&](qint64 records, double fraction) {
            promise.setProgressValueAndText(i * 100 + int(fraction * 100), progressLine(name, i, count, records));
            return !token.isCancelled();
        };
        options.waiting = [&](const QString &message) {
            // Another process is writing to the database: said, and waited for.
            promise.setProgressValueAndText(i * 100, message + QStringLiteral("…"));
            return !token.isCancelled();
        };
        promise.addResult(importer.importFile(file, options));
    }
}

} // namespace ImportTask
