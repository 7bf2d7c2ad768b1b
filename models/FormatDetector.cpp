#include "FormatDetector.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

static QString tr(const char *text) { return QCoreApplication::translate("FormatDetector", text); }

ImportFormat FormatDetector::detect(const QString &path, QString *error)
{
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    if (QFileInfo(path).isDir()) {
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
    QByteArray text = head;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    if (text.contains('\0')) {
        *error = tr("%1: binary data, not a CQC ratings file (expected CQC API JSON, or the Latest ratings "
                    "file as .ods or CSV)").arg(name);
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
