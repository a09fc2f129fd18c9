// A vector grown by a helper inlined from a user header (collect.h).
// Recorded for HeapProfileTest (README.md in this folder).
#include "collect.h"
#include <cstdio>

__attribute__((noinline)) static long run(int N) {
  std::vector<long> Squares;
  appendSquares(Squares, N); // line 8: the helper's caller
  long Sum = 0;
  for (long S : Squares)
    Sum += S;
  return Sum;
}

int main() {
  long Total = 0;
  for (int I = 0; I < 300; ++I)
    Total += run(I % 20);
  std::printf("%ld\n", Total);
  return 0;
}
