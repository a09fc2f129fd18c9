#!/usr/bin/env python3
"""What stacklift costs: clang-tidy time with stacklift-vector-growth next to
a parse-only baseline and next to performance-inefficient-vector-operation,
on realistic units and on synthetic stress units at 1x, 10x and 100x.

usage: run_cost.py --build BUILD_DIR [--reps N] [--json OUT.json]

Prints Markdown tables. Every time is the best of --reps runs (default 5),
in seconds of wall-clock time. The baseline is the same clang-tidy run, with
the plugin loaded, and one trivial check (misc-unused-alias-decls, which
matches only namespace aliases): it measures parsing and building the AST.
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TIDY = "/usr/lib/llvm-22/bin/clang-tidy"
TRIVIAL = "misc-unused-alias-decls"
STACKLIFT = "stacklift-vector-growth"
PEER = "performance-inefficient-vector-operation"


def tidy(plugin, checks, source, flags, profile=False):
    cmd = [TIDY, "--load=" + plugin, "--checks=-*," + checks, "--quiet"]
    if profile:
        cmd.append("--enable-check-profile")
    cmd += [source, "--"] + flags
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit("clang-tidy failed on %s:\n%s" % (source, done.stderr))
    return elapsed, done.stdout, done.stderr


def best(reps, *args):
    return min(tidy(*args)[0] for _ in range(reps))


def check_times(plugin, source, flags, reps):
    """Per-check wall time from --enable-check-profile, best of reps."""
    times = {}
    for _ in range(reps):
        _, _, err = tidy(plugin, STACKLIFT + "," + PEER, source, flags, profile=True)
        for line in err.splitlines():
            m = re.match(r"\s*(?:[\d.]+\s+\(\s*[\d.]+%\)\s+){3}([\d.]+)\s+\(\s*[\d.]+%\)\s+(\S+)$", line)
            if m and m.group(2) in (STACKLIFT, PEER):
                t = float(m.group(1))
                times[m.group(2)] = min(times.get(m.group(2), t), t)
    return times.get(STACKLIFT, 0.0), times.get(PEER, 0.0)


def findings(plugin, source, flags):
    _, out, _ = tidy(plugin, STACKLIFT, source, flags)
    return out.count("warning:")


def best_cmd(reps, cmd):
    times = []
    for _ in range(reps):
        start = time.perf_counter()
        done = subprocess.run(cmd, capture_output=True, text=True)
        times.append(time.perf_counter() - start)
        if done.returncode != 0:
            sys.exit("failed: %s\n%s" % (" ".join(cmd), done.stderr))
    return min(times)


def measure(plugin, name, source, flags, reps):
    tool = os.path.join(os.path.dirname(os.path.dirname(plugin)), "bin", "stacklift")
    syntax_only = best_cmd(reps, ["/usr/lib/llvm-22/bin/clang++", "-fsyntax-only", source] + flags)
    standalone = best_cmd(reps, [tool, "--checks=stacklift-vector-growth", source, "--"] + flags)
    base = best(reps, plugin, TRIVIAL, source, flags)
    with_check = best(reps, plugin, STACKLIFT, source, flags)
    ours, peer = check_times(plugin, source, flags, reps)
    return {
        "unit": name,
        "findings": findings(plugin, source, flags),
        "baseline_s": round(base, 4),
        "stacklift_s": round(with_check, 4),
        "overhead_pct": round(100.0 * (with_check - base) / base, 2),
        "check_s": round(ours, 4),
        "check_pct_of_baseline": round(100.0 * ours / base, 2),
        "peer_check_s": round(peer, 4),
        "syntax_only_s": round(syntax_only, 4),
        "standalone_s": round(standalone, 4),
        "standalone_overhead_pct": round(100.0 * (standalone - syntax_only) / syntax_only, 2),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", required=True)
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--json")
    args = ap.parse_args()
    plugin = os.path.join(os.path.abspath(args.build), "lib", "libStackliftTidyPlugin.so")

    units = []
    for src in sorted(glob.glob(os.path.join(ROOT, "examples", "src", "*.cpp"))):
        units.append(("examples/" + os.path.basename(src), src,
                      ["-std=c++17", "-I" + os.path.join(ROOT, "examples", "include")]))
    for src in sorted(glob.glob(os.path.join(ROOT, "test", "e2e", "programs", "*.cpp"))):
        units.append(("e2e/" + os.path.basename(src), src, ["-std=c++17"]))

    rows = [measure(plugin, n, s, f, args.reps) for n, s, f in units]
    scaling = []
    with tempfile.TemporaryDirectory() as tmp:
        for loops in (100, 1000, 10000):
            src = os.path.join(tmp, "stress%d.cpp" % loops)
            subprocess.run([sys.executable, os.path.join(os.path.dirname(__file__), "gen_stress.py"),
                            str(loops), src], check=True)
            row = measure(plugin, "stress %dx (%d loops)" % (loops // 100, loops), src,
                          ["-std=c++17"], max(1, args.reps if loops < 10000 else 2))
            row["loops"] = loops
            row["check_us_per_loop"] = round(1e6 * row["check_s"] / loops, 2)
            scaling.append(row)

    print("| unit | findings | parse-only baseline (s) | with stacklift (s) | overhead | stacklift check (s) | its share of baseline | %s (s) |" % PEER)
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows + scaling:
        print("| %s | %d | %.3f | %.3f | %+.1f%% | %.4f | %.2f%% | %.4f |" % (
            r["unit"], r["findings"], r["baseline_s"], r["stacklift_s"], r["overhead_pct"],
            r["check_s"], r["check_pct_of_baseline"], r["peer_check_s"]))
    print()
    print("| unit | clang++ -fsyntax-only (s) | standalone stacklift (s) | overhead |")
    print("|---|---:|---:|---:|")
    for r in rows + scaling:
        print("| %s | %.3f | %.3f | %+.1f%% |" % (r["unit"], r["syntax_only_s"], r["standalone_s"],
                                              r["standalone_overhead_pct"]))
    print()
    print("| stress unit | loops | stacklift check (s) | per loop (us) | %s (s) |" % PEER)
    print("|---|---:|---:|---:|---:|")
    for r in scaling:
        print("| %s | %d | %.4f | %.2f | %.4f |" % (r["unit"], r["loops"], r["check_s"],
                                                r["check_us_per_loop"], r["peer_check_s"]))
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"units": rows, "scaling": scaling}, f, indent=2)


if __name__ == "__main__":
    main()
