#!/usr/bin/env python3
"""Writes a synthetic stress translation unit for stacklift's cost benchmark.

usage: gen_stress.py LOOPS OUTPUT.cpp

The unit has LOOPS candidate loops spread over LOOPS / 10 functions, in the
shapes stacklift analyses: counted loops, range-for loops, conditional
growth, nested loops, vectors that escape and vectors that do not, plus the
ordinary code around them, and includes the heavy standard headers.
"""
import sys

HEADER = """#include <algorithm>
#include <map>
#include <numeric>
#include <string>
#include <unordered_map>
#include <vector>

struct Record {
  int Id;
  double Value;
  std::string Name;
};
"""

SHAPES = [
    # counted loop, does not escape
    """  std::vector<double> a{k};
  for (std::size_t i = 0; i < in.size(); ++i)
    a{k}.push_back(in[i].Value * {k});
  total += std::accumulate(a{k}.begin(), a{k}.end(), 0.0);
""",
    # range-for over a map, result kept
    """  std::vector<int> b{k};
  for (const auto &entry : index)
    b{k}.push_back(entry.second + {k});
  keep.insert(keep.end(), b{k}.begin(), b{k}.end());
""",
    # conditional growth: only an upper bound
    """  std::vector<const Record *> c{k};
  for (const Record &r : in)
    if (r.Id % {m} == 0)
      c{k}.push_back(&r);
  total += c{k}.size();
""",
    # constant bound, small
    """  std::vector<int> d{k};
  for (int j = 0; j < 4; ++j)
    d{k}.push_back(j * {k});
  total += d{k}[3];
""",
    # strings built with emplace_back
    """  std::vector<std::string> e{k};
  for (const Record &r : in)
    e{k}.emplace_back(r.Name);
  std::sort(e{k}.begin(), e{k}.end());
  total += e{k}.size();
""",
    # nested loops over the same vector
    """  std::vector<int> f{k};
  for (std::size_t i = 0; i < 3; ++i)
    for (std::size_t j = 0; j < in.size(); ++j)
      f{k}.push_back(static_cast<int>(i + j));
  total += f{k}.size();
""",
    # while loop
    """  std::vector<int> g{k};
  std::size_t w{k} = 0;
  while (w{k} < in.size()) {{
    g{k}.push_back(in[w{k}].Id);
    ++w{k};
  }}
  total += g{k}.size();
""",
    # already reserved: the check must stay silent
    """  std::vector<int> h{k};
  h{k}.reserve(in.size());
  for (const Record &r : in)
    h{k}.push_back(r.Id);
  total += h{k}.back();
""",
    # plain code without vectors
    """  int x{k} = 0;
  for (const Record &r : in)
    x{k} += r.Id ^ {k};
  total += x{k};
""",
    # the vector escapes into the result
    """  std::vector<int> z{k};
  for (const Record &r : in)
    z{k}.push_back(r.Id * {k});
  result.swap(z{k});
""",
]


def main():
    loops, out = int(sys.argv[1]), sys.argv[2]
    lines = [HEADER]
    functions = max(1, loops // len(SHAPES))
    for f in range(functions):
        lines.append(
            "double work%d(const std::vector<Record> &in,\n"
            "              const std::map<std::string, int> &index,\n"
            "              std::vector<int> &keep, std::vector<int> &result) {\n"
            "  double total = 0;\n" % f
        )
        for k, shape in enumerate(SHAPES):
            lines.append(shape.format(k=k, m=k + 2))
        lines.append("  return total;\n}\n\n")
    open(out, "w").write("".join(lines))


if __name__ == "__main__":
    main()
