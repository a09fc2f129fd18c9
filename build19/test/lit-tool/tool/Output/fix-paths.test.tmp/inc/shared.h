#include <vector>
inline std::vector<int> twice(const std::vector<int> &in) {
  std::vector<int> out;
  out.reserve(in.size());
  for (int x : in)
    out.push_back(x * 2);
  std::vector<int> squares;
  squares.reserve(in.size());
  for (int x : in)
    squares.push_back(x * x);
  return out.size() > squares.size() ? out : squares;
}
