#!/usr/bin/env bash
# Installs what stacklift needs that is missing (Debian 12 packages), then
# configures and builds it. Idempotent: with everything in place it installs
# nothing and only rebuilds what changed.
#
#   scripts/setup.sh [--tests]     --tests also installs what the tests need,
#                                  and builds for every LLVM version tested
#
# Environment:
#   STACKLIFT_BUILD_DIR     the build of the first LLVM version (default:
#                           build/ in the checkout); another version N builds
#                           in the same path with -llvmN appended
#   STACKLIFT_LLVM_VERSIONS the LLVM versions --tests builds, the first one
#                           fully tested (default: "22 19"; docs/llvm-versions.md)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${STACKLIFT_BUILD_DIR:-$root/build}
read -r -a versions <<< "${STACKLIFT_LLVM_VERSIONS:-22 19}"
for v in "${versions[@]}"; do
  if [[ $v != 22 && $v != 19 ]]; then
    echo "error: STACKLIFT_LLVM_VERSIONS: stacklift builds against LLVM 19" \
         "and 22, not '$v'" >&2
    exit 2
  fi
done

# The build directory for LLVM version $1.
build_dir() {
  if [[ $1 == "${versions[0]}" ]]; then echo "$build"; else echo "$build-llvm$1"; fi
}

tests=false
if [[ ${1:-} == --tests ]]; then
  tests=true
else
  versions=("${versions[0]}") # The example needs one build.
fi
# libzstd-dev and zlib1g-dev: the heap-profile reader (src/Profile)
# decompresses heaptrack recordings.
packages=(cmake ninja-build python3 libgtest-dev libzstd-dev zlib1g-dev)
for v in "${versions[@]}"; do
  packages+=("clang-$v" "clang-tidy-$v" "libclang-$v-dev" "llvm-$v-dev"
             "llvm-$v-tools")
done
if $tests; then
  # clang-tidy 14 exercises the plugin's version guard, Neovim the editor
  # end-to-end test, Boost and Abseil the remedies' real containers, libc++
  # the fixes on the second standard library, clang-format 22 the house
  # style of our own code, pre-commit the hook of .pre-commit-hooks.yaml;
  # npm brings the SARIF validator; heaptrack records heap profiles.
  packages+=(clang-tidy-14 neovim libboost-dev libabsl-dev libc++-22-dev
             libc++abi-22-dev clang-format-22 pre-commit heaptrack)
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

# The SARIF validator the tests run (@microsoft/sarif-multitool, a
# self-contained binary in an npm package), pinned, inside the build tree.
install_validator() {
  local validator=$1/sarif-validator
  [[ -x $validator/node_modules/.bin/sarif-multitool ]] && return
  echo "stacklift: installing the SARIF validator into $validator" >&2
  mkdir -p "$validator"
  npm install --prefix "$validator" --no-audit --no-fund --loglevel=error \
    @microsoft/sarif-multitool@5.7.0 >&2
  # npm does not run the package's install script that makes it executable.
  chmod u+x "$validator"/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool
}

for v in "${versions[@]}"; do
  dir=$(build_dir "$v")
  llvm=/usr/lib/llvm-$v
  if [[ ! -f $dir/build.ninja ]]; then
    cmake -S "$root" -B "$dir" -G Ninja \
      -DCMAKE_BUILD_TYPE=Release \
      -DSTACKLIFT_LLVM_ROOT="$llvm" \
      -DCMAKE_C_COMPILER="$llvm/bin/clang" \
      -DCMAKE_CXX_COMPILER="$llvm/bin/clang++" >&2
  fi
  ninja -C "$dir" -j2 >&2
  if $tests; then
    install_validator "$dir"
  fi
done
