// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

// `--palette light|dark`: the window in Qt's Fusion style with a light or a
// dark palette, whatever the desktop's theme says. For users whose desktop
// does not pass its dark theme to Qt, and for screenshots of both.
namespace AppPalette {
enum Scheme { Light, Dark };
void apply(Scheme scheme);
} // namespace AppPalette
