#!/usr/bin/env python3
"""The differential fix tester: stacklift's fixes must never change a program.

    fixtester.py --stacklift PATH [--clangxx PATH] [--seed S] [--count N]
                 [--configs LIST] [--matrix full|rotate] [--modes LIST] [-j N]
                 [--work DIR] [--cases LIST] [--disable LIST] [--force LIST]
                 [--no-reduce] [--reduce-limit N] [--time-limit SECONDS] [--show]

For each seed S, S+1, ..., S+N-1, gen.py writes a small C++ program (see its
docstring for the grammar). For each configuration of the matrix (libstdc++
and libc++, C++17 and C++20) the tester

  1. builds the program with -Wall -Wextra -Wconversion -Wsign-conversion
     -Wshadow -Werror, the library's bounds-checking mode, and the allocation
     counter of test/e2e/alloc_counter.cpp, and runs it on gen.INPUTS; a
     program that does not build or run cleanly is a bug of the generator and
     is reported as such;
  2. copies it twice and applies `stacklift --fix` to one copy and
     `stacklift --fix-notes` to the other, with the same compiler arguments;
  3. rebuilds each copy that changed with the same flags, reruns it and
     requires: stacklift exited with 0, the copy compiles (warning-free: the
     fix adds no warning), runs without a crash or a bounds-check failure,
     prints exactly the same output, and makes no more heap allocations.

Every failure is classified: its kind (tool-exit, fixed-build, fixed-run,
output-differs, more-allocations, generator-build, generator-run) and, for
builds, its first error with numbers and template arguments taken out. The first
failure of each class is reduced: the program is regenerated from the same
seed with fewer cases and more of the generator's decisions at their simplest
(gen.Chooser), for as long as the same class of failure persists in the same
configuration and mode. The minimal program, the fix's diff and a command
that regenerates it (--seed, --cases, --disable) are printed. --force writes
a program of a chosen shape; --show prints programs instead of testing them.

The exit code is 0 when every program passed, 1 when any failed, 2 on a usage
error or a missing tool.
"""

import argparse
import concurrent.futures
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # no __pycache__ in the source tree
import gen  # noqa: E402

ALLOC_COUNTER = os.path.join(HERE, os.pardir, "e2e", "alloc_counter.cpp")
DEFAULT_CLANGXX = "/usr/lib/llvm-22/bin/clang++"

WARNINGS = ["-Wall", "-Wextra", "-Wconversion", "-Wsign-conversion", "-Wshadow", "-Werror"]
LIBSTDCXX_CHECKS = "-D_GLIBCXX_ASSERTIONS"
LIBCXX_CHECKS = "-D_LIBCPP_HARDENING_MODE=_LIBCPP_HARDENING_MODE_EXTENSIVE"
CONFIGS = {
    "libstdc++-c++17": ["-std=c++17", LIBSTDCXX_CHECKS],
    "libstdc++-c++20": ["-std=c++20", LIBSTDCXX_CHECKS],
    "libc++-c++17": ["-stdlib=libc++", "-std=c++17", LIBCXX_CHECKS],
    "libc++-c++20": ["-stdlib=libc++", "-std=c++20", LIBCXX_CHECKS],
}
MODES = ["fix", "fix-notes"]

ALLOCATIONS = re.compile(r"^allocations: (\d+)$", re.M)
COMPILE_TIMEOUT = 300
RUN_TIMEOUT = 30
TOOL_TIMEOUT = 300


class Fatal(Exception):
    """A tool is missing or does not work: nothing can be tested."""


class Failure:
    """One failed check: where (seed, configuration, mode) and what."""

    def __init__(self, kind, signature, detail, config, mode=None):
        self.kind = kind
        self.signature = signature
        self.detail = detail
        self.config = config
        self.mode = mode
        self.seed = None
        self.cases = None
        self.disabled = frozenset()
        self.program = None
        self.fixed = None

    def cls(self):
        return "%s: %s" % (self.kind, self.signature)

    def where(self):
        return "seed %d, %s, %s" % (self.seed, self.config, "--" + self.mode if self.mode else "original")


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.programs = 0
        self.builds = 0
        self.tool_runs = 0
        self.changed = {m: 0 for m in MODES}
        self.notes_differ = 0

    def add(self, **counts):
        with self.lock:
            for name, n in counts.items():
                if name in MODES:
                    self.changed[name] += n
                else:
                    setattr(self, name, getattr(self, name) + n)


def run(cmd, timeout, **kwargs):
    """(exit code or None on a timeout, stdout, stderr)."""
    try:
        proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              universal_newlines=True, errors="replace",
                              timeout=timeout, **kwargs)
        return proc.returncode, proc.stdout, proc.stderr
    except subprocess.TimeoutExpired as e:
        def text(b):
            return b.decode(errors="replace") if isinstance(b, bytes) else (b or "")
        return None, text(e.stdout), text(e.stderr)


def signature(message):
    """A diagnostic without what varies between programs of one class: numbers
    and template arguments."""
    message = re.sub(r"\d+", "N", message)
    while True:
        shorter = re.sub(r"<[^<>']*>", "\x00", message)
        if shorter == message:
            return message.replace("\x00", "<...>").strip()
        message = shorter


def first_diagnostic(stderr):
    """The first error of a build, without its location, for classifying."""
    for line in stderr.splitlines():
        m = re.search(r"\berror: (.*)$", line)
        if m:
            return signature(m.group(1))
    lines = [l for l in stderr.splitlines() if l.strip()]
    return lines[-1].strip() if lines else "no diagnostic"


def tail(text, n=30):
    return "\n".join(text.rstrip("\n").split("\n")[-n:])


class Tester:
    def __init__(self, args):
        self.args = args
        self.stats = Stats()
        self.objects = {}
        self.objects_lock = threading.Lock()

    # -- tools ------------------------------------------------------------------
    def wait_for_tool(self):
        """The stacklift binary is rebuilt from time to time: wait for it."""
        deadline = time.time() + self.args.tool_wait
        while not os.access(self.args.stacklift, os.X_OK):
            if time.time() > deadline:
                raise Fatal("%s is missing (waited %d s)"
                                 % (self.args.stacklift, self.args.tool_wait))
            time.sleep(5)

    def alloc_object(self, config):
        """alloc_counter.cpp compiled once per configuration."""
        with self.objects_lock:
            if config in self.objects:
                return self.objects[config]
            obj = os.path.join(self.args.cache, "alloc_counter.%s.o" % config)
            cmd = [self.args.clangxx] + CONFIGS[config] + [self.args.opt, "-c", ALLOC_COUNTER,
                                                           "-o", obj]
            code, _, err = run(cmd, COMPILE_TIMEOUT)
            if code != 0:
                raise Fatal("cannot build the allocation counter:\n  %s\n%s"
                                 % (" ".join(cmd), tail(err)))
            self.objects[config] = obj
            return obj

    def pch(self, config):
        """gen.PRELUDE, the headers every program includes first, precompiled
        once per configuration (None with --no-pch)."""
        if self.args.no_pch:
            return None
        with self.objects_lock:
            key = "pch:" + config
            if key in self.objects:
                return self.objects[key]
            header = os.path.join(self.args.cache, "prelude.%s.h" % config)
            with open(header, "w") as f:
                f.write(gen.PRELUDE)
            pch = header + ".pch"
            cmd = ([self.args.clangxx] + CONFIGS[config] + WARNINGS +
                   [self.args.opt, "-x", "c++-header", header, "-o", pch])
            code, _, err = run(cmd, COMPILE_TIMEOUT)
            if code != 0:
                raise Fatal("cannot precompile the prelude:\n  %s\n%s"
                                 % (" ".join(cmd), tail(err)))
            self.objects[key] = pch
            return pch

    def build(self, source, exe, config):
        pch = self.pch(config)
        cmd = ([self.args.clangxx] + CONFIGS[config] + WARNINGS + [self.args.opt] +
               (["-include-pch", pch] if pch else []) +
               [source, self.alloc_object(config), "-o", exe])
        code, _, err = run(cmd, COMPILE_TIMEOUT)
        self.stats.add(builds=1)
        if code is None:
            return "timed out:\n  " + " ".join(cmd), "build timed out"
        if code != 0:
            return "%s\n%s" % (" ".join(cmd), tail(err)), first_diagnostic(err)
        return None, None

    def execute(self, exe, work):
        """(output, allocations, None) or (None, None, (signature, detail))."""
        log = os.path.join(work, "allocations.log")
        if os.path.exists(log):
            os.remove(log)
        env = dict(os.environ, STACKLIFT_ALLOC_LOG=log)
        code, out, err = run([exe] + gen.INPUTS, RUN_TIMEOUT, env=env)
        if code is None:
            return None, None, ("timed out", "timed out after %d s" % RUN_TIMEOUT)
        if code != 0:
            what = "signal %d" % -code if code < 0 else "exit code %d" % code
            return None, None, (what, "%s\n%s" % (what, tail(err)))
        try:
            with open(log) as f:
                m = ALLOCATIONS.search(f.read())
        except OSError:
            m = None
        if not m:
            return None, None, ("no allocation count", "no allocation count")
        return out, int(m.group(1)), None

    def stacklift(self, mode, source, config):
        cmd = [self.args.stacklift, "--" + mode, "--use-color=false", source, "--"] + CONFIGS[config]
        for attempt in range(3):
            self.wait_for_tool()
            try:
                stamp = os.stat(self.args.stacklift).st_mtime
            except OSError:
                continue
            code, out, err = run(cmd, TOOL_TIMEOUT)
            self.stats.add(tool_runs=1)
            try:
                rebuilt = os.stat(self.args.stacklift).st_mtime != stamp
            except OSError:
                rebuilt = True
            # A binary replaced under a run can fail in any way: try again.
            if code in (126, 127) or (code != 0 and rebuilt):
                time.sleep(5)
                continue
            return code, out, err, cmd
        return code, out, err, cmd

    # -- one program --------------------------------------------------------------
    def check(self, seed, cases=None, disabled=frozenset(), configs=None, modes=None,
              work=None):
        """Checks program `seed`; returns its failures."""
        configs = configs or self.args.configs
        modes = modes or self.args.modes
        program = gen.generate(seed, cases, disabled, self.args.force)
        self.stats.add(programs=1)
        own = work is None
        work = work or tempfile.mkdtemp(prefix="seed%d-" % seed, dir=self.args.cache)
        failures = []
        try:
            for config in configs:
                failures += self.check_config(program, config, modes,
                                              os.path.join(work, config))
        finally:
            if own:
                shutil.rmtree(work, ignore_errors=True)
        for f in failures:
            f.seed = seed
            f.cases = program.cases
            f.disabled = frozenset(disabled)
            f.program = f.program or program.text
        return failures

    def check_config(self, program, config, modes, work):
        os.makedirs(work, exist_ok=True)
        original = os.path.join(work, "original.cpp")
        with open(original, "w") as f:
            f.write(program.text)
        exe = os.path.join(work, "original")
        detail, sig = self.build(original, exe, config)
        if detail:
            return [Failure("generator-build", sig, detail, config)]
        out0, alloc0, problem = self.execute(exe, work)
        if problem:
            return [Failure("generator-run", problem[0], problem[1], config)]

        failures = []
        verdicts = {}  # fixed text -> failures, to build each distinct text once
        texts = {}
        for mode in modes:
            source = os.path.join(work, mode + ".cpp")
            shutil.copyfile(original, source)
            code, out, err, cmd = self.stacklift(mode, source, config)
            if code != 0:
                what = "timed out" if code is None else (
                    "signal %d" % -code if code < 0 else "exit code %d" % code)
                failures.append(Failure("tool-exit", what, "%s: %s\n%s" % (
                    " ".join(cmd), what, tail(err or out)), config, mode))
                continue
            with open(source, errors="surrogateescape") as f:
                fixed = f.read()
            if fixed == program.text:
                continue
            self.stats.add(**{mode: 1})
            texts[mode] = fixed
            if fixed not in verdicts:
                verdicts[fixed] = self.check_fixed(source, config, work, mode, out0, alloc0)
            for f in verdicts[fixed]:
                copy = Failure(f.kind, f.signature, f.detail, config, mode)
                copy.fixed = fixed
                failures.append(copy)
        if "fix-notes" in texts and texts["fix-notes"] != texts.get("fix", program.text):
            self.stats.add(notes_differ=1)
        return failures

    def check_fixed(self, source, config, work, mode, out0, alloc0):
        exe = os.path.join(work, mode)
        detail, sig = self.build(source, exe, config)
        if detail:
            return [Failure("fixed-build", sig, detail, config, mode)]
        out1, alloc1, problem = self.execute(exe, work)
        if problem:
            return [Failure("fixed-run", problem[0], problem[1], config, mode)]
        failures = []
        if out1 != out0:
            diff = "".join(difflib.unified_diff(out0.splitlines(True), out1.splitlines(True),
                                                "output before the fix", "output after the fix",
                                                n=0))
            failures.append(Failure("output-differs", "output differs", diff, config, mode))
        if alloc1 > alloc0:
            failures.append(Failure("more-allocations", "more allocations",
                                    "allocations: %d before, %d after" % (alloc0, alloc1),
                                    config, mode))
        return failures

    # -- reduction ----------------------------------------------------------------
    def reproduces(self, failure, cases, disabled):
        modes = [failure.mode] if failure.mode else self.args.modes
        found = self.check(failure.seed, cases, disabled, [failure.config], modes)
        for f in found:
            if f.cls() == failure.cls():
                return f
        return None

    def reduce(self, failure):
        """The smallest program of the same seed that fails the same way."""
        cases = list(failure.cases)
        disabled = set(failure.disabled)
        best = self.reproduces(failure, cases, frozenset(disabled))
        if not best:
            return None  # flaky, or the tool changed since
        # Fewer cases: one alone, else one fewer at a time.
        if len(cases) > 1:
            for c in cases:
                found = self.reproduces(failure, [c], frozenset(disabled))
                if found:
                    cases, best = [c], found
                    break
            else:
                i = 0
                while i < len(cases) and len(cases) > 1:
                    trial = cases[:i] + cases[i + 1:]
                    found = self.reproduces(failure, trial, frozenset(disabled))
                    if found:
                        cases, best = trial, found
                    else:
                        i += 1
        # Simpler decisions, one at a time, until no decision the program
        # still uses can be simplified without losing the failure.
        changed = True
        while changed:
            changed = False
            program = gen.generate(failure.seed, cases, frozenset(disabled), self.args.force)
            for key in program.used:
                if key in disabled:
                    continue
                found = self.reproduces(failure, cases, frozenset(disabled | {key}))
                if found:
                    disabled.add(key)
                    best = found
                    changed = True
        return best

    # -- reporting ----------------------------------------------------------------
    def report(self, failure, reduced, attempted, out):
        p = out.write
        p("=" * 78 + "\n")
        p("FAIL %s\n" % failure.cls())
        p("  found at: %s\n" % failure.where())
        p("  reproduce: %s\n" % self.command(failure.seed, None, frozenset(), failure.config))
        if reduced is None:
            if attempted:
                p("  not reproduced when rerun (flaky, or stacklift was rebuilt meanwhile)\n")
            p(failure.detail.rstrip("\n") + "\n")
            return
        p("  minimal: %s\n" % self.command(reduced.seed, reduced.cases, reduced.disabled,
                                           reduced.config))
        p("--- details\n%s\n" % reduced.detail.rstrip("\n"))
        p("--- minimal program\n%s" % reduced.program)
        if reduced.fixed is not None:
            diff = difflib.unified_diff(reduced.program.splitlines(True),
                                        reduced.fixed.splitlines(True),
                                        "original.cpp", "after --%s" % reduced.mode)
            p("--- the fix\n%s" % "".join(diff))

    def command(self, seed, cases, disabled, config):
        cmd = ["fixtester.py", "--seed", str(seed), "--count", "1", "--configs", config]
        if cases is not None:
            cmd += ["--cases", ",".join(str(c) for c in cases)]
        if disabled:
            cmd += ["--disable=" + ",".join(sorted(disabled))]
        if self.args.force:
            cmd += ["--force=" + ",".join("%s=%s" % kv for kv in sorted(self.args.force.items()))]
        return " ".join(cmd)


def parse_list(text, allowed, what):
    items = [t for t in text.split(",") if t]
    for t in items:
        if t not in allowed:
            print("error: unknown %s %r; choose from %s" % (what, t, ", ".join(allowed)),
                  file=sys.stderr)
            sys.exit(2)
    return items


def parse_args(argv):
    parser = argparse.ArgumentParser(
        description="Generate C++ programs, apply stacklift's fixes, and check that the "
        "fixed programs compile warning-free, behave the same and allocate no more.")
    parser.add_argument("--stacklift", required=True, help="the stacklift binary")
    parser.add_argument("--clangxx", default=DEFAULT_CLANGXX, help="clang++ 22")
    parser.add_argument("--seed", type=int, default=1, help="the first seed (default 1)")
    parser.add_argument("--count", type=int, default=20, help="how many programs (default 20)")
    parser.add_argument("--configs", default="all",
                        help="comma-separated subset of %s, or 'all'" % ", ".join(CONFIGS))
    parser.add_argument("--matrix", choices=["full", "rotate"], default="full",
                        help="every program in every configuration (full, the default), "
                        "or program i in configuration i mod the number of configurations")
    parser.add_argument("--modes", default=",".join(MODES), help="fix, fix-notes or both")
    parser.add_argument("-j", "--jobs", type=int, default=1, help="programs in parallel")
    parser.add_argument("--work", help="keep the failing programs here (default: a temporary "
                        "directory, removed)")
    parser.add_argument("--cases", help="only these cases of the seed (comma-separated)")
    parser.add_argument("--disable", default="",
                        help="generator decisions at their simplest (case:name,...)")
    parser.add_argument("--force", default="",
                        help="generator decisions at a given option (case:name=option,...), "
                        "to write a program of a given shape")
    parser.add_argument("--no-reduce", action="store_true", help="do not reduce failures")
    parser.add_argument("--reduce-limit", type=int, default=20,
                        help="reduce at most this many failure classes (default 20)")
    parser.add_argument("--opt", default="-O0", help="optimisation flag (default -O0)")
    parser.add_argument("--no-pch", action="store_true",
                        help="do not precompile the headers every program includes")
    parser.add_argument("--tool-wait", type=int, default=600,
                        help="while the stacklift binary is missing (being rebuilt), wait this "
                        "many seconds for it (default 600)")
    parser.add_argument("--time-limit", type=int, default=0,
                        help="start no program after this many seconds (0: no limit)")
    parser.add_argument("--show", action="store_true",
                        help="print the program(s) instead of testing them")
    args = parser.parse_args(argv)
    args.configs = list(CONFIGS) if args.configs == "all" else parse_list(
        args.configs, list(CONFIGS), "configuration")
    args.modes = parse_list(args.modes, MODES, "mode")
    args.cases = [int(c) for c in args.cases.split(",")] if args.cases else None
    args.disable = frozenset(d for d in args.disable.split(",") if d)
    try:
        args.force = dict(f.split("=", 1) for f in args.force.split(",") if f)
    except ValueError:
        parser.error("--force wants case:name=option,...")
    if args.jobs < 1:
        parser.error("-j wants a positive number")
    return args


def main(argv):
    args = parse_args(argv)
    seeds = range(args.seed, args.seed + args.count)
    if args.show:
        for seed in seeds:
            sys.stdout.write(gen.generate(seed, args.cases, args.disable, args.force).text)
        return 0
    if not os.access(args.clangxx, os.X_OK):
        print("error: %s not found" % args.clangxx, file=sys.stderr)
        return 2
    if not os.access(os.path.join(HERE, os.pardir, "e2e", "alloc_counter.cpp"), os.R_OK):
        print("error: %s not found" % ALLOC_COUNTER, file=sys.stderr)
        return 2
    args.cache = tempfile.mkdtemp(prefix="fixtester-")
    tester = Tester(args)
    start = time.time()
    failures = []
    lock = threading.Lock()
    done = [0]
    last = [args.seed - 1]

    def one(seed):
        if args.time_limit and time.time() - start > args.time_limit:
            return
        configs = None
        if args.matrix == "rotate":
            configs = [args.configs[(seed - args.seed) % len(args.configs)]]
        found = tester.check(seed, args.cases, args.disable, configs)
        with lock:
            done[0] += 1
            last[0] = max(last[0], seed)
            for f in found:
                print("FAIL %s: %s" % (f.where(), f.cls()), flush=True)
            if done[0] % 50 == 0:
                print("... %d of %d programs, %d failures, %.0f s"
                      % (done[0], len(seeds), len(failures) + len(found), time.time() - start),
                      flush=True)
            failures.extend(found)

    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
            for future in [pool.submit(one, s) for s in seeds]:
                future.result()
        tested = time.time() - start
        s = tester.stats
        counts = (s.programs, s.builds, s.tool_runs, dict(s.changed), s.notes_differ)

        # One reduction per class, first seed first.
        failures.sort(key=lambda f: (f.seed, f.config, f.mode or ""))
        classes = {}
        for f in failures:
            classes.setdefault(f.cls(), []).append(f)
        reduced = 0
        for cls, members in classes.items():
            first = members[0]
            result = None
            attempted = not args.no_reduce and reduced < args.reduce_limit
            if attempted:
                reduced += 1
                result = tester.reduce(first)
            tester.report(first, result, attempted, sys.stdout)
            if args.work:
                os.makedirs(args.work, exist_ok=True)
                path = os.path.join(args.work, "seed%d-%s-%s.cpp" % (
                    first.seed, first.config, first.mode or "original"))
                with open(path, "w") as f:
                    f.write((result or first).program)

        programs, builds, tool_runs, changed, notes_differ = counts
        print("=" * 78)
        print("programs: %d (seeds %d..%d%s), configurations: %s%s, modes: %s"
              % (done[0], args.seed, last[0],
                 "" if done[0] == len(seeds) else "; stopped by --time-limit",
                 ",".join(args.configs), " (rotated)" if args.matrix == "rotate" else "",
                 ",".join(args.modes)))
        print("changed by the fix: %s (program x configuration); --fix-notes "
              "differs from --fix: %d" % (", ".join("--%s %d" % (m, changed[m])
                                                   for m in args.modes), notes_differ))
        print("builds: %d, stacklift runs: %d, time: %.0f s testing, %.0f s in all"
              % (builds, tool_runs, tested, time.time() - start))
        print("failures: %d in %d classes" % (len(failures), len(classes)))
        for cls, members in classes.items():
            where = sorted({"%s/%s" % (f.config, f.mode or "original") for f in members})
            print("  %4d  %s  (first seed %d; %s)"
                  % (len(members), cls, members[0].seed, ", ".join(where)))
    except Fatal as e:
        print("error: %s" % e, file=sys.stderr)
        return 2
    finally:
        shutil.rmtree(args.cache, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
