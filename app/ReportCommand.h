// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

struct CommandLine;

// `trustratings report --provider ID | --location ID [--as-of DATE]
// [--from DATE --to DATE] --output FILE.pdf`: the board pack of one subject
// as a PDF, the file replaced only on success. Needs a QGuiApplication
// (fonts, the delegate's style); main() makes one on the offscreen platform.
namespace ReportCommand {
int run(const CommandLine &cl);
}
