#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Trust Ratings authors
# SPDX-License-Identifier: MIT
# Builds the libFuzzer targets (clang, -fsanitize=fuzzer,address,undefined)
# and runs each for SECONDS (default 600), two at a time.
#
#   tests/fuzz/run.sh [SECONDS [TARGET...]]
#
# Targets: csvreader odsreader odsxml apijson import (default: all).
# Environment: TR_FUZZ_BUILD (default build-fuzz beside build/), TR_FUZZ_JOBS
# (targets at once, default 2).
# Each target starts from a copy of tests/fuzz/corpus/<target>/ in
# $TR_FUZZ_BUILD/corpus/<target>/ (the repository's seeds are not
# touched) and keeps going after a crash (libFuzzer's fork mode, one
# worker). Crashing, leaking, timing-out and out-of-memory inputs land in
# $TR_FUZZ_BUILD/artifacts/<target>/, the log in $TR_FUZZ_BUILD/logs/.
# Exit status 1 when any target left an artifact.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
seconds=${1:-600}
[ $# -gt 0 ] && shift
targets=${*:-csvreader odsreader odsxml apijson import}
build=${TR_FUZZ_BUILD:-$src/build-fuzz}
jobs=${TR_FUZZ_JOBS:-2}

# clang and its libFuzzer runtime (Debian's clang-14); installed like
# bootstrap.sh installs the rest, with sudo when not root.
missing=""
for p in clang libclang-rt-14-dev; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    echo "Installing:$missing"
    $sudo apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
fi

cmake -S "$here" -B "$build" -G Ninja -DTR_FUZZ=ON \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build"

tmp=$(mktemp -d /dev/shm/trfuzz.XXXXXX 2>/dev/null || mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export TR_FUZZ_TMP="$tmp"
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:allocator_may_return_null=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

run_one() {
    t=$1
    case "$t" in
        csvreader) max=65536 dict=csv.dict ;;
        apijson) max=65536 dict=json.dict ;;
        odsreader) max=262144 dict=ods.dict ;;
        odsxml) max=262144 dict=ods.dict ;;
        import) max=262144 dict=import.dict ;;
        *) echo "run.sh: unknown target $t" >&2; return 2 ;;
    esac
    rm -rf "$build/corpus/$t"
    mkdir -p "$build/corpus/$t" "$build/artifacts/$t" "$build/logs"
    cp "$here/corpus/$t"/* "$build/corpus/$t/"
    echo "run.sh: fuzz_$t for $seconds s (log: $build/logs/$t.log)"
    "$build/fuzz_$t" "$build/corpus/$t" \
        -dict="$here/dict/$dict" -max_len=$max -rss_limit_mb=2048 -timeout=10 \
        -max_total_time="$seconds" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
        -artifact_prefix="$build/artifacts/$t/" -print_final_stats=1 \
        >"$build/logs/$t.log" 2>&1 || true
    runs=$(grep -o '^#[0-9]*' "$build/logs/$t.log" | tail -1 | tr -d '#')
    found=$(ls "$build/artifacts/$t" | wc -l)
    echo "run.sh: fuzz_$t: ${runs:-?} executions, $found artifact(s) in $build/artifacts/$t"
}

set -- $targets
while [ $# -gt 0 ]; do
    n=0
    while [ $# -gt 0 ] && [ $n -lt "$jobs" ]; do
        run_one "$1" &
        shift
        n=$((n + 1))
    done
    wait
done

status=0
for t in $targets; do
    [ -z "$(ls "$build/artifacts/$t" 2>/dev/null)" ] || { ls -l "$build/artifacts/$t"; status=1; }
done
exit $status
