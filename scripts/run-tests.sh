#!/usr/bin/env bash
# Installs what is missing, builds stacklift against every LLVM version it
# supports (STACKLIFT_LLVM_VERSIONS, default "22 19"), and runs every test:
# the lit suite through the standalone tool and through the clang-tidy
# plugin, the unit tests, the fix tester's sample and the house style.
# Exits non-zero when anything fails.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${STACKLIFT_BUILD_DIR:-$root/build}
read -r -a versions <<< "${STACKLIFT_LLVM_VERSIONS:-22 19}"

"$root/scripts/setup.sh" --tests
# The first LLVM version runs every test; the others the lit suite (through
# both front ends), the unit tests and the install test, not the fix
# tester's sample nor the checker files' runs on the real standard libraries
# (docs/llvm-versions.md).
status=0
for v in "${versions[@]}"; do
  if [[ $v == "${versions[0]}" ]]; then
    dir=$build
    only=()
  else
    dir=$build-llvm$v
    only=(-LE 'fixtester|real-stdlib')
  fi
  echo "stacklift: testing the build against LLVM $v in $dir" >&2
  (cd "$dir" && ctest --output-on-failure -j2 "${only[@]}") || status=1
done
exit $status
