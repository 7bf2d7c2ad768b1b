// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

class CommandLine;
class MainWindow;

// --screenshot: lays the window out at the requested size with the requested
// subject and comparison, renders it, and writes the PNG atomically.
class ScreenshotCommand
{
public:
    static int run(MainWindow &window, const CommandLine &cl);
};
