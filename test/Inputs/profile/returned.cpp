// Vectors grown in loops and returned (rule P8), 2000 calls each.
// Recorded for test/tool/profile-returned.test (README.md in this folder).
// digits() and names() get a finding; each of the others has a reason not to.
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

static const int *LastSeen;

// The decimal digits of N, least significant first: 1 to 4 of them.
__attribute__((noinline)) std::vector<int> digits(unsigned N) {
  std::vector<int> Out;
  if (N < 10) {
    Out.push_back(static_cast<int>(N));
    return Out;
  }
  while (N != 0) {
    Out.push_back(static_cast<int>(N % 10));
    N /= 10;
  }
  return (Out);
}

// The same, returned through std::move.
__attribute__((noinline)) std::vector<int> moved(unsigned N) {
  std::vector<int> Out;
  for (; N != 0; N /= 10)
    Out.push_back(static_cast<int>(N % 10));
  return std::move(Out);
}

// The same, with its storage kept in a global as well.
__attribute__((noinline)) std::vector<int> kept(unsigned N) {
  std::vector<int> Out;
  for (; N != 0; N /= 10)
    Out.push_back(static_cast<int>(N % 10));
  LastSeen = Out.data();
  return Out;
}

// Strings are not trivially copyable: they are moved into the result.
__attribute__((noinline)) std::vector<std::string> names(unsigned N) {
  std::vector<std::string> Out;
  for (; N != 0; N /= 10)
    Out.push_back(std::string(1, static_cast<char>('a' + N % 10)));
  return Out;
}

__attribute__((noinline)) static unsigned validate(const std::vector<int> &V) {
  return static_cast<unsigned>(V.size());
}

// Passed to a function that takes a std::vector: its type must stay.
__attribute__((noinline)) std::vector<int> checked(unsigned N) {
  std::vector<int> Out;
  for (; N != 0; N /= 10)
    Out.push_back(static_cast<int>(N % 10));
  if (validate(Out) > 4)
    return {};
  return Out;
}

// Up to 100 elements: more than an inline buffer holds.
__attribute__((noinline)) std::vector<int> multiples(unsigned N) {
  std::vector<int> Out;
  for (unsigned I = 0; I < N % 101; I += 1 + N % 2)
    Out.push_back(static_cast<int>(I * N));
  return Out;
}

int main() {
  unsigned long Sum = 0;
  for (unsigned I = 0; I < 2000; ++I) {
    unsigned N = I * 7919u % 10000;
    for (int D : digits(N))
      Sum = Sum * 31 + static_cast<unsigned>(D);
    Sum +=
        moved(N).size() + kept(N).size() + names(N).size() + checked(N).size();
    for (int M : multiples(N))
      Sum += static_cast<unsigned>(M);
  }
  std::printf("%lu %d\n", Sum, LastSeen != nullptr);
  return 0;
}
