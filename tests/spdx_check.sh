#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Trust Ratings authors
# SPDX-License-Identifier: MIT
# spdx_check.sh SOURCE_DIR: every source file of the project (C++, CMake,
# shell and Python) names its licence in an SPDX line near its top, so that
# a file copied out of the tree still says under what terms. Lists the files
# that do not and fails; a tree without git is an error, not a pass.
set -eu
cd "$1"
files=$(git ls-files '*.cpp' '*.h' '*.h.in' '*CMakeLists.txt' '*.cmake' '*.sh' '*.py' .ci/run) \
    || { echo "spdx_check: $1 is not a git checkout" >&2; exit 2; }
[ -n "$files" ] || { echo "spdx_check: no source files found in $1" >&2; exit 2; }
missing=0; count=0
for f in $files; do
    count=$((count + 1))
    if ! head -n 4 "$f" | grep -q 'SPDX-License-Identifier: MIT'; then
        echo "spdx_check: $f has no 'SPDX-License-Identifier: MIT' line in its first 4 lines" >&2
        missing=$((missing + 1))
    fi
done
echo "spdx_check: $count source files, $missing without an SPDX line"
[ "$missing" -eq 0 ]
