// Vectors and loops the check must leave alone, each with the reason.
//
// RUN: %check %s -- %mock-std 2>&1 | FileCheck %s --allow-empty --implicit-check-not="warning:"

#include <vector>

void parameter(std::vector<int> &out, std::size_t n) {
  // A parameter: its storage belongs to the caller.
  for (std::size_t i = 0; i < n; ++i)
    out.push_back(1);
}

void byValueParameter(std::vector<int> out, std::size_t n) {
  // Still a parameter, and not a local the function declared.
  for (std::size_t i = 0; i < n; ++i)
    out.push_back(1);
}

void reference(std::vector<int> &storage, std::size_t n) {
  std::vector<int> &v = storage;
  // A reference names someone else's vector.
  for (std::size_t i = 0; i < n; ++i)
    v.push_back(1);
}

void staticLocal(std::size_t n) {
  static std::vector<int> v;
  // Static storage: not a local that lives in the frame.
  for (std::size_t i = 0; i < n; ++i)
    v.push_back(1);
}

std::vector<int> Global;
void global(std::size_t n) {
  // A global.
  for (std::size_t i = 0; i < n; ++i)
    Global.push_back(1);
}

void alreadyReserved(std::size_t n) {
  std::vector<int> v;
  v.reserve(n);
  // The user already sized it.
  for (std::size_t i = 0; i < n; ++i)
    v.push_back(1);
}

void declaredInLoop(std::size_t n) {
  // A new vector every iteration, grown outside any loop of its own.
  for (std::size_t i = 0; i < n; ++i) {
    std::vector<int> v;
    v.push_back(1);
  }
}

void nestedQuadraticTrap(std::size_t n) {
  std::vector<int> v;
  // The inner count changes with the outer counter, so the nest has no
  // count; reserving before the inner loop, inside the outer one, would go
  // quadratic (see tripcount-nests.cpp).
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < i; ++j)
      v.push_back(1);
}

void whileWithoutStep(std::size_t n) {
  std::vector<int> v;
  std::size_t i = 0;
  // The counter steps in the middle of the body (see tripcount-while.cpp).
  while (i < n) {
    ++i;
    v.push_back(1);
  }
}

void doWhileDriftingBound(std::size_t n) {
  std::vector<int> v;
  std::size_t i = 0;
  // The bound moves in the body.
  do {
    v.push_back(1);
    --n;
  } while (++i < n);
}

void inLambda(std::size_t n) {
  std::vector<int> v;
  // The growth is in a lambda: it runs when the lambda is called.
  for (std::size_t i = 0; i < n; ++i) {
    auto add = [&v] { v.push_back(1); };
    (void)add;
  }
}

void growthOutsideLoop() {
  std::vector<int> v;
  // No loop at all.
  v.push_back(1);
  v.push_back(2);
}

void continueSkips(const std::vector<int> &in) {
  std::vector<int> v;
  // continue can skip the growth: only an upper bound.
  for (int x : in) {
    if (x == 0)
      continue;
    v.push_back(x);
  }
}

int lookup(int);
void returnsEarly(const std::vector<int> &in) {
  std::vector<int> v;
  // return ends the loop early: only an upper bound.
  for (int x : in) {
    if (lookup(x) < 0)
      return;
    v.push_back(x);
  }
}

struct NotAVector {
  void push_back(int);
};
void otherClass(std::size_t n) {
  NotAVector v;
  // Not a vector-like class.
  for (std::size_t i = 0; i < n; ++i)
    v.push_back(1);
}

// CHECK-NOT: {{.}}
