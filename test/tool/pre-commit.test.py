"""pre-commit.test: stacklift's .pre-commit-hooks.yaml, used by the real
pre-commit as a user adds it, in a scratch git repository.

usage: pre-commit.test.py <stacklift checkout> <bin dir> <work dir>"""

import json
import os
import shutil
import subprocess
import sys

src, bindir, work = sys.argv[1:4]
shutil.rmtree(work, ignore_errors=True)
env = dict(os.environ,
           PATH=bindir + os.pathsep + os.environ["PATH"],
           PRE_COMMIT_HOME=os.path.join(work, "cache"),
           GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@t",
           GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@t",
           GIT_CONFIG_GLOBAL=os.devnull, HOME=work)


def run(args, cwd, check=True):
    proc = subprocess.run(args, cwd=cwd, env=env, capture_output=True,
                          text=True)
    if check and proc.returncode != 0:
        sys.exit("%s failed (%d):\n%s%s" % (" ".join(args), proc.returncode,
                                            proc.stdout, proc.stderr))
    return proc


# The hook repository: this checkout's .pre-commit-hooks.yaml, committed.
hooks = os.path.join(work, "hooks")
os.makedirs(hooks)
shutil.copy(os.path.join(src, ".pre-commit-hooks.yaml"), hooks)
run(["git", "init", "-q"], hooks)
run(["git", "add", "."], hooks)
run(["git", "commit", "-qm", "hooks"], hooks)
rev = run(["git", "rev-parse", "HEAD"], hooks).stdout.strip()

# The user's project: the example, its compilation database, and the three
# lines of configuration docs/ci.md gives.
project = os.path.join(work, "project")
shutil.copytree(os.path.join(src, "examples"), project)
build = os.path.join(project, "build")
os.makedirs(build)
db = []
for name in ("main.cpp", "records.cpp", "report.cpp"):
    path = os.path.join(project, "src", name)
    db.append({"directory": project, "file": path,
               "arguments": ["clang++", "-std=c++17", "-I",
                             os.path.join(project, "include"), "-c", path]})
with open(os.path.join(build, "compile_commands.json"), "w") as f:
    json.dump(db, f)
with open(os.path.join(project, ".pre-commit-config.yaml"), "w") as f:
    f.write("repos:\n"
            "  - repo: %s\n"
            "    rev: %s\n"
            "    hooks: [{id: stacklift, args: [-p, build]}]\n" % (hooks, rev))
run(["git", "init", "-q"], project)
run(["git", "add", "."], project)
run(["git", "commit", "-qm", "start", "--no-verify"], project)
run(["pre-commit", "install"], project)

# A commit that touches main.cpp, which has a finding: refused, with it.
main = os.path.join(project, "src", "main.cpp")
with open(main, "a") as f:
    f.write("// touched\n")
run(["git", "add", "src/main.cpp"], project)
refused = run(["git", "commit", "-qm", "touch"], project, check=False)
print("refused: exit %d" % refused.returncode)
print(refused.stdout + refused.stderr)

# Fixed with the tool's own fix: the commit goes through.
run([os.path.join(bindir, "stacklift"), "-p", "build", "--fix-notes",
     "src/main.cpp"], project, check=False)
run(["git", "add", "src/main.cpp"], project)
accepted = run(["git", "commit", "-qm", "fixed"], project, check=False)
print("accepted: exit %d" % accepted.returncode)
print(accepted.stdout + accepted.stderr)
