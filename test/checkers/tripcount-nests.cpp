// Bodies that add more than one element per iteration (rules G3 and G4 of
// docs/design/TripCount.md), and the quadratic trap: a vector that outlives
// an outer loop and grows in an inner one is reserved once, for the whole
// nest, before the outer loop, never with reserve(v.size() + m) inside it.
//
// The message still says "a loop that runs ... times" with the count of
// elements; the lines below check the warning's prefix and the fix.
//
// RUN: %check %s -- %mock-std | FileCheck %s --implicit-check-not="warning:"
// RUN: sed -e 's#// *\(CHECK\|FIXED\).*##' %s > %t.cpp
// RUN: %check --fix %t.cpp -- %mock-std > /dev/null 2>&1
// RUN: FileCheck --check-prefix=FIXED --input-file=%t.cpp %s
// RUN: %clangxx -fsyntax-only %mock-std %t.cpp

#include <vector>

// ---- G3: k growth calls per iteration. ----

void twicePerIteration(const std::vector<int> &in) {
  std::vector<int> v;
  for (int x : in) {
    v.push_back(x);
    // CHECK: :[[@LINE-1]]:5: warning: vector 'v' grows with 'push_back'
    v.push_back(-x);
  }
  // FIXED: {{^}}  v.reserve(2 * in.size());{{$}}
  // FIXED-NEXT: {{^}}  for (int x : in) {{{$}}
}

void thricePerIterationSigned(int first, int last) {
  std::vector<int> v;
  for (int i = first; i < last; ++i) {
    v.push_back(i);
    // CHECK: :[[@LINE-1]]:5: warning: vector 'v' grows with 'push_back'
    v.emplace_back(i);
    v.push_back(0);
  }
  // FIXED: {{^}}  if (first < last) v.reserve(3 * static_cast<std::size_t>(last - first));{{$}}
}

// ---- G4: nests. ----

void nest(int n, int m) {
  std::vector<int> v;
  for (int i = 0; i < n; ++i)
    for (int j = 0; j < m; ++j)
      v.push_back(i * j);
  // CHECK: :[[@LINE-1]]:7: warning: vector 'v' grows with 'push_back'
  // Both counts may be negative: both are tested.
  // FIXED: {{^}}  if (0 < n && 0 < m) v.reserve(static_cast<std::size_t>(n) * static_cast<std::size_t>(m));{{$}}
  // FIXED-NEXT: {{^}}  for (int i = 0; i < n; ++i){{$}}
}

void nestAndDirect(const std::vector<std::vector<int>> &rows, std::size_t m) {
  std::vector<int> v;
  for (const auto &row : rows) {
    v.push_back(-1);
    // CHECK: :[[@LINE-1]]:5: warning: vector 'v' grows with 'push_back'
    for (std::size_t j = 0; j < m; ++j)
      v.push_back(row[j]);
  }
  // FIXED: {{^}}  v.reserve(rows.size() * (1 + static_cast<std::size_t>(m)));{{$}}
}

void constantNest() {
  std::vector<int> v;
  for (int i = 0; i < 4; ++i)
    for (int j = 0; j < 3; ++j)
      v.push_back(i * j);
  // CHECK: :[[@LINE-1]]:7: warning: vector 'v' grows with 'push_back'
  // FIXED: {{^}}  v.reserve(12);{{$}}
}

void threeDeep(std::size_t a, std::size_t b, std::size_t c) {
  std::vector<int> v;
  for (std::size_t i = 0; i < a; ++i)
    for (std::size_t j = 0; j < b; ++j)
      for (std::size_t k = 0; k < c; ++k)
        v.push_back(1);
  // CHECK: :[[@LINE-1]]:9: warning: vector 'v' grows with 'push_back'
  // FIXED: {{^}}  v.reserve(static_cast<std::size_t>(a) * (static_cast<std::size_t>(b) * static_cast<std::size_t>(c)));{{$}}
}

void nestNonEmpty(std::size_t n, std::size_t m) {
  std::vector<int> v(2);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < m; ++j)
      v.push_back(1);
  // CHECK: :[[@LINE-1]]:7: warning: vector 'v' grows with 'push_back'
  // FIXED: {{^}}  v.reserve(v.size() + (static_cast<std::size_t>(n) * static_cast<std::size_t>(m)));{{$}}
}

void vectorOfTheOuterIteration(std::size_t n, std::size_t m) {
  for (std::size_t i = 0; i < n; ++i) {
    std::vector<int> v;
    for (std::size_t j = 0; j < m; ++j)
      v.push_back(1);
    // CHECK: :[[@LINE-1]]:7: warning: vector 'v' grows with 'push_back' in a loop that runs 'm' times
    // A new vector each outer iteration: reserving inside is right.
    // FIXED: {{^}}    v.reserve(m);{{$}}
  }
}

// ---- The quadratic trap without a computable total: no finding. ----

void triangular(int n) {
  std::vector<int> v;
  // The inner count depends on the outer counter; reserve(v.size() + i)
  // inside the outer loop would be quadratic.
  for (int i = 0; i < n; ++i)
    for (int j = 0; j < i; ++j)
      v.push_back(j);
}

void rowsOfDifferentSizes(const std::vector<std::vector<int>> &rows) {
  std::vector<int> v;
  // FALSE-NEGATIVE: the total is a sum over the rows, not written here.
  for (const auto &row : rows)
    for (int x : row)
      v.push_back(x);
}

void clearedEachIteration(int n, int m) {
  std::vector<int> v;
  // FALSE-NEGATIVE: cleared every outer iteration, it never holds more than
  // m elements; a reserve after the clear would be right.
  for (int i = 0; i < n; ++i) {
    v.clear();
    for (int j = 0; j < m; ++j)
      v.push_back(j);
  }
}

void innerConditional(int n, int m, bool c) {
  std::vector<int> v;
  // The inner loop runs only sometimes: an upper bound.
  for (int i = 0; i < n; ++i)
    if (c)
      for (int j = 0; j < m; ++j)
        v.push_back(j);
}

void innerBoundChangedByOuter(int n, int m) {
  std::vector<int> v;
  // The outer loop changes the inner bound.
  for (int i = 0; i < n; ++i) {
    for (int j = 0; j < m; ++j)
      v.push_back(j);
    ++m;
  }
}

void onceOrTwice(const std::vector<int> &in, bool c) {
  std::vector<int> v;
  // One of two growth calls is conditional: an upper bound.
  for (int x : in) {
    v.push_back(x);
    if (c)
      v.push_back(x);
  }
}
