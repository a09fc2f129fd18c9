#!/usr/bin/env python3
"""Runs the builds of the value benchmark and prints one table: time and
heap allocations per iteration of each kernel, as written, with stacklift's
fixes, with performance-inefficient-vector-operation's, and with stacklift's
profile-guided fixes (--profile, docs/profile.md) when that build exists.

usage: report.py BENCH_DIR
"""
import json
import os
import subprocess
import sys

VARIANTS = ["original", "stacklift", "peer", "profiled"]
HEADERS = ["as written", "stacklift's fixes", "peer's fixes",
           "stacklift with a profile"]


def run(path):
    out = subprocess.run(
        [path, "--benchmark_format=json", "--benchmark_repetitions=5",
         "--benchmark_report_aggregates_only=true"],
        capture_output=True, text=True, check=True).stdout
    results = {}
    for b in json.loads(out)["benchmarks"]:
        if b.get("aggregate_name") != "median":
            continue
        name = b["run_name"].replace("BM_", "")
        results[name] = (b["real_time"], b["time_unit"], b["allocs/iter"])
    return results


def main():
    bench_dir = sys.argv[1]
    variants = [v for v in VARIANTS
                if os.path.exists(os.path.join(bench_dir, "bench_value_" + v))]
    data = {v: run(os.path.join(bench_dir, "bench_value_" + v)) for v in variants}
    print("| kernel | %s |" % " | ".join(HEADERS[VARIANTS.index(v)] for v in variants))
    print("|---|%s" % ("---:|" * len(variants)))
    for kernel in data["original"]:
        cells = []
        for v in variants:
            t, unit, allocs = data[v][kernel]
            cells.append("%.1f %s, %.0f allocs" % (t, unit, allocs))
        print("| %s | %s |" % (kernel, " | ".join(cells)))


if __name__ == "__main__":
    main()
