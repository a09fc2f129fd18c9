#!/usr/bin/env bash
# Installs what is missing, builds stacklift, and runs it over the bundled
# example project in examples/, reading the example's compile_commands.json.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${STACKLIFT_BUILD_DIR:-$root/build}

read -r -a versions <<< "${STACKLIFT_LLVM_VERSIONS:-22 19}"
llvm=${versions[0]}

"$root/scripts/setup.sh"
example_build=$build/examples
if [[ ! -f $example_build/compile_commands.json ]]; then
  cmake -S "$root/examples" -B "$example_build" -G Ninja \
    -DCMAKE_CXX_COMPILER="/usr/lib/llvm-$llvm/bin/clang++" >/dev/null
fi
cd "$root"
exec "$build/bin/stacklift" -p "$example_build" examples/src/*.cpp "$@"
