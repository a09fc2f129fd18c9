// Range-for loops (rules R1 and R2 of docs/design/TripCount.md).
//
// RUN: %check %s -- %mock-std | FileCheck %s --implicit-check-not="warning:"
// RUN: sed -e 's#// *\(CHECK\|FIXED\).*##' %s > %t.cpp
// RUN: %check --fix %t.cpp -- %mock-std > /dev/null 2>&1
// RUN: FileCheck --check-prefix=FIXED --input-file=%t.cpp %s
// RUN: %clangxx -fsyntax-only %mock-std %t.cpp

#include <map>
#include <string>
#include <vector>

struct Order {
  int Id;
  double Total;
};

double namedVector(const std::vector<Order> &orders) {
  std::vector<double> totals;
  for (const Order &o : orders)
    totals.push_back(o.Total);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'totals' grows with 'push_back' in a loop that runs 'orders.size()' times; consider calling 'reserve' before the loop [stacklift-vector-growth]
  // CHECK: :[[@LINE-3]]:25: note: the loop runs 'orders.size()' times
  // FIXED: {{^}}  totals.reserve(orders.size());{{$}}
  // FIXED-NEXT: {{^}}  for (const Order &o : orders){{$}}
  return totals.empty() ? 0 : totals[0];
}

void mapEntries(const std::map<std::string, int> &counts) {
  std::vector<int> values;
  for (const auto &entry : counts) {
    values.push_back(entry.second);
  }
  // CHECK: :[[@LINE-2]]:5: warning: vector 'values' grows with 'push_back' in a loop that runs 'counts.size()' times
}

void cArray() {
  const char *names[] = {"a", "b", "c"};
  std::vector<std::string> out;
  for (const char *name : names)
    out.emplace_back(name);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'out' grows with 'emplace_back' in a loop that runs '3' times
  // FIXED: {{^}}  out.reserve(3);{{$}}
}

void stringChars(const std::string &text) {
  std::vector<char> chars;
  for (char c : text)
    chars.push_back(c);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'chars' grows with 'push_back' in a loop that runs 'text.size()' times
}

void bracedBody(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in) {
    int y = x * x;
    out.push_back(y);
  }
  // CHECK: :[[@LINE-2]]:5: warning: vector 'out' grows with 'push_back' in a loop that runs 'in.size()' times
}

void twoVectorsOneLoop(const std::vector<Order> &orders) {
  std::vector<int> ids;
  std::vector<double> totals;
  for (const Order &o : orders) {
    ids.push_back(o.Id);
    totals.push_back(o.Total);
  }
  // Each vector gets its own finding and its own reserve.
  // CHECK: :[[@LINE-4]]:5: warning: vector 'ids' grows with 'push_back' in a loop that runs 'orders.size()' times
  // CHECK: :[[@LINE-4]]:5: warning: vector 'totals' grows with 'push_back' in a loop that runs 'orders.size()' times
  // FIXED: {{^}}  ids.reserve(orders.size());{{$}}
  // FIXED-NEXT: {{^}}  totals.reserve(orders.size());{{$}}
  // FIXED-NEXT: {{^}}  for (const Order &o : orders) {{{$}}
}

void twiceEachIteration(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in) {
    out.push_back(x);
    out.push_back(-x);
  }
  // Two growth calls per iteration (rule G3): twice the count.
  // CHECK: :[[@LINE-4]]:5: warning: vector 'out' grows with 'push_back'
  // FIXED: {{^}}  out.reserve(2 * in.size());{{$}}
}

// ---- Not counted: no finding. ----

std::vector<int> make();
void temporaryRange() {
  std::vector<int> out;
  // The range is a call: evaluating it again could cost or change things.
  for (int x : make())
    out.push_back(x);
}

void conditional(const std::vector<int> &in) {
  std::vector<int> positive;
  // A filter: the count is only an upper bound.
  for (int x : in)
    if (x > 0)
      positive.push_back(x);
}

void earlyExit(const std::vector<int> &in) {
  std::vector<int> prefix;
  // break: the count is only an upper bound.
  for (int x : in) {
    if (x < 0)
      break;
    prefix.push_back(x);
  }
}
