#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Trust Ratings authors
# SPDX-License-Identifier: MIT
# Sets up a fresh Debian 12 machine for Trust Ratings, builds it, and then
#   ./bootstrap.sh run    opens the window on the default database
#   ./bootstrap.sh test   runs the whole test suite (what CI runs)
# Installs only Debian packages; needs root or sudo for that step alone.
set -eu
cd "$(dirname "$0")"

what=${1:-}
case "$what" in
    run|test) ;;
    *) echo "usage: ./bootstrap.sh run|test" >&2; exit 2 ;;
esac

packages="build-essential cmake ninja-build pkg-config qt6-base-dev libqt6sql6-sqlite libsqlite3-dev libquazip1-qt6-dev libssl-dev
          qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
          fonts-dejavu-core xvfb xauth x11-utils imagemagick sqlite3 python3 desktop-file-utils appstream
          poppler-utils"
missing=""
for p in $packages; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    echo "Installing:$missing"
    $sudo apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
fi

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build

if [ "$what" = run ]; then
    exec build/app/trustratings
fi
cd build
exec ctest --output-on-failure --timeout 600 -j2
