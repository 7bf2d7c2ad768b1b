// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <storage/ConnectionFactory.h>

#include <QStringList>

// What to import, and where.
struct ImportRequest
{
    ConnectionFactory database;
    QStringList files;
    bool keepGoing = false;
};
