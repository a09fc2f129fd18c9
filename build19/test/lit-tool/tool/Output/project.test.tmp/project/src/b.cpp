#include "shared.h"

std::vector<int> doubled(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.emplace_back(2 * x);
  return out;
}
