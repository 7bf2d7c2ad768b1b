// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "PaletteColours.h"

#include <QtMath>

namespace PaletteColours {

QColor mix(const QColor &a, const QColor &b, double amount)
{
    const double t = qBound(0.0, amount, 1.0);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

static double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : qPow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

bool isDark(const QColor &background)
{
    return luminance(background) < 0.2;
}

QColor readableOn(const QColor &ink, const QColor &background)
{
    // Towards white on a dark background, towards black on a light one, in
    // small steps so that the hue stays recognisable.
    const QColor target = isDark(background) ? QColor(Qt::white) : QColor(Qt::black);
    QColor c = ink;
    for (int step = 1; contrast(c, background) < 4.5 && step <= 20; ++step)
        c = mix(ink, target, step / 20.0);
    return c;
}

QColor tint(const QColor &background, const QColor &accent, double amount)
{
    return mix(background, accent, amount);
}

} // namespace PaletteColours
