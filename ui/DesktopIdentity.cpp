// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include "DesktopIdentity.h"

#include <QGuiApplication>

namespace DesktopIdentity {

QString desktopFileName()
{
    return QStringLiteral("uk.org.trustratings.TrustRatings");
}

QIcon icon()
{
    // PNGs, not the SVG: Debian's Qt has no SVG icon engine unless
    // qt6-svg is installed, and these are the sizes the desktop asks for.
    QIcon icon;
    for (const int size : {48, 128, 256})
        icon.addFile(QStringLiteral(":/icons/%1x%1/%2.png").arg(size).arg(desktopFileName()), QSize(size, size));
    return icon;
}

void apply(QGuiApplication &app)
{
    app.setWindowIcon(icon());
    QGuiApplication::setDesktopFileName(desktopFileName());
}

} // namespace DesktopIdentity
