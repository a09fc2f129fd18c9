// A std::vector<int> grown with push_back to 1..7 elements, 5000 times.
// Recorded for HeapProfileTest (README.md in this folder).
#include <cstdio>
#include <vector>

__attribute__((noinline)) static int grow(int N) {
  std::vector<int> V;
  for (int I = 0; I < N; ++I)
    V.push_back(I * 3); // line 9: the growth site
  int Sum = 0;
  for (int X : V)
    Sum += X;
  return Sum;
}

int main() {
  long Total = 0;
  for (int I = 0; I < 5000; ++I)
    Total += grow(1 + I % 7);
  std::printf("%ld\n", Total);
  return 0;
}
