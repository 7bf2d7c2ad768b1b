// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <importing/ImportResult.h>

#include <QCoreApplication>
#include <QDir>

QString ImportResult::summaryLine() const
{
    if (alreadyImportedAt.isValid()) {
        QString s = QCoreApplication::translate("ImportResult",
                                                "%1: already imported on %2 (%3, %4 records); nothing was changed")
                        .arg(QDir::toNativeSeparators(file),
                             alreadyImportedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                             ImportFormats::name(format))
                        .arg(records);
        if (snapshotDate.isValid())
            s += QCoreApplication::translate("ImportResult", " (as of %1)").arg(snapshotDate.toString(Qt::ISODate));
        return s;
    }
    QString s = QCoreApplication::translate("ImportResult",
                                            "%1: %2, %3 records, %4 new observations, %5 providers,"
                                            " %6 locations, %7 skipped, %8 current views")
                    .arg(QDir::toNativeSeparators(file), ImportFormats::name(format))
                    .arg(records)
                    .arg(newObservations)
                    .arg(providers)
                    .arg(locations)
                    .arg(skipped)
                    .arg(snapshots);
    if (snapshotDate.isValid())
        s += QCoreApplication::translate("ImportResult", " (as of %1)").arg(snapshotDate.toString(Qt::ISODate));
    if (removedSample)
        s += QCoreApplication::translate("ImportResult", " (the bundled sample data was removed)");
    return s;
}
