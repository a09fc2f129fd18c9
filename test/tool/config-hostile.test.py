"""Every prefix of some configurations, given with --config and as a
.clang-tidy file: the tool exits 0 (the prefix parses) or 2 (it does not,
with an "invalid configuration" error), and never crashes.

usage: config-hostile.test.py STACKLIFT WORKDIR
"""
import os
import subprocess
import sys

CONFIGS = [
    'Checks: "-*,x"\nCheckOptions:\n  stacklift-vector-growth.MaxStackBytes: "8"\n',
    "{CheckOptions: [{key: 'k', value: \"v\"}], InheritParentConfig: true}",
    "a: &x [*x, {? b}, !!str c, |\n  d\n]",
]

stacklift, work = sys.argv[1], sys.argv[2]
os.makedirs(work, exist_ok=True)
source = os.path.join(work, "t.cpp")
with open(source, "w") as f:
    f.write("int main() { return 0; }\n")
failures = []
runs = 0
for config in CONFIGS:
    for end in range(len(config) + 1):
        text = config[:end]
        with open(os.path.join(work, ".clang-tidy"), "w") as f:
            f.write(text)
        for args in (["--config=" + text], []):
            if args and not text.strip():
                continue  # An empty --config means none: .clang-tidy is read.
            result = subprocess.run(
                [stacklift] + args + [source, "--"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
            runs += 1
            err = result.stderr.decode(errors="replace")
            ok = result.returncode == 0 or (
                result.returncode == 2 and err.startswith("error: invalid ")
            )
            if not ok:
                failures.append((args or [".clang-tidy"], text, result.returncode, err))
for args, text, code, err in failures[:5]:
    print("%s %r: exit %d\n%s" % (args[0][:9], text, code, err[:400]))
print("%d runs, %d failures" % (runs, len(failures)))
sys.exit(1 if failures else 0)
