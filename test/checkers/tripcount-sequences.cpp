// Loops in a row that fill the same vector (rule S1, issue 14, item 9): one
// reserve of the sum before the first loop, and no finding for the others.
// Negative cases: the vector used between the loops, a bound changed by the
// first loop or between them (also through a reference that may alias it),
// a guarded count, constant counts (left to the type-changing remedies). On
// the real standard libraries; the fixed program is rebuilt with strict
// warnings and run, and must print the same.
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
// RUN: %if libcxx %{ %clangxx -std=c++20 -stdlib=libc++ %strict-warnings %t.cpp -o %t.fixedcxx && %t.fixedcxx > %t.fixedcxx.out && diff %t.orig.out %t.fixedcxx.out %}

#include <cstdio>
#include <string>
#include <vector>

static std::vector<std::string> both(const std::vector<std::string> &Sources,
                                     const std::vector<std::string> &Headers) {
  std::vector<std::string> Out;
  for (const std::string &S : Sources)
    Out.push_back(S + ".o");
  // CHECK: :[[@LINE-1]]:5: warning: vector 'Out' grows with 'push_back' by 'Sources.size() + Headers.size()' elements in the loop; consider calling 'reserve' before the loop [stacklift-vector-growth]
  // FIXED: Out.reserve(Sources.size() + Headers.size());
  // FIXED-NEXT: for (const std::string &S : Sources)
  for (const std::string &H : Headers)
    Out.push_back(H);
  return Out;
}

static std::vector<int> three(const std::vector<int> &In, unsigned N) {
  std::vector<int> Out;
  for (int X : In)
    Out.push_back(X);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'Out' grows with 'push_back' by 'In.size() + (2 * N) + 2' elements in the loop
  // FIXED: Out.reserve(In.size() + static_cast<std::size_t>(2 * N) + 2);
  int Sign = -1;
  for (unsigned I = 0; I < N; ++I) {
    Out.push_back(Sign * static_cast<int>(I));
    Out.push_back(0);
  }
  for (int X : {7, 8})
    Out.push_back(X);
  return Out;
}

// Not added up: the vector is used between the loops, the second range is
// changed between them or may be the one changed, the second count needs a
// guard, or both counts are constants.
static std::vector<int> usedBetween(const std::vector<int> &A,
                                    const std::vector<int> &B) {
  std::vector<int> Out;
  for (int X : A)
    Out.push_back(X);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'Out' grows with 'push_back' in a loop that runs 'A.size()' times
  // FIXED: Out.reserve(A.size() + 1);
  Out.push_back(-1);
  for (int X : B)
    Out.push_back(X);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'Out' grows with 'push_back' in a loop that runs 'B.size()' times
  // FIXED: Out.reserve(Out.size() + B.size());
  return Out;
}

static std::vector<int> changedBetween(const std::vector<int> &A,
                                       std::vector<int> &B) {
  std::vector<int> Out;
  for (int X : A)
    Out.push_back(X);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'Out' grows with 'push_back' in a loop that runs 'A.size()' times
  B.push_back(1);
  for (int X : B)
    Out.push_back(X);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'Out' grows with 'push_back' in a loop that runs 'B.size()' times
  return Out;
}

static std::vector<int> aliased(const std::vector<int> &A,
                                const std::vector<int> &B,
                                std::vector<int> &Sink) {
  std::vector<int> Out;
  for (int X : A) {
    Out.push_back(X);
    if (!Sink.empty())
      Sink.pop_back();
  }
  // CHECK: :[[@LINE-4]]:5: warning: vector 'Out' grows with 'push_back' in a loop that runs 'A.size()' times
  for (int X : B)
    Out.push_back(X);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'Out' grows with 'push_back' in a loop that runs 'B.size()' times
  return Out;
}

static std::vector<int> guarded(const std::vector<int> &A, int N) {
  std::vector<int> Out;
  for (int X : A)
    Out.push_back(X);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'Out' grows with 'push_back' in a loop that runs 'A.size()' times
  for (int I = 0; I < N; ++I)
    Out.push_back(I);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'Out' grows with 'push_back' in a loop that runs 'N' times
  return Out;
}

int main() {
  std::vector<std::string> Sources = {"a", "b"}, Headers = {"c"};
  std::vector<int> In = {1, 2, 3}, B = {4, 5};
  std::printf("%zu %zu\n", both(Sources, Headers).size(), three(In, 3).size());
  std::printf("%zu %zu %zu %zu %zu\n", usedBetween(In, B).size(),
              changedBetween(In, B).size(), aliased(In, B, B).size(),
              guarded(In, 2).size(), guarded(In, -1).size());
  return 0;
}
