// A condition that adds a constant to the counter, `i + 1 < n` (issue 14,
// item 4): the side compared runs from the start plus that constant. On the
// real standard libraries; the fixed program is rebuilt with strict warnings
// and run, and must print the same.
//
// Its RUN lines cover libstdc++ and libc++ at C++17 and C++20 themselves:
// UNSUPPORTED: stdlib-real
//
// RUN: %check %s -- -std=c++17 | FileCheck %s --implicit-check-not="warning:"
// RUN: %check %s -- -std=c++20 | FileCheck %s --implicit-check-not="warning:"
// RUN: %if libcxx %{ %check %s -- -std=c++20 -stdlib=libc++ | FileCheck %s --implicit-check-not="warning:" %}
// RUN: sed -e 's#// *\(CHECK\|FIXED\).*##' %s > %t.orig.cpp
// RUN: %clangxx -std=c++17 %strict-warnings %t.orig.cpp -o %t.orig && %t.orig > %t.orig.out
// RUN: cp %t.orig.cpp %t.cpp && %check --fix %t.cpp -- -std=c++17 > /dev/null 2>&1
// RUN: FileCheck --check-prefix=FIXED --input-file=%t.cpp %s
// RUN: %clangxx -std=c++17 %strict-warnings %t.cpp -o %t.fixed && %t.fixed > %t.fixed.out
// RUN: diff %t.orig.out %t.fixed.out

#include <cstdio>
#include <vector>

static std::vector<int> pairs(const std::vector<int> &V) {
  std::vector<int> Out;
  for (std::size_t I = 0; I + 1 < V.size(); ++I)
    Out.push_back(V[I] + V[I + 1]);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'Out' grows with 'push_back' in a loop that runs 'V.size() - 1' times; consider calling 'reserve' before the loop [stacklift-vector-growth]
  // FIXED: if (1 < V.size()) Out.reserve(V.size() - 1);
  return Out;
}

static std::vector<int> windows(int N) {
  std::vector<int> Out;
  for (int I = 0; I + 3 <= N; ++I)
    Out.push_back(I);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'Out' grows with 'push_back' in a loop that runs 'N - 2' times
  // FIXED: if (3 <= N) Out.reserve(static_cast<std::size_t>(N - 2));
  return Out;
}

static std::vector<int> everyOtherPair(const std::vector<int> &V) {
  std::vector<int> Out;
  for (std::size_t I = 0; I + 1 < V.size(); I += 2)
    Out.push_back(V[I] * V[I + 1]);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'Out' grows with 'push_back' in a loop that runs 'V.size() / 2' times
  // FIXED: if (1 < V.size()) Out.reserve(V.size() / 2);
  return Out;
}

static std::vector<int> boundFirst(int N) {
  std::vector<int> Out;
  for (int I = 1; N > I + 1; ++I)
    Out.push_back(I);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'Out' grows with 'push_back' in a loop that runs 'N - 2' times
  return Out;
}

static std::vector<int> constantDown() {
  std::vector<int> Out;
  for (int I = 10; I - 1 > 0; --I)
    Out.push_back(I);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'Out' grows with 'push_back' in a loop that runs '9' times
  int Sum = 0;
  for (int X : Out)
    Sum += X;
  return {Sum};
}

// Not counted: a start that is not a constant, and an offset that is not.
static std::vector<int> notCounted(int M, int N, int K) {
  std::vector<int> Out;
  for (int I = M; I + 1 < N; ++I)
    Out.push_back(I);
  for (int I = 0; I + K < N; ++I)
    Out.push_back(I);
  return Out;
}

int main() {
  std::vector<int> V = {1, 2, 3, 4, 5};
  std::vector<int> Empty;
  std::printf("%zu %zu %zu %zu %zu %zu %zu %zu %d %zu\n", pairs(V).size(),
              pairs(Empty).size(), windows(5).size(), windows(1).size(),
              everyOtherPair(V).size(), everyOtherPair({1}).size(),
              boundFirst(6).size(), boundFirst(0).size(),
              constantDown().front(), notCounted(1, 4, 2).size());
  return 0;
}
