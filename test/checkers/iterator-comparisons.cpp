// Iterator loops (rule I1) whatever the comparison is spelt as, on the real
// standard libraries: under C++20, `it != c.end()` is a rewritten
// `operator==` (CXXRewrittenBinaryOperator) and `it < v.end()` may be
// synthesised from `<=>`. Each configuration is checked, fixed, rebuilt with
// strict warnings and run; the output must not change.
//
// Its RUN lines cover libstdc++ and libc++ at C++17 and C++20 themselves:
// UNSUPPORTED: stdlib-real
//
// RUN: %check %s -- -std=c++17 | FileCheck %s --implicit-check-not="warning:"
// RUN: %check %s -- -std=c++20 | FileCheck %s --implicit-check-not="warning:"
// RUN: %if libcxx %{ %check %s -- -std=c++17 -stdlib=libc++ | FileCheck %s --implicit-check-not="warning:" %}
// RUN: %if libcxx %{ %check %s -- -std=c++20 -stdlib=libc++ | FileCheck %s --implicit-check-not="warning:" %}
//
// RUN: sed -e 's#// *\(CHECK\|FIXED\).*##' %s > %t.orig.cpp
// RUN: %clangxx -std=c++20 %strict-warnings %t.orig.cpp -o %t.orig && %t.orig > %t.orig.out
// RUN: cp %t.orig.cpp %t20.cpp && %check --fix %t20.cpp -- -std=c++20 > /dev/null 2>&1
// RUN: FileCheck --check-prefix=FIXED --input-file=%t20.cpp %s
// RUN: %clangxx -std=c++20 %strict-warnings %t20.cpp -o %t20 && %t20 > %t20.out && diff %t.orig.out %t20.out
// RUN: cp %t.orig.cpp %t17.cpp && %check --fix %t17.cpp -- -std=c++17 > /dev/null 2>&1
// RUN: diff %t20.cpp %t17.cpp
// RUN: %if libcxx %{ cp %t.orig.cpp %tcxx.cpp && %check --fix %tcxx.cpp -- -std=c++20 -stdlib=libc++ > /dev/null 2>&1 %}
// RUN: %if libcxx %{ diff %t20.cpp %tcxx.cpp %}
// RUN: %if libcxx %{ %clangxx -std=c++20 -stdlib=libc++ %strict-warnings %tcxx.cpp -o %tcxx && %tcxx > %tcxx.out && diff %t.orig.out %tcxx.out %}

#include <cstdio>
#include <list>
#include <map>
#include <set>
#include <vector>

static std::vector<int> notEqual(const std::vector<int> &Src) {
  std::vector<int> Out;
  for (auto It = Src.begin(); It != Src.end(); ++It)
    Out.push_back(*It * 2);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'Out' grows with 'push_back' in a loop that runs 'Src.size()' times; consider calling 'reserve' before the loop [stacklift-vector-growth]
  // FIXED: Out.reserve(Src.size());
  // FIXED-NEXT: for (auto It = Src.begin(); It != Src.end(); ++It)
  return Out;
}

static std::vector<int> reversedOperands(const std::list<int> &Src) {
  std::vector<int> Out;
  for (auto It = Src.cbegin(); Src.cend() != It; ++It)
    Out.push_back(*It + 1);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'Out' grows with 'push_back' in a loop that runs 'Src.size()' times
  // FIXED: Out.reserve(Src.size());
  return Out;
}

static std::vector<int> lessThan(const std::vector<int> &Src) {
  std::vector<int> Out;
  for (auto It = Src.begin(); It < Src.end(); ++It)
    Out.push_back(*It - 1);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'Out' grows with 'push_back' in a loop that runs 'Src.size()' times
  // FIXED: Out.reserve(Src.size());
  return Out;
}

static std::vector<int> greaterThan(const std::vector<int> &Src) {
  std::vector<int> Out;
  for (auto It = Src.begin(); Src.end() > It; ++It)
    Out.push_back(*It * 3);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'Out' grows with 'push_back' in a loop that runs 'Src.size()' times
  // FIXED: Out.reserve(Src.size());
  return Out;
}

static std::vector<int> mapValues(const std::map<int, int> &M) {
  std::vector<int> Out;
  for (auto It = M.begin(); It != M.end(); ++It)
    Out.push_back(It->second);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'Out' grows with 'push_back' in a loop that runs 'M.size()' times
  // FIXED: Out.reserve(M.size());
  return Out;
}

// Not counted: `It <= end` runs once too often (and dereferences end), and
// `It == end` not at all; neither is a loop from begin() to end().
static std::vector<int> notCounted(const std::vector<int> &Src,
                                   const std::set<int> &S) {
  std::vector<int> Out;
  for (auto It = Src.begin(); It <= Src.end() - 1; ++It)
    Out.push_back(*It);
  for (auto It = S.begin(); It == S.end(); ++It)
    Out.push_back(*It);
  return Out;
}

int main() {
  std::vector<int> V = {1, 2, 3, 4};
  std::list<int> L = {5, 6, 7};
  std::map<int, int> M = {{1, 10}, {2, 20}};
  std::set<int> S = {9};
  std::size_t Total = notEqual(V).size() + reversedOperands(L).size() +
                      lessThan(V).size() + greaterThan(V).size() +
                      mapValues(M).size() + notCounted(V, S).size();
  std::printf("%zu %d %d\n", Total, notEqual(V)[3], mapValues(M)[1]);
  return 0;
}
