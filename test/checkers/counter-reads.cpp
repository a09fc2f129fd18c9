// Uses of a loop counter that only read it leave the count exact: a lambda
// that captures it by reference and only reads it (issue 14, item 2), a
// braced aggregate built from it (item 1). On the real standard libraries,
// C++17 and C++20; the fixed program is rebuilt with strict warnings and run.
//
// Its RUN lines cover libstdc++ and libc++ at C++17 and C++20 themselves:
// UNSUPPORTED: stdlib-real
//
// RUN: %check %s -- -std=c++17 | FileCheck %s --implicit-check-not="warning:"
// RUN: %check %s -- -std=c++20 | FileCheck %s --implicit-check-not="warning:"
// RUN: %if libcxx %{ %check %s -- -std=c++17 -stdlib=libc++ | FileCheck %s --implicit-check-not="warning:" %}
// RUN: %if libcxx %{ %check %s -- -std=c++20 -stdlib=libc++ | FileCheck %s --implicit-check-not="warning:" %}
// RUN: sed -e 's#// *\(CHECK\|FIXED\).*##' %s > %t.orig.cpp
// RUN: %clangxx -std=c++17 %strict-warnings %t.orig.cpp -o %t.orig && %t.orig > %t.orig.out
// RUN: cp %t.orig.cpp %t.cpp && %check --fix %t.cpp -- -std=c++17 > /dev/null 2>&1
// RUN: FileCheck --check-prefix=FIXED --input-file=%t.cpp %s
// RUN: %clangxx -std=c++17 %strict-warnings %t.cpp -o %t.fixed && %t.fixed > %t.fixed.out
// RUN: diff %t.orig.out %t.fixed.out

#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
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

// Forwarded into the element the vector builds, or into std's makers: each
// copies the counter (issue 14, item 1).
struct ByValue {
  explicit ByValue(int V) : V(V) {}
  int V;
};

static std::size_t forwarded(int N) {
  std::vector<std::pair<int, double>> Pairs;
  for (int I = 0; I < N; ++I)
    Pairs.emplace_back(I, 0.5);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'Pairs' grows with 'emplace_back' in a loop that runs 'N' times
  std::vector<std::optional<int>> Maybe;
  for (int I = 0; I < N; ++I)
    Maybe.emplace_back(I);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'Maybe' grows with 'emplace_back' in a loop that runs 'N' times
  std::vector<ByValue> Values;
  for (int I = 0; I < N; ++I)
    Values.emplace_back(I);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'Values' grows with 'emplace_back' in a loop that runs 'N' times
  std::vector<std::string> Bars;
  for (std::size_t I = 0; I < static_cast<std::size_t>(N); ++I)
    Bars.emplace_back(I, '#');
  // CHECK: :[[@LINE-1]]:5: warning: vector 'Bars' grows with 'emplace_back' in a loop that runs 'static_cast<std::size_t>(N)' times
  std::vector<std::unique_ptr<ByValue>> Owned;
  for (int I = 0; I < N; ++I)
    Owned.push_back(std::make_unique<ByValue>(I));
  // CHECK: :[[@LINE-1]]:5: warning: vector 'Owned' grows with 'push_back' in a loop that runs 'N' times
  std::vector<std::pair<int, int>> Made;
  for (int I = 0; I < N; ++I)
    Made.push_back(std::make_pair(I, I));
  // CHECK: :[[@LINE-1]]:5: warning: vector 'Made' grows with 'push_back' in a loop that runs 'N' times
  return Pairs.size() + Maybe.size() + Values.size() + Bars.back().size() +
         static_cast<std::size_t>(Owned.back()->V + Made.back().second);
}

// A constructor that takes the counter by reference may change it; a
// reference_wrapper or a pair of references keeps it: no count.
struct Advances {
  explicit Advances(int &I) : V(I) { I += 0; }
  int V;
};

static std::size_t keptOrChanged(int N) {
  std::vector<Advances> A;
  for (int I = 0; I < N; ++I)
    A.emplace_back(I);
  std::vector<std::reference_wrapper<int>> R;
  for (int I = 0; I < N; ++I)
    R.emplace_back(I);
  std::vector<std::pair<int &, int>> P;
  for (int I = 0; I < N; ++I)
    P.emplace_back(I, 0);
  return A.size() + R.size() + P.size();
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
  std::printf("%zu %d %zu %zu %d %ld %zu %zu\n", A.size(), A[4], B.size(),
              C.size(), D[3].X, E[2].X, forwarded(4), keptOrChanged(3));
  return 0;
}
