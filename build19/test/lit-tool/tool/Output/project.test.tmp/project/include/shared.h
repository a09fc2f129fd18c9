// A header included by both translation units: its finding is reported once.
#pragma once
#include <vector>

inline std::vector<int> squares(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x * x);
  return out;
}
