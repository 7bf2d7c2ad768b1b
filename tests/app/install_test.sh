#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Trust Ratings authors
# SPDX-License-Identifier: MIT
# Installs the build into a temporary prefix with `cmake --install` and checks
# what a Linux desktop finds there: exactly the expected files, a .desktop
# file desktop-file-validate passes without a word, AppStream metainfo that
# `appstreamcli validate --no-net` passes, icons of the sizes their folders
# say, the names that tie them together (desktop ID, Icon=, Exec=,
# StartupWMClass=, launchable, provides, the newest release = the project's
# version), and the installed binary, which runs and, in a real X11 window,
# carries WM_CLASS and its icon at 48, 128 and 256 px. A missing tool fails
# the test, never skips it: bootstrap.sh installs them all.
set -eu
build=${1:?usage: install_test.sh BUILD-DIR VERSION}
version=${2:?usage: install_test.sh BUILD-DIR VERSION}
id=uk.org.trustratings.TrustRatings

fail() { echo "install_test: $*" >&2; exit 1; }
for tool in cmake desktop-file-validate appstreamcli identify xvfb-run xwininfo xprop; do
    command -v "$tool" >/dev/null || fail "$tool not found; run bootstrap.sh (desktop-file-utils, appstream, imagemagick, xvfb, x11-utils)"
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix="$work/prefix"

cmake --install "$build" --prefix "$prefix" >"$work/install.log" 2>&1 || { cat "$work/install.log" >&2; fail "cmake --install failed"; }

# Every file, and no other. Compiled translations are whatever .qm files
# the build made under translations/ (none until the build has any).
desktop=share/applications/$id.desktop
metainfo=share/metainfo/$id.metainfo.xml
{
    echo bin/trustratings
    echo "$desktop"
    echo "$metainfo"
    echo share/icons/hicolor/scalable/apps/$id.svg
    for size in 48 128 256; do echo share/icons/hicolor/${size}x${size}/apps/$id.png; done
    if [ -d "$build/translations" ]; then
        (cd "$build/translations" && find . -name '*.qm' -type f) | sed 's#^\./#share/trustratings/translations/#'
    fi
} | sort >"$work/expected"
(cd "$prefix" && find . -type f -o -type l) | sed 's#^\./##' | sort >"$work/installed"
diff -u "$work/expected" "$work/installed" || fail "the install does not hold exactly the expected files (- missing, + unexpected)"
echo "installed: $(wc -l <"$work/installed") files"
[ -x "$prefix/bin/trustratings" ] || fail "bin/trustratings is not executable"

# desktop-file-validate: errors fail with a status, hints and warnings only
# print; both fail here.
desktop-file-validate "$prefix/$desktop" >"$work/dfv.txt" 2>&1 || { cat "$work/dfv.txt" >&2; fail "desktop-file-validate failed"; }
[ ! -s "$work/dfv.txt" ] || { cat "$work/dfv.txt" >&2; fail "desktop-file-validate reported the lines above"; }
echo "desktop-file-validate: ok"
# Warnings fail appstreamcli's validation (status 3); pedantic notes do not.
appstreamcli validate --no-net "$prefix/$metainfo" >"$work/asv.txt" 2>&1 || { cat "$work/asv.txt" >&2; fail "appstreamcli validate --no-net failed"; }
echo "appstreamcli validate --no-net: $(tail -n 1 "$work/asv.txt")"

# One value of a key in the [Desktop Entry] group.
key() { sed -n "/^\[Desktop Entry\]/,/^\[/s/^$1=//p" "$prefix/$desktop"; }
[ "$(key Icon)" = "$id" ] || fail "Icon=$(key Icon), expected $id"
[ "$(key Exec | cut -d' ' -f1)" = trustratings ] || fail "Exec=$(key Exec) does not start the installed trustratings"
[ "$(key Terminal)" = false ] || fail "Terminal=$(key Terminal)"
[ "$(key Name)" = "Trust Ratings" ] || fail "Name=$(key Name)"

# The metainfo names the same component, launcher and binary.
text() { sed -n "s#.*<$1[^>]*>\([^<]*\)</$1>.*#\1#p" "$prefix/$metainfo"; }
[ "$(text id)" = "$id" ] || fail "metainfo <id> is '$(text id)', expected $id"
[ "$(text launchable)" = "$id.desktop" ] || fail "metainfo <launchable> is '$(text launchable)', expected $(basename "$desktop")"
[ "$(text binary)" = trustratings ] || fail "metainfo <provides><binary> is '$(text binary)'"
newest=$(sed -n 's#.*<release [^>]*version="\([^"]*\)".*#\1#p' "$prefix/$metainfo" | head -n 1)
[ "$newest" = "$version" ] || fail "the newest <release> in the metainfo is '$newest'; the project's version is $version: add a release"

# Each PNG has the size of its folder; the SVG is an SVG.
for size in 48 128 256; do
    png="$prefix/share/icons/hicolor/${size}x${size}/apps/$id.png"
    got=$(identify -format '%m %wx%h' "$png")
    [ "$got" = "PNG ${size}x${size}" ] || fail "$png is '$got', expected PNG ${size}x${size}"
done
grep -q '<svg' "$prefix/share/icons/hicolor/scalable/apps/$id.svg" || fail "the scalable icon is not an SVG"

# The installed binary runs (its run path finds what it needs)...
out=$("$prefix/bin/trustratings" --version) || fail "the installed binary failed: $out"
[ "$out" = "trustratings $version" ] || fail "the installed binary says '$out', expected 'trustratings $version'"

# ...and its window, as an X11 desktop sees it, matches the launcher: the
# class of WM_CLASS is StartupWMClass (how docks group the window under the
# launcher) and the window icon comes at the three installed sizes.
export HOME="$work" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset QT_QPA_PLATFORM
xvfb-run -a -s "-screen 0 1280x1024x24" sh -c '
    bin=$1 work=$2
    QT_QPA_PLATFORM=xcb "$bin" --database "$work/x11.sqlite" >"$work/app.log" 2>&1 &
    pid=$!
    i=0
    # The top-level window is the one with a WM_CLASS (the client leader has none).
    while [ $i -lt 150 ]; do
        xwininfo -root -tree 2>/dev/null | grep -q "\"Trust Ratings\": (\"" && break
        kill -0 $pid 2>/dev/null || { echo "install_test: the installed program exited early:" >&2; cat "$work/app.log" >&2; exit 3; }
        sleep 0.1; i=$((i + 1))
    done
    win=$(xwininfo -root -tree | grep "\"Trust Ratings\": (\"" | head -n 1 | awk "{print \$1}")
    [ -n "$win" ] || { echo "install_test: no Trust Ratings window appeared" >&2; kill $pid; exit 4; }
    xprop -id "$win" WM_CLASS >"$work/wmclass.txt"
    xprop -len 1000000 -notype -id "$win" _NET_WM_ICON | grep -o "Icon ([0-9]* x [0-9]*)" >"$work/icons.txt" || true
    kill -TERM $pid
    wait $pid || true
' sh "$prefix/bin/trustratings" "$work"
cat "$work/wmclass.txt" "$work/icons.txt"
class=$(sed -n 's/.*= "[^"]*", "\([^"]*\)"/\1/p' "$work/wmclass.txt")
[ "$class" = "$(key StartupWMClass)" ] || fail "the window's WM_CLASS class is '$class', the .desktop file's StartupWMClass '$(key StartupWMClass)'"
printf 'Icon (48 x 48)\nIcon (128 x 128)\nIcon (256 x 256)\n' | diff -u - "$work/icons.txt" \
    || fail "the window's _NET_WM_ICON does not hold the icon at 48, 128 and 256 px"
echo "install_test: ok"
