// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <importing/FormatDetector.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

ImportFormat FormatDetector::detect(const QString &path, QString *error)
{
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    const QFileInfo info(path);
    if (info.isDir()) {
        *error = tr("%1: is a folder").arg(name);
        return ImportFormat::Unknown;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: %2").arg(name, file.errorString());
        return ImportFormat::Unknown;
    }
    const QByteArray head = file.read(64 * 1024);
    if (head.isEmpty()) {
        *error = tr("%1: the file is empty").arg(name);
        return ImportFormat::Unknown;
    }
    if (head.startsWith("PK\x03\x04")) {
        if (head.contains("[Content_Types].xml") || head.contains("xl/")) {
            *error = tr("%1: an Excel workbook; open it in a spreadsheet and save it as .ods or CSV").arg(name);
            return ImportFormat::Unknown;
        }
        return ImportFormat::RatingsOds;
    }
    if (info.suffix().compare(QLatin1String("ods"), Qt::CaseInsensitive) == 0) {
        *error = tr("%1: named .ods but not an OpenDocument spreadsheet (not a zip archive)").arg(name);
        return ImportFormat::Unknown;
    }
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        *error = tr("%1: UTF-16 text; save the file as UTF-8 CSV (or import CQC's .ods)").arg(name);
        return ImportFormat::Unknown;
    }
    QByteArray text = head;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    if (text.contains('\0')) {
        *error = tr("%1: binary data, not a CQC ratings file (expected CQC API JSON, or the Latest ratings "
                    "file as .ods or CSV)")
                     .arg(name);
        return ImportFormat::Unknown;
    }
    const QByteArray trimmed = text.trimmed();
    if (trimmed.startsWith('{') || trimmed.startsWith('['))
        return ImportFormat::ApiJson;
    if (trimmed.isEmpty()) {
        *error = tr("%1: the file is empty").arg(name);
        return ImportFormat::Unknown;
    }
    return ImportFormat::RatingsCsv;
}
