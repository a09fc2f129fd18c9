"""Changes a file after stacklift analysed it and before --fix writes it,
deterministically: the file ends with `#include "pipe.h"`, and pipe.h is a
named pipe. Opening it for reading blocks the analysis until this script
opens it for writing; the script then changes the file (whose text the
compiler has already read whole) and closes the pipe, which the compiler
reads as an empty header. So the change lands strictly after the analysis
read the file and strictly before the fixes are written, with no timing to
win. Every later opening of the pipe gets an empty header too.

usage: fix-changed.test.py WORKDIR CHANGED_FILE -- STACKLIFT ARGS...
Prints stacklift's exit code and standard error.
"""
import errno
import os
import subprocess
import sys
import time

work, changed = sys.argv[1], sys.argv[2]
command = sys.argv[sys.argv.index("--") + 1 :]
pipe = os.path.join(work, "pipe.h")
os.mkfifo(pipe)
proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
edited = False
deadline = time.time() + 120
while proc.poll() is None and time.time() < deadline:
    try:
        # Succeeds only while the compiler waits in open() for a writer.
        fd = os.open(pipe, os.O_WRONLY | os.O_NONBLOCK)
    except OSError as e:
        if e.errno != errno.ENXIO:
            raise
        time.sleep(0.01)
        continue
    if not edited:
        with open(changed, "a") as f:
            f.write("// changed by someone else\n")
        edited = True
    os.close(fd)
if proc.poll() is None:
    proc.kill()
    print("timeout")
err = proc.communicate()[1].decode()
print("edited: %s" % edited)
print("exit code: %s" % proc.returncode)
sys.stdout.write(err)
