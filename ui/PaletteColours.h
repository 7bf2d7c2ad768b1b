// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>

// Colours derived from the user's palette, so that a dark desktop theme
// gets dark tints and light text. CQC's rating colours are fixed (see
// RatingDelegate::tileColour); everything else comes from here.
namespace PaletteColours {
// `a` moved towards `b` by `amount` (0: a, 1: b).
QColor mix(const QColor &a, const QColor &b, double amount);
// WCAG 2 contrast ratio, 1 to 21.
double contrast(const QColor &a, const QColor &b);
bool isDark(const QColor &background);
// `ink`'s hue, lightened or darkened until it reaches at least 4.5:1
// against `background` (WCAG AA for normal text).
QColor readableOn(const QColor &ink, const QColor &background);
// A tint of `accent` that keeps `background`'s lightness: pale on a light
// palette, deep on a dark one.
QColor tint(const QColor &background, const QColor &accent, double amount = 0.16);
} // namespace PaletteColours
