#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Trust Ratings authors
# SPDX-License-Identifier: MIT
# Renders the README's screenshots with the real binary: the bundled sample
# (RJ2), CQC's sample API responses (RM317), a national-scale trust with long
# names from trgen, and an empty database; at 1280x800 and 1024x640, light
# and dark. Usage: resources/screenshots/render.sh [BUILD_DIR]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build}
bin=$build/app/trustratings
trgen=$build/tests/generator/trgen
samples=$here/../../tests/fixtures/cqc-samples
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$bin" --database "$work/sample.db" stats > /dev/null             # the bundled sample
"$bin" --database "$work/api.db" import "$samples"/location_*.json "$samples"/provider_*.json > /dev/null
"$trgen" --out "$work/national" --formats csv > /dev/null
"$bin" --database "$work/national.db" import "$work"/national/*.csv > /dev/null
# The empty state: a new database gets the bundled sample, so the sample's
# rows are deleted again, as if the user had emptied it.
"$bin" --database "$work/empty.db" stats > /dev/null
sqlite3 "$work/empty.db" "PRAGMA foreign_keys = OFF; DELETE FROM quality_statements; DELETE FROM observations;
    DELETE FROM snapshots; DELETE FROM reports; DELETE FROM services; DELETE FROM locations; DELETE FROM providers;"

shot() { # NAME DB SIZE PALETTE [OPTIONS...]
    name=$1 db=$2 size=$3 palette=$4
    shift 4
    "$bin" --database "$db" --screenshot "$here/$name.png" --size "$size" --palette "$palette" "$@" 2> /dev/null
}
for palette in light dark; do
    for size in 1280x800 1024x640; do
        shot "rj2-$size-$palette" "$work/sample.db" $size $palette --provider RJ2
        shot "national-$size-$palette" "$work/national.db" $size $palette --provider R1F
        shot "empty-$size-$palette" "$work/empty.db" $size $palette
    done
done
shot rj2-grid-and-diff "$work/sample.db" 1280x800 light --provider RJ2 --tab changes
shot rj2-cell-history "$work/sample.db" 1280x800 light --provider RJ2 --tab history
shot rj2-timeline "$work/sample.db" 1280x800 light --provider RJ2 --tab timeline
shot rm317-current-view "$work/api.db" 1280x800 light --location RM317 --tab changes

# The board pack's first page (issue 15): RJ2, and the national trust with
# the most locations. pdftoppm is poppler-utils', installed by bootstrap.sh.
page() { # NAME DB PROVIDER
    "$bin" --database "$2" report --provider "$3" --output "$work/$1.pdf" > /dev/null 2>&1
    pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$work/$1.pdf" "$here/$1"
}
largest=$(sqlite3 "$work/national.db" "SELECT provider_id FROM locations GROUP BY provider_id ORDER BY count(*) DESC, provider_id LIMIT 1")
page report-rj2-page1 "$work/sample.db" RJ2
page report-national-trust-page1 "$work/national.db" "$largest"
