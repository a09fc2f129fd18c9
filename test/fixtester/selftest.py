#!/usr/bin/env python3
"""Shows that the fix tester catches wrong fixes (see wrong_fix.py).

    selftest.py [--clangxx PATH]

Runs fixtester.py on two programs with wrong_fix.py in place of stacklift and
requires exit code 1 with both a more-allocations failure (from --fix) and an
output-differs failure (from --fix-notes). Exits 0 when it does, 1 otherwise.
"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main(argv):
    cmd = [sys.executable, os.path.join(HERE, "fixtester.py"),
           "--stacklift", os.path.join(HERE, "wrong_fix.py"),
           "--seed", "1", "--count", "2", "--configs", "libstdc++-c++17",
           "--no-reduce"] + argv
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          universal_newlines=True)
    sys.stdout.write(proc.stdout)
    wanted = ["more-allocations", "output-differs"]
    missing = [w for w in wanted if "FAIL %s" % w not in proc.stdout]
    if proc.returncode != 1 or missing:
        print("selftest: FAILED: exit code %d (wanted 1), missing classes: %s"
              % (proc.returncode, ", ".join(missing) or "none"))
        return 1
    print("selftest: the wrong fixes were caught")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
