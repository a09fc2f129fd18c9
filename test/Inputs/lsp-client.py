#!/usr/bin/env python3
"""A scripted LSP client for stacklift-lsp's protocol tests.

usage: lsp-client.py SCRIPT SOURCE -- SERVER [ARGS...]

Runs SERVER and plays SCRIPT, one step a line:
  {json}           send this message; @URI@ becomes SOURCE's file:// URI and
                   @TEXT@ SOURCE's text, as a JSON string
  =wait KEY        wait (30 s at most) for a message whose method is KEY, or
                   whose id is KEY (a number)
  =raw TEXT        send TEXT as a message body as it is (e.g. broken JSON)
  =noheader TEXT   send TEXT after a header without Content-Length
  =deep ID N       send request ID whose params nest N arrays deep
  =close           close the server's input and wait for it to end
Every message received is printed as `<<< ` and the JSON with sorted keys;
at the end, `exit code: N`. Lines starting with # and blank lines are skipped.
"""
import json
import os
import subprocess
import sys
import threading
import time


def main():
    script, source = sys.argv[1], sys.argv[2]
    server = sys.argv[sys.argv.index("--") + 1 :]
    uri = "file://" + os.path.abspath(source)
    text = open(source).read()
    proc = subprocess.Popen(server, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    received, lock = [], threading.Condition()

    def reader():
        out = proc.stdout
        while True:
            headers = {}
            while True:
                line = out.readline()
                if not line:
                    with lock:
                        received.append(None)
                        lock.notify_all()
                    return
                line = line.decode().strip()
                if not line:
                    break
                key, _, value = line.partition(":")
                headers[key.strip().lower()] = value.strip()
            body = out.read(int(headers["content-length"]))
            message = json.loads(body)
            print("<<< " + json.dumps(message, sort_keys=True), flush=True)
            with lock:
                received.append(message)
                lock.notify_all()

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()

    def send_body(body):
        data = body.encode()
        proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(data) + data)
        proc.stdin.flush()

    def matches(message, key):
        if message is None:
            return False
        if message.get("method") == key:
            return True
        return "id" in message and json.dumps(message["id"]) == key

    seen = 0
    for raw in open(script):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("=wait "):
            key = line.split(None, 1)[1]
            deadline = time.time() + 30
            with lock:
                while True:
                    hit = next(
                        (i for i in range(seen, len(received)) if matches(received[i], key)),
                        None,
                    )
                    if hit is not None:
                        seen = hit + 1
                        break
                    if None in received[seen:] or time.time() > deadline:
                        print("TIMEOUT waiting for " + key, flush=True)
                        proc.kill()
                        sys.exit(1)
                    lock.wait(0.1)
        elif line.startswith("=raw "):
            send_body(line[5:])
        elif line.startswith("=deep "):
            request_id, depth = line.split()[1:3]
            depth = int(depth)
            send_body(
                '{"jsonrpc": "2.0", "id": %s, "method": "textDocument/hover", '
                '"params": %s%s}' % (request_id, "[" * depth, "]" * depth)
            )
        elif line.startswith("=noheader "):
            proc.stdin.write(b"X-Other: 1\r\n\r\n" + line[10:].encode())
            proc.stdin.flush()
        elif line == "=close":
            proc.stdin.close()
            break
        else:
            body = line.replace("@URI@", uri).replace("@TEXT@", json.dumps(text))
            send_body(body)
    try:
        code = proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        code = "timeout"
    thread.join(timeout=5)
    print("exit code: %s" % code, flush=True)


if __name__ == "__main__":
    main()
