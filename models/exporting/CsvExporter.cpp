// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <exporting/CsvExporter.h>

#include <exporting/CsvWriter.h>
#include <exporting/ExportTable.h>
#include <storage/SameFile.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

#include <cstdio>

// Why writing failed, in words: a full disk is named as such (Qt reports
// some write failures as "Unknown error").
static QString writeError(const QString &name, const QString &path, const QIODevice &device)
{
    const QStorageInfo disk(QFileInfo(path).absolutePath());
    if (!path.isEmpty() && disk.isValid() && disk.bytesAvailable() < 64 * 1024)
        return CsvExporter::tr("%1: cannot write: no space left on %2")
            .arg(name, QDir::toNativeSeparators(disk.rootPath()));
    return CsvExporter::tr("%1: cannot write: %2").arg(name, device.errorString());
}

static ExportResult writeTo(QIODevice &device, ExportTable &table, const CsvOptions &options,
                            const std::function<bool(qint64, double)> &progress, const QString &name,
                            const QString &path = {})
{
    ExportResult result;
    CsvWriter writer(&device, options);
    if (!writer.writeHeader(table.headers())) {
        result.error = writeError(name, path, device);
        return result;
    }
    QVector<ExportCell> row;
    while (table.nextRow(&row)) {
        if (!writer.writeRow(row)) {
            result.error = writeError(name, path, device);
            return result;
        }
        ++result.rows;
        if (progress && result.rows % 4096 == 0 && !progress(result.rows, table.progress())) {
            result.cancelled = true;
            result.error = CsvExporter::tr("%1: export cancelled").arg(name);
            return result;
        }
    }
    if (!table.errorString().isEmpty()) {
        result.error = CsvExporter::tr("%1: reading the database failed: %2").arg(name, table.errorString());
        return result;
    }
    result.ok = true;
    return result;
}

ExportResult CsvExporter::write(ExportTable &table, const QString &path, const QString &databasePath,
                                const CsvOptions &options, const std::function<bool(qint64, double)> &progress)
{
    if (path.isEmpty()) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            ExportResult r;
            r.error = tr("standard output: %1").arg(out.errorString());
            return r;
        }
        ExportResult r = writeTo(out, table, options, progress, tr("standard output"));
        if (!out.flush() && r.ok) {
            r.ok = false;
            r.error = tr("standard output: %1").arg(out.errorString());
        }
        return r;
    }
    const QString name = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    ExportResult result;
    const QString clash = SameFile::clash(path, SameFile::databaseFiles(databasePath));
    if (!clash.isEmpty()) {
        result.badInput = true;
        result.error = clash == databasePath
            ? tr("%1: is the database being exported; choose another file").arg(name)
            : tr("%1: is %2, a file of the database being exported; choose another file")
                  .arg(name, QDir::toNativeSeparators(clash));
        return result;
    }
    if (info.isDir()) {
        result.error = tr("%1: is a folder").arg(name);
        return result;
    }
    if (!info.absoluteDir().exists()) {
        result.error = tr("%1: the folder %2 does not exist").arg(name, QDir::toNativeSeparators(info.absolutePath()));
        return result;
    }
    if (info.exists() && !info.isFile()) {
        // A device, pipe or socket (/dev/null, /dev/full, a FIFO): there is
        // no old file to keep, and QSaveFile would rename a regular file over
        // the node (where the folder is writable) or fail to create its
        // temporary file beside it. Write to it directly.
        QFile device(path);
        if (!device.open(QIODevice::WriteOnly)) {
            result.error = tr("%1: cannot write: %2").arg(name, device.errorString());
            return result;
        }
        result = writeTo(device, table, options, progress, name);
        if (!device.flush() && result.ok) {
            result.ok = false;
            result.error = writeError(name, QString(), device);
        }
        return result;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = tr("%1: cannot write: %2").arg(name, file.errorString());
        return result;
    }
    result = writeTo(file, table, options, progress, name, path);
    if (!result.ok) {
        file.cancelWriting();
        return result;
    }
    if (!file.commit()) {
        result.ok = false;
        result.error = writeError(name, path, file);
    }
    return result;
}
