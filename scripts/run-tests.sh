#!/usr/bin/env bash
# Installs what is missing, builds stacklift, and runs every test: the lit
# suite through the standalone tool and through the clang-tidy plugin, and
# the unit tests. Exits non-zero when anything fails.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${STACKLIFT_BUILD_DIR:-$root/build}

"$root/scripts/setup.sh" --tests
cd "$build"
ctest --output-on-failure -j2
