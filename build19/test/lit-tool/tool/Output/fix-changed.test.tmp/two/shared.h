#include <vector>
inline std::vector<int> twice(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x * 2);
  return out;
}
// changed by someone else
