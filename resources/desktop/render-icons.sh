#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Trust Ratings authors
# SPDX-License-Identifier: MIT
# Renders the application icon's PNGs from its SVG. The PNGs are committed, so
# building and installing need no SVG renderer; run this after changing the SVG.
# Needs rsvg-convert (Debian: librsvg2-bin).
set -eu
cd "$(dirname "$0")/icons"
name=uk.org.trustratings.TrustRatings
for size in 48 128 256; do
    mkdir -p "${size}x${size}"
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio \
        --output "${size}x${size}/$name.png" "$name.svg"
done
