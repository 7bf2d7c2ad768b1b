// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <storage/SameFile.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace SameFile {

bool same(const QString &a, const QString &b)
{
    struct stat sa, sb;
    if (::stat(QFile::encodeName(a).constData(), &sa) != 0 || ::stat(QFile::encodeName(b).constData(), &sb) != 0)
        return false;
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

QStringList databaseFiles(const QString &databasePath)
{
    if (databasePath.isEmpty() || databasePath == QLatin1String(":memory:"))
        return {};
    return {databasePath, databasePath + QStringLiteral("-wal"), databasePath + QStringLiteral("-shm"),
            databasePath + QStringLiteral("-journal")};
}

// The absolute path with the folder's symbolic links resolved, for files that
// may not exist yet.
static QString resolvedPath(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return QDir::cleanPath((folder.isEmpty() ? info.absolutePath() : folder) + QLatin1Char('/') + info.fileName());
}

QString clash(const QString &output, const QStringList &files)
{
    const QString resolvedOutput = resolvedPath(output);
    for (const QString &file : files) {
        if (same(output, file) || resolvedOutput == resolvedPath(file))
            return file;
    }
    return {};
}

} // namespace SameFile
