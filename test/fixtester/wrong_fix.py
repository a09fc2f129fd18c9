#!/usr/bin/env python3
"""A stand-in for stacklift whose fixes are wrong on purpose.

    wrong_fix.py --fix|--fix-notes [options] FILE.cpp [-- compiler args]

selftest.py runs the fix tester with it to show that the tester notices a
fix that keeps the output but allocates more (--fix puts a reserve inside the
loop, which reallocates at every iteration) and one that changes the output
(--fix-notes appends one element too many).
"""

import re
import sys


def main(argv):
    mode = argv[0]
    source = next(a for a in argv[1:] if a.endswith(".cpp"))
    with open(source) as f:
        text = f.read()
    growth = r"(\n\s*)(v\.(?:push_back|emplace_back)\(.*\);)"
    if mode == "--fix":
        text = re.sub(growth, r"\1v.reserve(v.size() + 1);\1\2", text)
    else:
        text = re.sub(growth, r"\1\2\1\2", text, count=1)
    with open(source, "w") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
