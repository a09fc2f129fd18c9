#!/usr/bin/env python3
"""Checks stacklift's own sources against the project's .clang-format and
.clang-tidy: every C++ file under include/, src/ and test/unit/.

  lint.py format --source ROOT --clang-format BIN
  lint.py tidy --source ROOT --build BUILD --clang-tidy BIN [-j N]

Exits 1 and lists what fails; 0 when everything passes."""

import argparse
import concurrent.futures
import json
import os
import subprocess
import sys

DIRS = ("include", "src", "test/unit")


def sources(root, suffixes):
    out = subprocess.run(["git", "-C", root, "ls-files", "--"] + list(DIRS),
                         capture_output=True, text=True)
    if out.returncode == 0 and out.stdout.strip():
        files = out.stdout.split()
    else:  # Not a git checkout: walk the directories.
        files = []
        for d in DIRS:
            for base, _, names in os.walk(os.path.join(root, d)):
                files += [os.path.relpath(os.path.join(base, n), root)
                          for n in names]
    return sorted(os.path.join(root, f) for f in files
                  if f.endswith(suffixes))


def check_format(args):
    files = sources(args.source, (".cpp", ".h"))
    proc = subprocess.run([args.clang_format, "--dry-run", "-Werror",
                           "--style=file"] + files,
                          capture_output=True, text=True, cwd=args.source)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        bad = sorted({line.split(":")[0] for line in proc.stderr.splitlines()
                      if ": error: " in line})
        print("%d files are not formatted as .clang-format says: %s" %
              (len(bad), ", ".join(os.path.relpath(b, args.source)
                                   for b in bad)))
        return 1
    print("%d files formatted as .clang-format says" % len(files))
    return 0


def check_tidy(args):
    with open(os.path.join(args.build, "compile_commands.json")) as f:
        in_db = {os.path.realpath(e["file"]) for e in json.load(f)}
    files = [f for f in sources(args.source, (".cpp",))
             if os.path.realpath(f) in in_db]
    if not files:
        print("no source of the project is in the compilation database")
        return 1

    def run(path):
        proc = subprocess.run([args.clang_tidy, "-p", args.build, "--quiet",
                               "--warnings-as-errors=*",
                               path], capture_output=True, text=True)
        return path, proc.returncode, proc.stdout

    failed = []
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for path, code, text in pool.map(run, files):
            if code != 0:
                failed.append(path)
                sys.stdout.write(text)
    if failed:
        print("%d of %d files fail .clang-tidy: %s" %
              (len(failed), len(files),
               ", ".join(os.path.relpath(f, args.source) for f in failed)))
        return 1
    print("%d files pass .clang-tidy" % len(files))
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("what", choices=("format", "tidy"))
    parser.add_argument("--source", required=True)
    parser.add_argument("--build")
    parser.add_argument("--clang-format")
    parser.add_argument("--clang-tidy")
    parser.add_argument("-j", "--jobs", type=int, default=2)
    args = parser.parse_args()
    return check_format(args) if args.what == "format" else check_tidy(args)


if __name__ == "__main__":
    sys.exit(main())
