// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

// Whether two paths name one file, by device and inode rather than by name,
// so that a symbolic or hard link to a file is that file.
namespace SameFile {

// True when both exist and are the same file.
bool same(const QString &a, const QString &b);

// The files of an SQLite database at `databasePath`: the database itself and
// the -wal, -shm and -journal files SQLite keeps beside it.
QStringList databaseFiles(const QString &databasePath);

// The first of `files` that `output` is, by identity when both exist, or by
// its absolute path when the file does not exist yet (a -wal file SQLite
// will create later); empty when it is none of them.
QString clash(const QString &output, const QStringList &files);

} // namespace SameFile
