// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

// How many providers, locations, reports, ratings and imports a database
// holds (`trustratings stats`).
struct DatabaseStats
{
    qint64 providers = 0;
    qint64 locations = 0;
    qint64 reports = 0;
    qint64 ratings = 0;
    qint64 imports = 0;
};
