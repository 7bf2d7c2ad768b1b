// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <storage/Database.h>

// Opens the database a run of the program works on: --database or the
// default file (its folder created on first use), migrated, and, when it is
// brand new and empty, filled with the bundled sample.
class AppDatabase
{
public:
    enum class Result { Ok, BadInput, Failure };
    static Result open(Database &db, const QString &path, bool loadSampleIfEmpty, QString *error);
    // The same, reporting a failure on stderr: returns 0, or the exit status
    // (and the message printed in *message, when given).
    static int openOrReport(Database &db, const QString &path, bool loadSampleIfEmpty, QString *message = nullptr);
};
