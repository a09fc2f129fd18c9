#!/usr/bin/env python3
"""End-to-end proof that stacklift's fixes keep behaviour and cut allocations.

    run_e2e.py --stacklift PATH --clangxx PATH --work DIR PROGRAM.cpp
               [--config YAML] [--json-out FILE] [--heaptrack PATH]
               [-- extra compiler args]

Copies PROGRAM.cpp into DIR, builds it with alloc_counter.cpp (beside this
script) and runs it; applies `stacklift --fix-notes` to the copy in place;
builds and runs it again; then prints

    findings: <warnings stacklift printed>
    output: identical
    allocations before: N
    allocations after: M
    allocations: fell

and exits 0. With --heaptrack, a third build of the original (with -g and
without the allocation counter, whose own frames would stand between the
allocations and the program) runs under heaptrack first, and stacklift reads
that recording with --profile; stacklift's findings are then also written
as JSON to stacklift.json, and the recording is kept as profile.zst.
Exits 1 when the output changed (after a diff) or the
allocations did not fall, and 2 when a build, a run or stacklift fails. The
extra compiler arguments go to both builds and to stacklift. DIR keeps
everything for a post-mortem: PROGRAM.orig.cpp, the fixed PROGRAM.cpp,
fix.diff, stacklift.txt and both executables.
"""

import argparse
import difflib
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ALLOC_COUNTER = os.path.join(HERE, "alloc_counter.cpp")
# "file:line:col: warning: ..." as clang prints it.
WARNING = re.compile(r"^.+:\d+:\d+: warning: ")
ALLOCATIONS = re.compile(r"^allocations: (\d+)$", re.M)
TIMEOUT = 600  # seconds, for any one step


class Failure(Exception):
    """A step that could not be completed; the message says which and why."""


def run(cmd, what, **kwargs):
    try:
        return subprocess.run(
            cmd,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            universal_newlines=True,
            timeout=TIMEOUT,
            **kwargs
        )
    except FileNotFoundError:
        raise Failure("%s: cannot run %s: not found" % (what, cmd[0]))
    except PermissionError:
        raise Failure("%s: cannot run %s: permission denied" % (what, cmd[0]))
    except subprocess.TimeoutExpired:
        raise Failure("%s: timed out after %d s" % (what, TIMEOUT))


def tail(text, lines=40):
    return "\n".join(text.rstrip("\n").split("\n")[-lines:])


def build(args, source, exe, stage):
    cmd = [args.clangxx, "-std=c++17", "-O1"] + args.extra + [source, ALLOC_COUNTER, "-o", exe]
    proc = run(cmd, "building %s (%s)" % (os.path.basename(source), stage))
    if proc.returncode != 0:
        raise Failure(
            "building the program %s failed (exit code %d):\n  %s\n%s"
            % (stage, proc.returncode, " ".join(cmd), tail(proc.stderr))
        )


def execute(exe, log, stage):
    """Runs the program; returns (stdout, allocation count)."""
    if os.path.exists(log):
        os.remove(log)
    env = dict(os.environ, STACKLIFT_ALLOC_LOG=log)
    proc = run([exe], "running the program %s" % stage, env=env)
    if proc.returncode != 0:
        raise Failure(
            "the program %s exited with %d:\n%s" % (stage, proc.returncode, tail(proc.stderr))
        )
    try:
        with open(log) as f:
            match = ALLOCATIONS.search(f.read())
    except OSError as e:
        raise Failure("the program %s wrote no allocation count: %s" % (stage, e))
    if not match:
        raise Failure("the program %s wrote no allocation count to %s" % (stage, log))
    return proc.stdout, int(match.group(1))


def record_profile(args, original, work):
    """Builds the original for profiling, runs it under heaptrack; returns
    the recording's path."""
    exe = os.path.join(work, "profiled")
    cmd = [args.clangxx, "-std=c++17", "-O1", "-g"] + args.extra + [original, "-o", exe]
    proc = run(cmd, "building the program for profiling")
    if proc.returncode != 0:
        raise Failure("building the program for profiling failed:\n%s" % tail(proc.stderr))
    prefix = os.path.join(work, "profile")
    proc = run([args.heaptrack, "-o", prefix, exe], "recording a heap profile")
    recording = prefix + ".zst"
    if proc.returncode != 0 or not os.path.isfile(recording):
        raise Failure(
            "heaptrack exited with %d and wrote no %s:\n%s"
            % (proc.returncode, recording, tail(proc.stdout + proc.stderr))
        )
    return recording


def apply_stacklift(args, source, work, profile=None):
    cmd = [args.stacklift, "--fix-notes", "--use-color=false"]
    if args.config is not None:
        cmd.append("--config=" + args.config)
    if profile:
        cmd.append("--profile=" + profile)
        # The findings as JSON too, before the fixes change the file.
        json_cmd = [c for c in cmd if c != "--fix-notes"] + ["--format=json"]
        json_cmd += [source, "--", "-std=c++17"] + args.extra
        proc = run(json_cmd, "running stacklift for JSON")
        with open(os.path.join(work, "stacklift.json"), "w") as f:
            f.write(proc.stdout)
    cmd += [source, "--", "-std=c++17"] + args.extra
    proc = run(cmd, "running stacklift")
    with open(os.path.join(work, "stacklift.txt"), "w") as f:
        f.write("$ " + " ".join(cmd) + "\n" + proc.stdout + proc.stderr)
    if proc.returncode != 0:
        raise Failure(
            "stacklift exited with %d:\n  %s\n%s"
            % (proc.returncode, " ".join(cmd), tail(proc.stderr or proc.stdout))
        )
    return sum(1 for line in proc.stdout.splitlines() if WARNING.match(line))


def parse_args(argv):
    extra = []
    if "--" in argv:
        cut = argv.index("--")
        argv, extra = argv[:cut], argv[cut + 1 :]
    parser = argparse.ArgumentParser(
        description="Apply stacklift's fixes to a program and compare its "
        "output and heap allocations before and after."
    )
    parser.add_argument("--stacklift", required=True, help="the stacklift tool")
    parser.add_argument("--clangxx", required=True, help="the C++ compiler")
    parser.add_argument("--work", required=True, help="a directory for the copies and builds")
    parser.add_argument("--config", help="clang-tidy configuration YAML for stacklift")
    parser.add_argument("--json-out", help="append {program, findings, before, after} here")
    parser.add_argument("--heaptrack", help="record a heap profile with this heaptrack for --profile")
    parser.add_argument("program", help="the C++17 program, one file")
    args = parser.parse_args(argv)
    args.extra = extra
    return args


def main(argv):
    args = parse_args(argv)
    name = os.path.splitext(os.path.basename(args.program))[0]
    try:
        if not os.path.isfile(args.program):
            raise Failure("no such program: %s" % args.program)
        os.makedirs(args.work, exist_ok=True)
        work = os.path.abspath(args.work)
        source = os.path.join(work, name + ".cpp")
        original = os.path.join(work, name + ".orig.cpp")
        log = os.path.join(work, "allocations.log")
        shutil.copyfile(args.program, source)
        shutil.copyfile(args.program, original)

        build(args, source, os.path.join(work, name + ".before"), "before the fixes")
        out_before, before = execute(os.path.join(work, name + ".before"), log, "before the fixes")

        # Recorded from the copy stacklift analyses, so the paths match.
        profile = record_profile(args, source, work) if args.heaptrack else None
        findings = apply_stacklift(args, source, work, profile)
        with open(original) as f:
            old_text = f.readlines()
        with open(source) as f:
            new_text = f.readlines()
        with open(os.path.join(work, "fix.diff"), "w") as f:
            f.writelines(difflib.unified_diff(old_text, new_text, original, source))

        build(args, source, os.path.join(work, name + ".after"), "after the fixes")
        out_after, after = execute(os.path.join(work, name + ".after"), log, "after the fixes")
    except Failure as e:
        print("error: %s: %s" % (name, e), file=sys.stderr)
        return 2

    print("findings: %d" % findings)
    if out_before != out_after:
        print("output: DIFFERENT")
        sys.stdout.writelines(
            difflib.unified_diff(
                out_before.splitlines(True),
                out_after.splitlines(True),
                "output before the fixes",
                "output after the fixes",
            )
        )
        return 1
    print("output: identical")
    print("allocations before: %d" % before)
    print("allocations after: %d" % after)
    fell = after < before
    print("allocations: fell" if fell else "allocations: did not fall")

    if args.json_out:
        with open(args.json_out, "a") as f:
            record = {"program": name, "findings": findings, "before": before, "after": after}
            f.write(json.dumps(record, sort_keys=True) + "\n")
    return 0 if fell else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
