#!/usr/bin/env python3
"""What stacklift costs: clang-tidy time with stacklift-vector-growth next to
a parse-only baseline and next to performance-inefficient-vector-operation,
on realistic units and on synthetic stress units at 1x, 10x and 100x.

usage: run_cost.py --build BUILD_DIR [--reps N] [--json OUT.json] [--instructions]

Prints Markdown tables. Every time is the best of --reps runs (default 5),
in seconds of wall-clock time. The baseline is the same clang-tidy run, with
the plugin loaded, and one trivial check (misc-unused-alias-decls, which
matches only namespace aliases): it measures parsing and building the AST.
With --instructions, callgrind also counts the instructions of the same
three runs, which do not vary from run to run as wall-clock times do.
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


def findings(plugin, source, flags, check=STACKLIFT):
    _, out, _ = tidy(plugin, check, source, flags)
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


def instructions(plugin, checks, source, flags):
    """Instructions executed by one clang-tidy run, counted by callgrind:
    deterministic, unlike wall-clock time on a shared machine."""
    with tempfile.NamedTemporaryFile(suffix=".callgrind") as out:
        cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out.name,
               TIDY, "--load=" + plugin, "--checks=-*," + checks, "--quiet",
               source, "--"] + flags
        done = subprocess.run(cmd, capture_output=True, text=True)
    m = re.search(r"Collected : (\d+)", done.stderr)
    if done.returncode != 0 or not m:
        sys.exit("callgrind failed on %s:\n%s" % (source, done.stderr))
    return int(m.group(1))


def count_instructions(plugin, name, source, flags):
    base = instructions(plugin, TRIVIAL, source, flags)
    ours = instructions(plugin, STACKLIFT, source, flags)
    peer = instructions(plugin, PEER, source, flags)
    return {
        "unit": name,
        "baseline_instr": base,
        "stacklift_instr": ours,
        "overhead_instr_pct": round(100.0 * (ours - base) / base, 3),
        "peer_instr": peer,
        "peer_overhead_instr_pct": round(100.0 * (peer - base) / base, 3),
    }


def measure(plugin, name, source, flags, reps):
    tool = os.path.join(os.path.dirname(os.path.dirname(plugin)), "bin", "stacklift")
    syntax_only = best_cmd(reps, ["/usr/lib/llvm-22/bin/clang++", "-fsyntax-only", source] + flags)
    standalone = best_cmd(reps, [tool, "--checks=stacklift-vector-growth", source, "--"] + flags)
    base = best(reps, plugin, TRIVIAL, source, flags)
    with_check = best(reps, plugin, STACKLIFT, source, flags)
    with_peer = best(reps, plugin, PEER, source, flags)
    ours, peer = check_times(plugin, source, flags, reps)
    return {
        "unit": name,
        "findings": findings(plugin, source, flags),
        "peer_findings": findings(plugin, source, flags, PEER),
        "baseline_s": round(base, 4),
        "stacklift_s": round(with_check, 4),
        "overhead_pct": round(100.0 * (with_check - base) / base, 2),
        "peer_s": round(with_peer, 4),
        "peer_overhead_pct": round(100.0 * (with_peer - base) / base, 2),
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
    ap.add_argument("--instructions", action="store_true",
                    help="also count instructions with callgrind (valgrind), "
                         "on the realistic units and the 1x stress unit")
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
    counted = []
    if args.instructions:
        counted = [count_instructions(plugin, n, s, f) for n, s, f in units]
    with tempfile.TemporaryDirectory() as tmp:
        for loops in (100, 1000, 10000):
            src = os.path.join(tmp, "stress%d.cpp" % loops)
            subprocess.run([sys.executable, os.path.join(os.path.dirname(__file__), "gen_stress.py"),
                            str(loops), src], check=True)
            name = "stress %dx (%d loops)" % (loops // 100, loops)
            row = measure(plugin, name, src, ["-std=c++17"],
                          max(1, args.reps if loops < 10000 else 2))
            row["loops"] = loops
            row["check_us_per_loop"] = round(1e6 * row["check_s"] / loops, 2)
            scaling.append(row)
            if args.instructions and loops == 100:
                counted.append(count_instructions(plugin, name, src, ["-std=c++17"]))

    print("| unit | findings (stacklift / peer) | parse-only baseline (s) | with stacklift (s) | overhead | with the peer (s) | peer's overhead | stacklift check (s) | peer check (s) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows + scaling:
        print("| %s | %d / %d | %.3f | %.3f | %+.1f%% | %.3f | %+.1f%% | %.4f | %.4f |" % (
            r["unit"], r["findings"], r["peer_findings"], r["baseline_s"], r["stacklift_s"],
            r["overhead_pct"], r["peer_s"], r["peer_overhead_pct"], r["check_s"],
            r["peer_check_s"]))
    print()
    print("The peer is %s; the check columns are --enable-check-profile's "
          "per-check times." % PEER)
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
    if counted:
        print()
        print("| unit | baseline (instructions) | with stacklift | overhead | with the peer | peer's overhead |")
        print("|---|---:|---:|---:|---:|---:|")
        for r in counted:
            print("| %s | %d | %d | %+.2f%% | %d | %+.2f%% |" % (
                r["unit"], r["baseline_instr"], r["stacklift_instr"],
                r["overhead_instr_pct"], r["peer_instr"], r["peer_overhead_instr_pct"]))
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"units": rows, "scaling": scaling, "instructions": counted},
                      f, indent=2)


if __name__ == "__main__":
    main()
