// The check's options, read through clang-tidy's configuration in both front
// ends: --config and a .clang-tidy file.
//
// RUN: %check %s -- %mock-std | FileCheck %s --check-prefix=DEFAULT --implicit-check-not="warning:"
// RUN: %check --config='{CheckOptions: {stacklift-vector-growth.EnableReserve: false}}' %s -- %mock-std 2>&1 \
// RUN:   | FileCheck %s --check-prefix=DISABLED --allow-empty --implicit-check-not="warning:"
// RUN: %check --config='{CheckOptions: [{key: stacklift-vector-growth.VectorLikeClasses, value: "::std::vector;::base::SmallVec"}]}' %s -- %mock-std \
// RUN:   | FileCheck %s --check-prefix=CLASSES --implicit-check-not="warning:"
//
// The same options from a .clang-tidy file beside the source.
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/options.cpp
// RUN: printf 'CheckOptions:\n  stacklift-vector-growth.VectorLikeClasses: "::base::SmallVec"\n' > %t/.clang-tidy
// RUN: %check %t/options.cpp -- %mock-std | FileCheck %s --check-prefix=FILE --implicit-check-not="warning:"

#include <vector>

namespace base {
template <class T> struct SmallVec {
  void push_back(const T &);
  void reserve(unsigned long);
};
} // namespace base

void f(const std::vector<int> &in) {
  std::vector<int> a;
  base::SmallVec<int> b;
  for (int x : in) {
    a.push_back(x);
    b.push_back(x);
  }
  // DEFAULT: :[[@LINE-3]]:5: warning: vector 'a' grows with 'push_back'
  // CLASSES: :[[@LINE-4]]:5: warning: vector 'a' grows with 'push_back'
  // CLASSES: :[[@LINE-4]]:5: warning: vector 'b' grows with 'push_back'
  // FILE: :[[@LINE-5]]:5: warning: vector 'b' grows with 'push_back'
}
// DISABLED-NOT: warning:
