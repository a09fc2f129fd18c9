#include "shared.h"

int cubesTotal(int n) {
  std::vector<long> cubes;
  for (int i = 0; i < n; ++i)
    cubes.push_back(static_cast<long>(i) * i * i);
  long total = 0;
  for (long c : cubes)
    total += c;
  return static_cast<int>(total);
}
