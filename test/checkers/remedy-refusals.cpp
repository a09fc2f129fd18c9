// Vectors with a small proven bound that keep their type all the same: the
// new type would answer or compile differently. Each gets reserve, with a
// note that says why it stays a std::vector; the fixed file compiles with
// strict warnings and prints what the original prints. Real libstdc++,
// C++20 (a constexpr function may declare a std::vector since C++20).
//
// RUN: %check %s --config="{CheckOptions: {stacklift-vector-growth.FixedCapacityType: 'boost::container::static_vector', stacklift-vector-growth.FixedCapacityHeader: '<boost/container/static_vector.hpp>'}}" -- -std=c++20 | FileCheck %s --implicit-check-not="warning:"
// RUN: sed -e 's#// *\(CHECK\|FIXED\).*##' %s > %t.orig.cpp
// RUN: %clangxx -std=c++20 %strict-warnings %t.orig.cpp -o %t.orig && %t.orig > %t.orig.out
// RUN: cp %t.orig.cpp %t.cpp && %check --fix-notes %t.cpp --config="{CheckOptions: {stacklift-vector-growth.FixedCapacityType: 'boost::container::static_vector', stacklift-vector-growth.FixedCapacityHeader: '<boost/container/static_vector.hpp>'}}" -- -std=c++20 > /dev/null 2>&1
// RUN: FileCheck --check-prefix=FIXED --input-file=%t.cpp %s
// RUN: %clangxx -std=c++20 %strict-warnings %t.cpp -o %t && %t > %t.out && diff %t.orig.out %t.out

#include <cstdio>
#include <vector>

// FIXED-NOT: static_vector<

// A constexpr function: static_vector is not a literal type, and the
// function is evaluated at compile time below.
constexpr int sumOfSquares() {
  std::vector<int> v;
  for (int i = 0; i < 4; ++i)
    v.push_back(i * i);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v' grows with 'push_back' in a loop that runs '4' times
  // CHECK: note: 'v' could live on the stack, but it is declared in a constexpr function here
  // FIXED: v.reserve(4);
  int sum = 0;
  for (int x : v)
    sum += x;
  return sum;
}
static_assert(sumOfSquares() == 14);

// capacity() would say 4, not what the vector's growth made. (A reserve
// changes it too, as every reserve does: the program reads only what holds
// either way.)
static unsigned long spare() {
  std::vector<int> v;
  for (int i = 0; i < 3; ++i)
    v.push_back(i);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v' grows with 'push_back' in a loop that runs '3' times
  // CHECK: note: 'v' could live on the stack, but it is used to call 'capacity' here
  return v.capacity() >= v.size() ? v.size() : 0;
}

// Elements that can be copied but not moved: the new types move them.
struct Pinned {
  explicit Pinned(int V) : Value(V) {}
  Pinned(const Pinned &) = default;
  Pinned(Pinned &&) = delete;
  int Value;
};
static int pinned() {
  std::vector<Pinned> v;
  for (int i = 0; i < 3; ++i) {
    Pinned P(i);
    v.push_back(P);
  }
  // CHECK: :[[@LINE-2]]:5: warning: vector 'v' grows with 'push_back' in a loop that runs '3' times
  // CHECK: note: 'v' could live on the stack, but it is a vector of elements that cannot be moved here
  return v[2].Value;
}

int main() {
  std::printf("%d %lu %d\n", sumOfSquares(), spare(), pinned());
  return 0;
}
