#!/usr/bin/env python3
"""Merges the SARIF logs of several stacklift shards into one.

usage: merge-sarif.py OUTPUT INPUT...

The logs must come from the same stacklift version (`stacklift --shard i/N
--format=sarif`). The merged log has one run whose results are the union of
the inputs' results; a result that several shards report (a finding in a
header included from files in different shards) is kept once, by its
fingerprint and location. The output is written whole or not at all.
"""
import json
import os
import sys
import tempfile


def result_key(result):
    loc = result["locations"][0]["physicalLocation"]
    return (
        result["ruleId"],
        result.get("partialFingerprints", {}).get("stackliftFingerprint/v1"),
        loc["artifactLocation"]["uri"],
        loc["region"]["startLine"],
        loc["region"]["startColumn"],
    )


def main(argv):
    if len(argv) < 3:
        sys.stderr.write(__doc__)
        return 2
    output, inputs = argv[1], argv[2:]
    merged, seen = None, set()
    for path in inputs:
        try:
            with open(path) as f:
                log = json.load(f)
            (run,) = log["runs"]
            results = run["results"]
        except (OSError, ValueError, KeyError) as e:
            sys.stderr.write("error: %s is not a stacklift SARIF log: %s\n" % (path, e))
            return 2
        if merged is None:
            merged = log
            merged["runs"][0]["results"] = []
        elif run["tool"]["driver"].get("version") != merged["runs"][0]["tool"]["driver"].get("version"):
            sys.stderr.write("error: %s comes from another stacklift version\n" % path)
            return 2
        for result in results:
            key = result_key(result)
            if key not in seen:
                seen.add(key)
                merged["runs"][0]["results"].append(result)
    merged["runs"][0]["results"].sort(key=result_key)
    directory = os.path.dirname(os.path.abspath(output))
    with tempfile.NamedTemporaryFile("w", dir=directory, delete=False) as tmp:
        json.dump(merged, tmp, indent=2)
        tmp.write("\n")
    os.replace(tmp.name, output)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
