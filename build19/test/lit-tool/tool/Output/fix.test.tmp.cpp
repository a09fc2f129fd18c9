#include <vector>

std::vector<int> collect(const std::vector<int> &in) {
  std::vector<int> out;
  out.reserve(in.size());
  for (int x : in)
    out.push_back(x * 2);
  return out;
}
