// stacklift-reserve-in-loop: an existing reserve(v.size() + k) that runs on
// every iteration of a loop reallocates every time and makes the loop
// quadratic (llvm issue 80853). No fix-it: the total is not known in general.
//
// RUN: %check %s -- %mock-std | FileCheck %s --implicit-check-not="warning:"
// RUN: cp %s %t.cpp
// RUN: %check --fix %t.cpp -- %mock-std > /dev/null 2>&1
// RUN: diff %s %t.cpp

#include <vector>

void sizePlusK(const std::vector<std::vector<int>> &chunks) {
  std::vector<int> v;
  for (const auto &chunk : chunks) {
    v.reserve(v.size() + chunk.size());
    // CHECK: :[[@LINE-1]]:5: warning: 'v.reserve(v.size() + chunk.size())' inside a loop defeats geometric growth and makes the loop quadratic; consider reserving the total once before the loop [stacklift-reserve-in-loop]
    // CHECK: :[[@LINE-3]]:3: note: the reserve runs on every iteration of this loop
    for (int x : chunk)
      v.push_back(x);
  }
}

void capacityPlusK(int n) {
  std::vector<int> v;
  for (int i = 0; i < n; ++i) {
    v.reserve(1 + v.capacity());
    // CHECK: :[[@LINE-1]]:5: warning: 'v.reserve(1 + v.capacity())' inside a loop
    v.push_back(i);
  }
}

struct Table {
  std::vector<int> Rows;
  void add(const std::vector<int> &more, int times) {
    while (times-- > 0)
      Rows.reserve(Rows.size() + more.size());
    // CHECK: :[[@LINE-1]]:7: warning: 'Rows.reserve(Rows.size() + more.size())' inside a loop
  }
};

void parameter(std::vector<int> &out, int n) {
  for (int i = 0; i < n; ++i) {
    out.reserve(out.size() + 1);
    // CHECK: :[[@LINE-1]]:5: warning: 'out.reserve(out.size() + 1)' inside a loop
    out.push_back(i);
  }
}

// ---- Not flagged. ----

void beforeTheLoop(int n) {
  std::vector<int> v;
  // Once, before the loop: the right way.
  v.reserve(v.size() + n);
  for (int i = 0; i < n; ++i)
    v.push_back(i);
}

void newVectorEachIteration(int n) {
  // A new vector every iteration: reserved once per vector.
  for (int i = 0; i < n; ++i) {
    std::vector<int> v;
    v.reserve(v.size() + 4);
    v.push_back(i);
  }
}

void sizedAfterAnother(const std::vector<int> &in, int n) {
  std::vector<int> v;
  // Sized after another container, not after its own size.
  for (int i = 0; i < n; ++i)
    v.reserve(in.size() + 1);
}

void geometric(int n) {
  std::vector<int> v;
  // Doubling keeps growth geometric.
  for (int i = 0; i < n; ++i) {
    if (v.size() == v.capacity())
      v.reserve(v.size() * 2);
    v.push_back(i);
  }
}

void inLambda(int n) {
  std::vector<int> v;
  // In a lambda: runs when the lambda is called.
  for (int i = 0; i < n; ++i) {
    auto grow = [&v] { v.reserve(v.size() + 1); };
    (void)grow;
  }
}

void inGenericLambda(std::vector<int> &w) {
  // Reported once, from the lambda as written (its instantiation is code
  // the compiler wrote).
  auto grow = [](auto &v) {
    for (int i = 0; i < 3; ++i)
      v.reserve(v.size() + 1);
  };
  grow(w);
}
