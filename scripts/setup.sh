#!/usr/bin/env bash
# Installs what stacklift needs that is missing (Debian 12 packages), then
# configures and builds it. Idempotent: with everything in place it installs
# nothing and only rebuilds what changed.
#
#   scripts/setup.sh [--tests]     --tests also installs what the tests need
#
# Environment: STACKLIFT_BUILD_DIR (default: build/ in the checkout).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${STACKLIFT_BUILD_DIR:-$root/build}

packages=(cmake ninja-build python3 clang-22 clang-tidy-22 libclang-22-dev
          llvm-22-dev llvm-22-tools libgtest-dev)
tests=false
if [[ ${1:-} == --tests ]]; then
  tests=true
  # clang-tidy 14 exercises the plugin's version guard, Neovim the editor
  # end-to-end test, Boost and Abseil the remedies' real containers, libc++
  # the fixes on the second standard library, clang-format 22 the house
  # style of our own code; npm brings the SARIF validator.
  packages+=(clang-tidy-14 neovim libboost-dev libabsl-dev libc++-22-dev
             libc++abi-22-dev clang-format-22)
  command -v npm >/dev/null || packages+=(npm)
fi

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null |
      grep -q 'install ok installed'; then
    missing+=("$package")
  fi
done

if ((${#missing[@]})); then
  echo "stacklift: installing ${missing[*]}" >&2
  sudo=()
  if [[ $(id -u) != 0 ]]; then
    if ! command -v sudo >/dev/null; then
      echo "error: these packages are missing and sudo is not available:" \
           "${missing[*]}" >&2
      exit 1
    fi
    sudo=(sudo)
  fi
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

llvm=/usr/lib/llvm-22
if [[ ! -f $build/build.ninja ]]; then
  cmake -S "$root" -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_C_COMPILER="$llvm/bin/clang" \
    -DCMAKE_CXX_COMPILER="$llvm/bin/clang++" >&2
fi
ninja -C "$build" -j2 >&2

# The SARIF validator the tests run (@microsoft/sarif-multitool, a
# self-contained binary in an npm package), pinned, inside the build tree.
validator=$build/sarif-validator
if $tests && [[ ! -x $validator/node_modules/.bin/sarif-multitool ]]; then
  echo "stacklift: installing the SARIF validator into $validator" >&2
  mkdir -p "$validator"
  npm install --prefix "$validator" --no-audit --no-fund --loglevel=error \
    @microsoft/sarif-multitool@5.7.0 >&2
  # npm does not run the package's install script that makes it executable.
  chmod u+x "$validator"/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool
fi
