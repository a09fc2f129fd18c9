#!/usr/bin/env bash
# Reruns every benchmark: what stacklift costs (bench/cost) and what its
# fixes buy (bench/value). Installs what is missing, builds stacklift and the
# benchmarks in build-bench/, and prints Markdown tables; docs/performance.md
# records a run.
#
#   bench/run.sh [--reps N]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${STACKLIFT_BENCH_DIR:-$root/build-bench}
reps=5
[[ ${1:-} == --reps ]] && reps=$2

STACKLIFT_BUILD_DIR=$build "$root/scripts/setup.sh"
if ! dpkg-query -W -f='${Status}' libbenchmark-dev 2>/dev/null |
    grep -q 'install ok installed' ||
   ! dpkg-query -W -f='${Status}' libboost-dev 2>/dev/null |
    grep -q 'install ok installed' ||
   ! dpkg-query -W -f='${Status}' valgrind 2>/dev/null |
    grep -q 'install ok installed' ||
   ! dpkg-query -W -f='${Status}' heaptrack 2>/dev/null |
    grep -q 'install ok installed'; then
  sudo=(); [[ $(id -u) != 0 ]] && sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
    --no-install-recommends libbenchmark-dev libboost-dev valgrind heaptrack >&2
fi
cmake -S "$root" -B "$build" -DSTACKLIFT_BUILD_BENCH=ON >/dev/null
ninja -C "$build" -j2 bench_value_original bench_value_stacklift \
  bench_value_peer bench_value_profiled >&2

echo "## Cost (best of $reps runs)"
echo
python3 "$root/bench/cost/run_cost.py" --build "$build" --reps "$reps" \
  --json "$build/cost.json" --instructions
echo
echo "## Value"
echo
python3 "$root/bench/value/report.py" "$build/bench"
