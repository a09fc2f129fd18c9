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
  totals.reserve(orders.size());
  for (const Order &o : orders)
    totals.push_back(o.Total);
  
  
  
  
  return totals.empty() ? 0 : totals[0];
}

void mapEntries(const std::map<std::string, int> &counts) {
  std::vector<int> values;
  values.reserve(counts.size());
  for (const auto &entry : counts) {
    values.push_back(entry.second);
  }
  
}

void cArray() {
  const char *names[] = {"a", "b", "c"};
  std::vector<std::string> out;
  out.reserve(3);
  for (const char *name : names)
    out.emplace_back(name);
  
  
}

void stringChars(const std::string &text) {
  std::vector<char> chars;
  chars.reserve(text.size());
  for (char c : text)
    chars.push_back(c);
  
}

void bracedBody(const std::vector<int> &in) {
  std::vector<int> out;
  out.reserve(in.size());
  for (int x : in) {
    int y = x * x;
    out.push_back(y);
  }
  
}

void twoVectorsOneLoop(const std::vector<Order> &orders) {
  std::vector<int> ids;
  std::vector<double> totals;
  ids.reserve(orders.size());
  totals.reserve(orders.size());
  for (const Order &o : orders) {
    ids.push_back(o.Id);
    totals.push_back(o.Total);
  }
  // Each vector gets its own finding and its own reserve.
  
  
  
  
  
}

void twiceEachIteration(const std::vector<int> &in) {
  std::vector<int> out;
  out.reserve(2 * in.size());
  for (int x : in) {
    out.push_back(x);
    out.push_back(-x);
  }
  // Two growth calls per iteration (rule G3): twice the count.
  
  
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
