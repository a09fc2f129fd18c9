"""Checks that --format=json and --format=sarif write each finding as it
comes instead of holding every finding until the end.

usage: streaming.test.py order WORKDIR FORMAT STACKLIFT ARGS...
  b.cpp in WORKDIR includes "pipe.h", a named pipe: its analysis waits in
  open() until this script opens the pipe for writing. At that moment a.cpp
  (analysed first, -j 1) is done, so its finding must already be on
  standard output. Then the pipe is closed, and the finished document must
  hold both findings. No timing is involved: the script waits for the
  tool to reach the pipe.
usage: streaming.test.py memory WORKDIR STACKLIFT ARGS...
  Generates a file with 2,000 findings and compares the peak memory of the
  three formats: JSON and SARIF must not need much more than text (SARIF
  used to hold about 140 KB per finding: 280 MB more here).
"""
import errno
import json
import os
import resource
import subprocess
import sys
import time


def order(work, fmt, command):
    pipe = os.path.join(work, "pipe.h")
    os.mkfifo(pipe)
    out_path = os.path.join(work, "out." + fmt)
    with open(out_path, "wb") as out:
        proc = subprocess.Popen(command, stdout=out)
        early = None
        deadline = time.time() + 120
        while proc.poll() is None and time.time() < deadline:
            try:
                fd = os.open(pipe, os.O_WRONLY | os.O_NONBLOCK)
            except OSError as e:
                if e.errno != errno.ENXIO:
                    raise
                time.sleep(0.01)
                continue
            if early is None:
                early = open(out_path, "rb").read().decode()
            os.close(fd)
        proc.wait()
    text = open(out_path).read()
    doc = json.loads(text)
    if fmt == "json":
        files = [f["file"] for f in doc["findings"]]
    else:
        files = [
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in doc["runs"][0]["results"]
        ]
    print("exit code: %d" % proc.returncode)
    print("findings in: " + " ".join(os.path.basename(f) for f in files))
    print("a.cpp written before b.cpp was read: %s" % ("a.cpp" in (early or "")))
    print("b.cpp written before b.cpp was read: %s" % ("b.cpp" in (early or "")))


def peak_kb(command):
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    # ru_maxrss of the children is the largest of them so far: run the
    # formats from the one expected smallest.
    return max(before, after)


def memory(work, command):
    source = os.path.join(work, "many.cpp")
    with open(source, "w") as f:
        f.write("#include <vector>\n")
        for i in range(2000):
            f.write(
                "std::vector<int> f%d(const std::vector<int> &in) {\n"
                "  std::vector<int> out;\n  for (int x : in)\n"
                "    out.push_back(x + %d);\n  return out;\n}\n" % (i, i)
            )
    tool, args = command[0], command[1:]
    peaks = {}
    for fmt in ("text", "json", "sarif"):
        peaks[fmt] = peak_kb([tool, "--format=" + fmt, source] + args)
    extra = max(peaks["json"], peaks["sarif"]) - peaks["text"]
    print("peak KB: %r" % peaks)
    print("JSON and SARIF within 40 MB of text: %s" % (extra < 40 * 1024))


if sys.argv[1] == "order":
    order(sys.argv[2], sys.argv[3], sys.argv[4:])
else:
    memory(sys.argv[2], sys.argv[3:])
