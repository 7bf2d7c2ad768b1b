#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Trust Ratings authors
# SPDX-License-Identifier: MIT
# Starts the real trustratings binary in a real X11 window (Xvfb, xcb
# platform, not offscreen), waits for its window to be mapped with its
# title, photographs the screen, checks that the picture is not blank, and
# closes the program. Fails loudly when a tool is missing: bootstrap.sh
# installs xvfb, xauth, x11-utils and imagemagick.
set -eu
bin=${1:?usage: x11_window_test.sh PATH-TO-trustratings}
for tool in xvfb-run xwininfo import identify; do
    command -v "$tool" >/dev/null || { echo "x11_window_test: $tool not found; run bootstrap.sh" >&2; exit 1; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset QT_QPA_PLATFORM

xvfb-run -a -s "-screen 0 1280x1024x24" sh -c '
    bin=$1 work=$2
    QT_QPA_PLATFORM=xcb "$bin" --database "$work/x11.sqlite" --provider RJ2 >"$work/app.log" 2>&1 &
    pid=$!
    i=0
    while [ $i -lt 150 ]; do
        xwininfo -root -tree 2>/dev/null | grep -q "\"Trust Ratings" && break
        kill -0 $pid 2>/dev/null || { echo "x11_window_test: the program exited early:" >&2; cat "$work/app.log" >&2; exit 3; }
        sleep 0.1; i=$((i + 1))
    done
    xwininfo -root -tree | grep "\"Trust Ratings" >"$work/windows.txt" || { echo "x11_window_test: no Trust Ratings window appeared" >&2; kill $pid; exit 4; }
    sleep 1 # let the first frames be painted
    import -window root "$work/screen.png"
    kill -TERM $pid
    wait $pid || true
' sh "$bin" "$work"

cat "$work/windows.txt"
colours=$(identify -format "%k" "$work/screen.png")
echo "screen picture: $(identify -format "%wx%h" "$work/screen.png"), $colours colours"
# A mapped but unpainted window is one or two flat colours; the real window
# with its rating tiles has many.
[ "$colours" -gt 30 ] || { echo "x11_window_test: the screen picture is blank" >&2; exit 5; }
if [ -n "${X11_TEST_KEEP:-}" ]; then cp "$work/screen.png" "$X11_TEST_KEEP"; fi
echo "x11_window_test: ok"
