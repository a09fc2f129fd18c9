// Two vectors grown at two lines, and a plain new[] at a third line that is
// not a container's growth. Built with -O0: no frame is inlined.
// Recorded for HeapProfileTest (README.md in this folder).
#include <cstdio>
#include <vector>

static long fill(int N) {
  std::vector<int> Small;
  std::vector<double> Large;
  for (int I = 0; I < N; ++I)
    Small.push_back(I); // line 11: the first site
  for (int I = 0; I < 3 * N; ++I)
    Large.emplace_back(I * 0.5); // line 13: the second site
  int *Raw = new int[N + 1]; // line 14: not a container
  Raw[N] = static_cast<int>(Small.size() + Large.size());
  long Result = Raw[N];
  delete[] Raw;
  return Result;
}

int main() {
  long Total = 0;
  for (int I = 1; I <= 100; ++I)
    Total += fill(I % 10 + 1);
  std::printf("%ld\n", Total);
  return 0;
}
