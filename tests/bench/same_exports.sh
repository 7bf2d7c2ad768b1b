#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Trust Ratings authors
# SPDX-License-Identifier: MIT
# same_exports.sh BASELINE_BINARY NEW_BINARY WORKDIR
# Before and after a refactoring that must not change behaviour: generates
# national data with trgen (month 1 and 2, CSV, and month 1 as API NDJSON),
# imports it with each binary into its own database, exports the ratings,
# the providers, and the grid and diff of ten NHS trusts with each, and
# prints the sha256 of every file beside its baseline twin. Exits 1 if any
# pair differs. TRGEN names the generator (default: beside NEW_BINARY's build).
set -eu
old=$1; new=$2; work=$3
trgen=${TRGEN:-$(dirname "$new")/../tests/generator/trgen}
mkdir -p "$work"
[ -f "$work/m1/api-month1.ndjson" ] || "$trgen" --out "$work/m1" --month 1 --formats csv,json >/dev/null
[ -f "$work/m2/01_November_2026_Latest_ratings_Locations.csv" ] || "$trgen" --out "$work/m2" --month 2 --formats csv >/dev/null
status=0
for side in old new; do
    bin=$old; [ $side = new ] && bin=$new
    out="$work/$side"; rm -rf "$out"; mkdir -p "$out"
    "$bin" --database "$out/csv.sqlite" import "$work"/m1/*.csv "$work"/m2/*.csv > "$out/import-csv.txt"
    "$bin" --database "$out/api.sqlite" import "$work/m1/api-month1.ndjson" > "$out/import-api.txt"
    for db in csv api; do
        "$bin" --database "$out/$db.sqlite" stats > "$out/$db-stats.txt"
        "$bin" --database "$out/$db.sqlite" export ratings --output "$out/$db-ratings.csv"
        "$bin" --database "$out/$db.sqlite" export providers --output "$out/$db-providers.csv"
    done
done
# Ten NHS trusts of the national data, spread through the list.
trusts=$(grep -o '^"\?R[A-Z0-9]\{2\}"\?,' "$work/new/csv-providers.csv" | tr -d '",' | sort -u | awk 'NR % 7 == 1' | head -10)
[ -n "$trusts" ] || { echo "same_exports.sh: no NHS trusts found in the providers export" >&2; exit 2; }
for side in old new; do
    bin=$old; [ $side = new ] && bin=$new
    for t in $trusts; do
        for db in csv api; do
            "$bin" --database "$work/$side/$db.sqlite" export grid --provider "$t" --output "$work/$side/$db-grid-$t.csv"
        done
        "$bin" --database "$work/$side/csv.sqlite" export diff --provider "$t" --output "$work/$side/csv-diff-$t.csv"
    done
done
for f in $(cd "$work/new" && ls | grep -v '\.sqlite'); do
    a=$(sha256sum < "$work/old/$f" | cut -c1-64); b=$(sha256sum < "$work/new/$f" | cut -c1-64)
    if [ "$a" = "$b" ]; then mark=same; else mark=DIFFERENT; status=1; fi
    printf '%-32s %s %s %s\n' "$f" "$a" "$(wc -c < "$work/new/$f")" "$mark"
done
exit $status
