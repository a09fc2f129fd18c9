// Uses of a loop counter that only read it leave the count exact: a lambda
// that captures it by reference and only reads it (issue 14, item 2), a
// braced aggregate built from it (item 1). On the real standard libraries,
// C++17 and C++20; the fixed program is rebuilt with strict warnings and run.
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

static std::vector<int> readsCounter(int N) {
  std::vector<int> Out;
  for (int I = 0; I < N; ++I) {
    auto Twice = [&] { return I * 2; };
    Out.push_back(Twice());
  }
  // CHECK: :[[@LINE-2]]:5: warning: vector 'Out' grows with 'push_back' in a loop that runs 'N' times; consider calling 'reserve' before the loop [stacklift-vector-growth]
  // FIXED: if (0 < N) Out.reserve(static_cast<std::size_t>(N));
  return Out;
}

struct Cell {
  int X, Y;
};

static std::vector<Cell> aggregateOfCounter(int N) {
  std::vector<Cell> Out;
  for (int I = 0; I < N; ++I)
    Out.push_back(Cell{I, 1});
  // CHECK: :[[@LINE-1]]:5: warning: vector 'Out' grows with 'push_back' in a loop that runs 'N' times; consider calling 'reserve' before the loop [stacklift-vector-growth]
  // FIXED: if (0 < N) Out.reserve(static_cast<std::size_t>(N));
  return Out;
}

struct Wide {
  long X;
  double Y;
};

static std::vector<Wide> convertedAggregate(int N) {
  std::vector<Wide> Out;
  for (int I = 0; I < N; ++I)
    Out.push_back({I, 0.5});
  // CHECK: :[[@LINE-1]]:5: warning: vector 'Out' grows with 'push_back' in a loop that runs 'N' times; consider calling 'reserve' before the loop [stacklift-vector-growth]
  return Out;
}

// The lambda's body changes the counter: no count.
static std::vector<int> writesCounter(int N) {
  std::vector<int> Out;
  for (int I = 0; I < N; ++I) {
    auto Skip = [&] { ++I; };
    Out.push_back(I);
    if (I % 3 == 0)
      Skip();
  }
  return Out;
}

// Defined before the loop, called in it: its body still counts.
static std::vector<int> changedByEarlierLambda(int N) {
  std::vector<int> Out;
  int I = 0;
  auto Bump = [&] { I += 2; };
  for (I = 0; I < N; ++I) {
    Out.push_back(I);
    Bump();
  }
  return Out;
}

int main() {
  std::vector<int> A = readsCounter(5), B = writesCounter(10),
                   C = changedByEarlierLambda(10);
  std::vector<Cell> D = aggregateOfCounter(4);
  std::vector<Wide> E = convertedAggregate(3);
  std::printf("%zu %d %zu %zu %d %ld\n", A.size(), A[4], B.size(), C.size(),
              D[3].X, E[2].X);
  return 0;
}
