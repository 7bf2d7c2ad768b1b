// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>
#include <QString>

class QGuiApplication;

// How the desktop knows the window: its icon (title bar, task switcher) and
// the ID of its .desktop file, by which Wayland compositors and docks match
// the running window to its launcher, its name and its installed icon. The ID
// is the basename of resources/desktop/<ID>.desktop and the AppStream
// component ID; the three must stay the same (tst_desktop, install_test.sh).
namespace DesktopIdentity {

// "uk.org.trustratings.TrustRatings"
QString desktopFileName();

// The application icon at 48, 128 and 256 px, from the binary's resources, so
// that the window has its icon whether or not the program is installed.
QIcon icon();

// Sets the application's window icon and desktop file name.
void apply(QGuiApplication &app);

} // namespace DesktopIdentity
