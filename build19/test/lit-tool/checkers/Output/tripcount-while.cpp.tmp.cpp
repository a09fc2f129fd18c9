// while and do-while loops driven by a counter (rules W1 and W2 of
// docs/design/TripCount.md). The step is the last statement of the body (or,
// in a do-while, the `++i` of the condition) and the counter changes nowhere
// else. A do-while runs at least once: its count is max(1, count), spelled
// with ?: so that it is never negative.
//
// RUN: %check %s -- %mock-std | FileCheck %s --implicit-check-not="warning:"
// RUN: sed -e 's#// *\(CHECK\|FIXED\).*##' %s > %t.cpp
// RUN: %check --fix %t.cpp -- %mock-std > /dev/null 2>&1
// RUN: FileCheck --check-prefix=FIXED --input-file=%t.cpp %s
// RUN: %clangxx -fsyntax-only %mock-std %t.cpp

#include <vector>

// ---- W1: while. ----

void whileFromZero(std::size_t n) {
  std::vector<int> v;
  std::size_t i = 0;
  v.reserve(n);
  while (i < n) {
    v.push_back(1);
    
    ++i;
  }
  
  
  
}

void whileFromParameter(int n, int i) {
  std::vector<int> v;
  // The counter's value before the loop is the start.
  if (i < n) v.reserve(static_cast<std::size_t>((n - i + 1) / 2));
  while (i < n) {
    v.push_back(i);
    
    i += 2;
  }
  
}

void whileDown(int n) {
  std::vector<int> v;
  if (n > 0) v.reserve(static_cast<std::size_t>(n));
  while (n > 0) {
    v.push_back(n);
    
    n--;
  }
  
}

// ---- W2: do-while. ----

void doWhile(int n) {
  std::vector<int> v;
  int i = 0;
  v.reserve(static_cast<std::size_t>(0 < n ? n : 1));
  do {
    v.push_back(i);
    
    ++i;
  } while (i < n);
  
  
}

void doWhileStepInCondition(std::size_t n) {
  std::vector<int> v;
  std::size_t i = 0;
  v.reserve(0 < n ? n : 1);
  do {
    v.push_back(1);
    
  } while (++i < n);
  // With n == 0 the body still runs once.
  
}

void doWhileConstant() {
  std::vector<int> v;
  int i = 0;
  v.reserve(5);
  do {
    v.push_back(i);
    
  } while (++i < 5);
  
}

void doWhileNonEmpty(int n) {
  std::vector<int> v(3);
  int i = 0;
  v.reserve(v.size() + static_cast<std::size_t>(0 < n ? n : 1));
  do {
    v.push_back(i);
    
  } while (++i < n);
  
}

// ---- Not counted: no finding. ----

void continueSkipsStep(int n) {
  std::vector<int> v;
  int i = 0;
  // continue skips the step: the loop may run any number of times.
  while (i < n) {
    if (i == 3)
      continue;
    v.push_back(i);
    ++i;
  }
}

void stepNotLast(int n) {
  std::vector<int> v;
  int i = 0;
  // FALSE-NEGATIVE: the step is not the last statement of the body.
  while (i < n) {
    ++i;
    v.push_back(i);
  }
}

void counterStepsTwice(int n) {
  std::vector<int> v;
  int i = 0;
  // The counter also changes in the growth call.
  while (i < n) {
    v.push_back(i++);
    ++i;
  }
}

void conditionSteps(int n) {
  std::vector<int> v;
  // FALSE-NEGATIVE: a step inside the condition of a while loop.
  while (n-- > 0)
    v.push_back(n);
}

void boundChanges(int n) {
  std::vector<int> v;
  int i = 0;
  // The bound moves too.
  while (i < n) {
    v.push_back(i);
    --n;
    ++i;
  }
}

void conditionalGrowth(int n, bool keep) {
  std::vector<int> v;
  int i = 0;
  // Only an upper bound.
  while (i < n) {
    if (keep)
      v.push_back(i);
    ++i;
  }
}
