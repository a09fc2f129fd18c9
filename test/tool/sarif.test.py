"""Structural checks of stacklift's SARIF log (tool/sarif.test)."""
import json
import sys

log = json.load(open(sys.argv[1]))
assert log["version"] == "2.1.0", log
(run,) = log["runs"]
driver = run["tool"]["driver"]
assert driver["name"] == "stacklift" and driver["version"], driver
rules = {r["id"]: i for i, r in enumerate(driver["rules"])}
assert "stacklift-vector-growth" in rules, rules
for rule in driver["rules"]:
    assert rule["help"]["text"] and rule["shortDescription"]["text"], rule
(result,) = run["results"]
assert result["ruleIndex"] == rules[result["ruleId"]], result
assert result["level"] == "warning"
assert result["message"]["text"].startswith("vector 'out' grows with 'push_back'")
(loc,) = result["locations"]
phys = loc["physicalLocation"]
assert phys["artifactLocation"]["uri"].startswith("file:///"), phys
assert phys["artifactLocation"]["uri"].endswith("/grows.cpp"), phys
assert phys["region"] == {"startLine": 6, "startColumn": 5}, phys
notes = [r["message"]["text"] for r in result["relatedLocations"]]
assert notes == ["the loop runs 'in.size()' times", "'out' escapes: returned here"], notes
(fix,) = result["fixes"]
(change,) = fix["artifactChanges"]
(rep,) = change["replacements"]
assert rep["deletedRegion"] == {"byteOffset": 98, "byteLength": 0}, rep
assert rep["insertedContent"]["text"] == "  out.reserve(in.size());\n", rep
assert result["partialFingerprints"]["stackliftFingerprint/v1"]
