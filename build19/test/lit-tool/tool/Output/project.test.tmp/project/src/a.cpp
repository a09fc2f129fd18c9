#include "shared.h"

int sumOfSquares(const std::vector<int> &in) {
  std::vector<int> sq = squares(in);
  int total = 0;
  for (int x : sq)
    total += x;
  return total;
}

int countPositive(const std::vector<int> &in) {
  std::vector<int> positive;
  for (std::size_t i = 0; i < in.size(); ++i)
    positive.push_back(in[i] > 0);
  int n = 0;
  for (int p : positive)
    n += p;
  return n;
}
