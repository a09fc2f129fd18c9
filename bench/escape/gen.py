#!/usr/bin/env python3
"""Writes a synthetic translation unit for the escape-analysis benchmark.

One function with N local vectors and about 10*N statements: each vector is
grown in a counted loop, aliased (reference, pointer into its elements,
iterator), passed to a visible helper, captured by a lambda that is called,
moved into the next vector's local, and every seventh one stored in a global.
Usage: gen.py N > out.cpp   (compile with the mock headers of test/Inputs).
"""
import sys


def generate(n):
    out = [
        "#include <utility>",
        "#include <vector>",
        "int *Sink;",
        "int helper(std::vector<int> &v) { return static_cast<int>(v.size()); }",
        "void opaque(const std::vector<int> &v);",
        "int big(int n) {",
        "  int total = 0;",
    ]
    for i in range(n):
        v = "v%d" % i
        out += [
            "  std::vector<int> %s;" % v,
            "  for (int k = 0; k < n; ++k)",
            "    %s.push_back(k);" % v,
            "  std::vector<int> &r%d = %s;" % (i, v),
            "  int *p%d = r%d.data();" % (i, i),
            "  auto it%d = %s.begin();" % (i, v),
            "  total += helper(%s) + *p%d + *it%d;" % (v, i, i),
            "  auto g%d = [&] { return static_cast<int>(%s.size()); };" % (i, v),
            "  total += g%d();" % i,
            "  opaque(%s);" % v,
        ]
        if i > 0:
            out.append("  std::vector<int> w%d = std::move(v%d);" % (i, i - 1))
        if i % 7 == 0:
            out.append("  Sink = p%d;" % i)
    out += ["  return total;", "}"]
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    sys.stdout.write(generate(int(sys.argv[1])))
