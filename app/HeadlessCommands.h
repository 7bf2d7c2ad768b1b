// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

class CommandLine;

// The commands that run without a window: stats (and, later, import, export).
// Returns the process exit status of DESIGN.md section 4.
class HeadlessCommands
{
public:
    static int run(const CommandLine &cl);
};
