// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <cstdio>

// How the command line reports trouble (DESIGN.md section 4): one line on
// stderr, prefixed with the program's name, and an exit status of 2 for bad
// usage or bad input, 1 for any other failure.
namespace ErrorReport {
enum Status : int { Success = 0, Failure = 1, BadInput = 2 };

inline void print(const QString &message)
{
    std::fprintf(stderr, "trustratings: %s\n", qPrintable(message));
}

// Prints the message and returns `status`, for `return fail(...)`.
inline int fail(int status, const QString &message)
{
    print(message);
    return status;
}
} // namespace ErrorReport
