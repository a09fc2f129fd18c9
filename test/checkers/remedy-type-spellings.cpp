// A vector whose type, or its iterators' type, is spelled or relied on
// elsewhere keeps its type (issue 14, item 8): before, --fix-notes turned it
// into a static_vector and the program no longer compiled. Each case is
// checked on libstdc++ and libc++, C++17 and C++20; the fixed file is
// compiled with strict warnings and run, and its output must not change.
//
// RUN: %check %s --config="{CheckOptions: {stacklift-vector-growth.FixedCapacityType: 'boost::container::static_vector', stacklift-vector-growth.FixedCapacityHeader: '<boost/container/static_vector.hpp>'}}" -- -std=c++17 | FileCheck %s --implicit-check-not="warning:"
// RUN: %check %s --config="{CheckOptions: {stacklift-vector-growth.FixedCapacityType: 'boost::container::static_vector', stacklift-vector-growth.FixedCapacityHeader: '<boost/container/static_vector.hpp>'}}" -- -std=c++20 | FileCheck %s --implicit-check-not="warning:"
// RUN: %if libcxx %{ %check %s --config="{CheckOptions: {stacklift-vector-growth.FixedCapacityType: 'boost::container::static_vector', stacklift-vector-growth.FixedCapacityHeader: '<boost/container/static_vector.hpp>'}}" -- -std=c++17 -stdlib=libc++ | FileCheck %s --implicit-check-not="warning:" %}
// RUN: %if libcxx %{ %check %s --config="{CheckOptions: {stacklift-vector-growth.FixedCapacityType: 'boost::container::static_vector', stacklift-vector-growth.FixedCapacityHeader: '<boost/container/static_vector.hpp>'}}" -- -std=c++20 -stdlib=libc++ | FileCheck %s --implicit-check-not="warning:" %}
//
// RUN: sed -e 's#// *\(CHECK\|FIXED\).*##' %s > %t.orig.cpp
// RUN: %clangxx -std=c++20 %strict-warnings %t.orig.cpp -o %t.orig && %t.orig > %t.orig.out
// RUN: cp %t.orig.cpp %t20.cpp && %check --fix-notes %t20.cpp --config="{CheckOptions: {stacklift-vector-growth.FixedCapacityType: 'boost::container::static_vector', stacklift-vector-growth.FixedCapacityHeader: '<boost/container/static_vector.hpp>'}}" -- -std=c++20 > /dev/null 2>&1
// RUN: FileCheck --check-prefix=FIXED --input-file=%t20.cpp %s
// RUN: %clangxx -std=c++20 %strict-warnings %t20.cpp -o %t20 && %t20 > %t20.out && diff %t.orig.out %t20.out
// RUN: cp %t.orig.cpp %t17.cpp && %check --fix-notes %t17.cpp --config="{CheckOptions: {stacklift-vector-growth.FixedCapacityType: 'boost::container::static_vector', stacklift-vector-growth.FixedCapacityHeader: '<boost/container/static_vector.hpp>'}}" -- -std=c++17 > /dev/null 2>&1
// RUN: diff %t20.cpp %t17.cpp
// RUN: %clangxx -std=c++17 %strict-warnings %t17.cpp -o %t17 && %t17 > %t17.out && diff %t.orig.out %t17.out
// RUN: %if libcxx %{ cp %t.orig.cpp %tcxx.cpp && %check --fix-notes %tcxx.cpp --config="{CheckOptions: {stacklift-vector-growth.FixedCapacityType: 'boost::container::static_vector', stacklift-vector-growth.FixedCapacityHeader: '<boost/container/static_vector.hpp>'}}" -- -std=c++20 -stdlib=libc++ > /dev/null 2>&1 %}
// RUN: %if libcxx %{ diff %t20.cpp %tcxx.cpp %}
// RUN: %if libcxx %{ %clangxx -std=c++20 -stdlib=libc++ %strict-warnings %tcxx.cpp -o %tcxx && %tcxx > %tcxx.out && diff %t.orig.out %tcxx.out %}

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <utility>
#include <vector>

using GlobalIterator = std::vector<int>::const_iterator;

static int takesIterator(std::vector<int>::iterator It) { return *It; }
template <class T> static int countOf(const std::vector<T> &V) {
  return static_cast<int>(V.size());
}

// Kept: the iterator type is deduced, the other types do not change.
static int sizeType() {
  std::vector<int> V;
  for (int X : {4, 3, 2, 1})
    V.push_back(X);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'V' grows with 'push_back' to at most 4 elements and never leaves its function; consider a fixed-capacity container on the stack [stacklift-vector-growth]
  // FIXED: boost::container::static_vector<int, 4> V;
  std::vector<int>::size_type N = V.size();
  std::vector<int>::value_type First = V.front();
  std::vector<int>::const_reference Last = V.back();
  std::vector<int>::difference_type Gap = V.end() - V.begin();
  return static_cast<int>(N) + First + Last + static_cast<int>(Gap);
}

static int algorithms() {
  std::vector<int> V;
  for (int X : {4, 3, 2, 1})
    V.push_back(X * 3);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'V' grows with 'push_back' to at most 4 elements
  // FIXED: boost::container::static_vector<int, 4> V;
  std::sort(V.begin(), V.end());
  auto It = std::find(V.begin(), V.end(), 9);
  ++It;
  return std::accumulate(V.begin(), V.end(), 0) + *It +
         static_cast<int>(std::distance(V.begin(), It));
}

static int otherVectorIterated(const std::vector<int> &Src) {
  std::vector<int> V;
  for (int X : {1, 2})
    V.push_back(X);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'V' grows with 'push_back' to at most 2 elements
  // FIXED: boost::container::static_vector<int, 2> V;
  int Total = V.front();
  for (auto It = Src.begin(); It != Src.end(); ++It)
    Total += *It;
  return Total;
}

// Refused: a written type names the iterator type.
static int constIterator() {
  std::vector<int> V;
  for (int X : {1, 2, 3, 4})
    V.push_back(X);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'V' grows with 'push_back' in a loop that runs '4' times; consider calling 'reserve' before the loop
  // CHECK: :[[@LINE+4]]:8: note: 'V' could live on the stack, but it is used through the type 'std::vector<int>::const_iterator' here
  // FIXED: V.reserve(4);
  // FIXED: std::vector<int> V;
  int Sum = 0;
  for (std::vector<int>::const_iterator It = V.begin(); It != V.end(); ++It)
    Sum += *It;
  return Sum;
}

static int iteratorTypedef() {
  std::vector<int> V;
  for (int X : {1, 2, 3, 4})
    V.push_back(X * 2);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'V' grows with 'push_back' in a loop that runs '4' times
  // CHECK: :[[@LINE+1]]:3: note: 'V' could live on the stack, but it is used through the type 'std::vector<int>::iterator' here
  typedef std::vector<int>::iterator Iter;
  Iter It = V.begin();
  return *It;
}

static int aliasOutside() {
  std::vector<int> V;
  for (int X : {1, 2, 3, 4})
    V.push_back(X * 5);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'V' grows with 'push_back' in a loop that runs '4' times
  // CHECK: :[[@LINE+1]]:3: note: 'V' could live on the stack, but it is used through the type 'GlobalIterator' here
  GlobalIterator It = V.cbegin();
  return *It;
}

static int pairOfIterators() {
  std::vector<int> V;
  for (int X : {1, 2, 3, 4})
    V.push_back(X * 7);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'V' grows with 'push_back' in a loop that runs '4' times
  // CHECK: :[[@LINE+1]]:3: note: 'V' could live on the stack, but it is used through the type 'std::pair<std::vector<int>::iterator, int>' here
  std::pair<std::vector<int>::iterator, int> P(V.begin(), 1);
  return *P.first + P.second;
}

static int passedOn() {
  std::vector<int> V;
  for (int X : {1, 2, 3, 4})
    V.push_back(X * 11);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'V' grows with 'push_back' in a loop that runs '4' times
  // CHECK: :[[@LINE+1]]:10: note: 'V' could live on the stack, but it is used through an iterator passed to 'takesIterator' here
  return takesIterator(V.begin() + 1);
}

static int iteratorMember() {
  std::vector<int> V;
  for (int X : {1, 2, 3, 4})
    V.push_back(X * 13);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'V' grows with 'push_back' in a loop that runs '4' times
  // CHECK: :[[@LINE+1]]:12: note: 'V' could live on the stack, but it is used through its iterator's member 'base' here
  return *(V.begin().base());
}

static int mixed(bool Flag) {
  std::vector<int> V;
  std::vector<int> Other(3, 8);
  for (int X : {1, 2, 3, 4})
    V.push_back(X * 17);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'V' grows with 'push_back' in a loop that runs '4' times
  // CHECK: :[[@LINE+3]]:10: note: 'V' could live on the stack, but it is mixed with iterators of another container of the same type here
  auto It = V.begin();
  if (Flag)
    It = Other.begin();
  return *It;
}

// Refused: the vector's own type is named or deduced.
static int declTypeOf() {
  std::vector<int> V;
  for (int X : {1, 2, 3, 4})
    V.push_back(X * 19);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'V' grows with 'push_back' in a loop that runs '4' times
  // CHECK: :[[@LINE+1]]:12: note: 'V' could live on the stack, but it is used where its type is spelled or deduced here
  decltype(V) W;
  W.push_back(V.front());
  return countOf(W);
}

static int aliasOfDeclType() {
  std::vector<int> V;
  for (int X : {1, 2, 3, 4})
    V.push_back(X * 23);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'V' grows with 'push_back' in a loop that runs '4' times
  // CHECK: :[[@LINE+1]]:25: note: 'V' could live on the stack, but it is used where its type is spelled or deduced here
  using Same = decltype(V);
  Same W;
  W.push_back(V.back());
  return countOf(W);
}

static int deducedFromVector() {
  std::vector<int> V;
  for (int X : {1, 2, 3, 4})
    V.push_back(X * 29);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'V' grows with 'push_back' in a loop that runs '4' times
  // CHECK: :[[@LINE+1]]:10: note: 'V' could live on the stack, but it is passed to 'countOf' here
  return countOf(V);
}

// Kept: a lambda that captures the vector by reference and is called here,
// a local pointer of deduced type used only for members every type has.
static int lambdaByReference() {
  std::vector<int> V;
  for (int X : {2, 4, 6})
    V.push_back(X);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'V' grows with 'push_back' to at most 3 elements
  // FIXED: boost::container::static_vector<int, 3> V;
  auto Sum = [&] {
    int S = 0;
    for (int X : V)
      S += X;
    return S + V.back();
  };
  return Sum();
}

static int localPointer() {
  std::vector<int> V;
  for (int X : {3, 5, 7})
    V.push_back(X);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'V' grows with 'push_back' to at most 3 elements
  // FIXED: boost::container::static_vector<int, 3> V;
  auto *P = &V;
  return static_cast<int>(P->size()) + P->front() + *P->begin();
}

// Refused: the lambda's parameter, or the pointer's type, is written.
static int lambdaParameter() {
  std::vector<int> V;
  for (int X : {1, 2, 3})
    V.push_back(X * 31);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'V' grows with 'push_back' in a loop that runs '3' times
  // CHECK: :[[@LINE+2]]:10: note: 'V' could live on the stack, but it is used with 'operator()' here
  auto Size = [](const std::vector<int> &W) { return static_cast<int>(W.size()); };
  return Size(V);
}

static int writtenPointer() {
  std::vector<int> V;
  for (int X : {1, 2, 3})
    V.push_back(X * 37);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'V' grows with 'push_back' in a loop that runs '3' times
  // CHECK: :[[@LINE+1]]:25: note: 'V' could live on the stack, but it is used in a way that needs its type here
  std::vector<int> *P = &V;
  return P->back();
}

static int pointerDereferenced() {
  std::vector<int> V;
  for (int X : {1, 2, 3})
    V.push_back(X * 41);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'V' grows with 'push_back' in a loop that runs '3' times
  // CHECK: :[[@LINE+1]]:13: note: 'V' could live on the stack, but it is used in a way that needs its type here
  auto *P = &V;
  return countOf(*P);
}

// Two local vectors of the same type compared with each other both become
// the same static_vector, of the larger bound: one note changes both
// declarations, on the finding of the vector that grows first; the other
// finding names the type and where the fix-it is.
static int compared() {
  std::vector<int> A;
  // FIXED: boost::container::static_vector<int, 4> A;
  std::vector<int> B;
  // FIXED: boost::container::static_vector<int, 4> B;
  for (int X : {1, 2, 3})
    A.push_back(X);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'A' grows with 'push_back' to at most 4 elements and never leaves its function; consider a fixed-capacity container on the stack [stacklift-vector-growth]
  // CHECK: :[[@LINE-7]]:20: note: use 'boost::container::static_vector<int, 4>' instead, and the same for 'B', which 'A' is compared with
  for (int X : {1, 2, 4, 8})
    B.push_back(X);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'B' grows with 'push_back' to at most 4 elements and never leaves its function; consider a fixed-capacity container on the stack [stacklift-vector-growth]
  // CHECK: :[[@LINE-9]]:20: note: use 'boost::container::static_vector<int, 4>' instead, as for 'A', which 'B' is compared with (the fix-it is on the finding for 'A')
  int R = A == B ? 1 : (A < B ? 2 : 3);
  return R + (B != A) + (B >= A) + (A <= B) + (A > B);
}

// FALSE-NEGATIVE: one declaration declares both vectors; the type change
// rewrites a declaration of one variable only, so each keeps its type.
static int comparedOneDeclaration() {
  std::vector<int> A, B;
  for (int X : {1, 2, 3})
    A.push_back(X);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'A' grows with 'push_back' in a loop that runs '3' times
  // CHECK: :[[@LINE+5]]:10: note: 'A' could live on the stack, but it is used with 'operator==' here
  for (int X : {1, 2, 4})
    B.push_back(X);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'B' grows with 'push_back' in a loop that runs '3' times
  // CHECK: :[[@LINE+1]]:10: note: 'B' could live on the stack, but it is used with 'operator==' here
  return A == B ? 1 : (A < B ? 2 : 3);
}

// Refused: the other vector cannot change its type (it is passed to a
// function that takes a std::vector), so neither does.
static int comparedWithPassed() {
  std::vector<int> A;
  std::vector<int> B;
  for (int X : {1, 2, 3})
    A.push_back(X);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'A' grows with 'push_back' in a loop that runs '3' times
  // CHECK: :[[@LINE+5]]:11: note: 'A' could live on the stack, but it is used with 'operator==' here
  for (int X : {1, 2, 4})
    B.push_back(X);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'B' grows with 'push_back' in a loop that runs '3' times
  // CHECK: :[[@LINE+1]]:11: note: 'B' could live on the stack, but it is used with 'operator==' here
  return (A == B ? 1 : 2) + countOf(B);
}

// Refused: the other vector has no bound (its loop's count is not a
// constant), so a common capacity is not known.
static int comparedWithUnbounded(int N) {
  std::vector<int> A;
  std::vector<int> B;
  for (int X : {1, 2, 3})
    A.push_back(X);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'A' grows with 'push_back' in a loop that runs '3' times
  // CHECK: :[[@LINE+4]]:10: note: 'A' could live on the stack, but it is used with 'operator==' here
  for (int I = 0; I < N; ++I)
    B.push_back(I);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'B' grows with 'push_back' in a loop that runs 'N' times
  return A == B ? 1 : 2;
}

// No capacity bound when a braced list assigned after the loop holds more
// elements than the loop adds: a static_vector<int, 3> would overflow.
// (`v = {}` adds none, and keeps the bound.)
static int assignedAfterLoop() {
  std::vector<int> V;
  for (int X : {1, 2, 3})
    V.push_back(X);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'V' grows with 'push_back' in a loop that runs '3' times; consider calling 'reserve' before the loop
  V = {4, 5, 6, 7, 8};
  return static_cast<int>(V.size());
}

// No capacity bound when an append outside the loop can run more than
// once: in a lambda (called twice here), or again through a goto. A
// static_vector<int, 4> would overflow in both.
static int lambdaGrowsAfterLoop() {
  std::vector<int> V;
  auto Add = [&](int X) { V.push_back(X); };
  for (int X : {1, 2, 3})
    V.push_back(X);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'V' grows with 'push_back' in a loop that runs '3' times; consider calling 'reserve' before the loop
  Add(4);
  Add(5);
  return static_cast<int>(V.size());
}

static int appendedAgainByGoto() {
  std::vector<int> V;
  for (int X : {1, 2, 3})
    V.push_back(X);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'V' grows with 'push_back' in a loop that runs '3' times; consider calling 'reserve' before the loop
  int Round = 0;
again:
  V.push_back(Round);
  if (++Round < 3)
    goto again;
  return static_cast<int>(V.size());
}

int main() {
  std::vector<int> Src{5, 6, 7};
  std::printf("%d %d %d\n", sizeType(), algorithms(), otherVectorIterated(Src));
  std::printf("%d %d %d %d\n", constIterator(), iteratorTypedef(), aliasOutside(),
              pairOfIterators());
  std::printf("%d %d %d %d\n", passedOn(), iteratorMember(), mixed(true),
              mixed(false));
  std::printf("%d %d %d\n", declTypeOf(), aliasOfDeclType(),
              deducedFromVector());
  std::printf("%d %d %d %d %d\n", lambdaByReference(), localPointer(),
              lambdaParameter(), writtenPointer(), pointerDereferenced());
  std::printf("%d %d %d %d\n", compared(), comparedOneDeclaration(),
              comparedWithPassed(), comparedWithUnbounded(4));
  std::printf("%d %d %d\n", assignedAfterLoop(), lambdaGrowsAfterLoop(),
              appendedAgainByGoto());
  return 0;
}
