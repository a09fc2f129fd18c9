#!/usr/bin/env python3
"""Times the escape analysis on synthetic translation units of growing size.

For each N, writes gen.py's unit and runs
  <stacklift> --explain --checks=-* <unit> -- -std=c++17 -nostdinc++ -isystem <mock>
(the escape analysis of every local vector, no check), and
  <stacklift> --explain <unit> -- ...
(the same plus the vector-growth check), best of 3 each. Also times
-fsyntax-only with clang++ as the parse baseline. Prints a table.
Usage: run.py [--escape-only] [build dir] [N ...]
(--escape-only skips the run with the check, for large N.)
"""
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import gen  # noqa: E402


def best_of(cmd, runs=3):
    best = None
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       check=False)
        took = time.perf_counter() - start
        best = took if best is None else min(best, took)
    return best


def main():
    argv = sys.argv[1:]
    escape_only = "--escape-only" in argv
    argv = [a for a in argv if a != "--escape-only"]
    build = argv[0] if argv else os.path.join(ROOT, "build")
    sizes = [int(a) for a in argv[1:]] or [100, 200, 400, 800, 1000]
    tool = os.path.join(build, "bin", "stacklift")
    mock = os.path.join(ROOT, "test", "Inputs", "mock")
    args = ["--", "-std=c++17", "-nostdinc++", "-isystem", mock]
    clang = "/usr/lib/llvm-22/bin/clang++"
    print("| N vectors | statements | parse only (s) | --explain, no check (s) "
          "| per vector (ms) | --explain + check (s) |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            unit = os.path.join(tmp, "unit%d.cpp" % n)
            text = gen.generate(n)
            with open(unit, "w") as f:
                f.write(text)
            stmts = text.count(";")
            parse = best_of([clang, "-fsyntax-only", "-std=c++17", "-nostdinc++",
                             "-isystem", mock, unit])
            explain = best_of([tool, "--explain", "--checks=-*", unit] + args)
            full = (float("nan") if escape_only else
                    best_of([tool, "--explain", unit] + args))
            print("| %d | %d | %.2f | %.2f | %.3f | %.2f |" %
                  (n, stmts, parse, explain, 1000 * (explain - parse) / n, full))
            sys.stdout.flush()


if __name__ == "__main__":
    main()
