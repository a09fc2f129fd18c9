// The escape analysis shows on findings as a note at the witness; a vector
// that does not escape gets no escape note.
//
// RUN: %check %s -- %mock-std | FileCheck %s --implicit-check-not="warning:" --implicit-check-not="escapes"

#include <utility>
#include <vector>

std::vector<int> returned(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'out'
  return out;
  // CHECK: :[[@LINE-1]]:3: note: 'out' escapes: returned here
}

std::vector<int> returnedMoved(const std::vector<int> &in) {
  std::vector<int> out;
  for (int x : in)
    out.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'out'
  return std::move(out);
  // CHECK: :[[@LINE-1]]:3: note: 'out' escapes: returned here
}

void thrown(const std::vector<int> &in) {
  std::vector<int> bad;
  for (int x : in)
    bad.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'bad'
  throw bad;
  // CHECK: :[[@LINE-1]]:3: note: 'bad' escapes: thrown here
}

std::vector<int> *Registry;
void addressTaken(const std::vector<int> &in) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  // The note names where the address goes (once "its address is taken").
  Registry = &v;
  // CHECK: :[[@LINE-1]]:3: note: 'v' escapes: its address is stored in global 'Registry' here
}

int *Raw;
void dataTaken(const std::vector<int> &in) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  Raw = v.data();
  // CHECK: :[[@LINE-1]]:3: note: 'v' escapes: a pointer to its elements is stored in global 'Raw' here
}

void keep(std::vector<int> &v);
void passedByReference(const std::vector<int> &in) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  keep(v);
  // CHECK: :[[@LINE-1]]:3: note: 'v' escapes: passed by non-const reference to 'keep' here
}

struct Cache {
  std::vector<int> Items;
  void fill(const std::vector<int> &in) {
    std::vector<int> v;
    for (int x : in)
      v.push_back(x);
    // CHECK: :[[@LINE-1]]:7: warning: vector 'v'
    // Once "passed by non-const reference to 'std::vector<int>::swap'".
    Items.swap(v);
    // CHECK: :[[@LINE-1]]:5: note: 'v' escapes: stored in member 'Items' here
  }
  void move(const std::vector<int> &in) {
    std::vector<int> v;
    for (int x : in)
      v.push_back(x);
    // CHECK: :[[@LINE-1]]:7: warning: vector 'v'
    // Once "moved into another object".
    Items = std::move(v);
    // CHECK: :[[@LINE-1]]:5: note: 'v' escapes: stored in member 'Items' here
  }
};

template <class F> void later(F f) { f(); }
void capturedByReference(const std::vector<int> &in) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  // No escape (once "captured by reference in a lambda"): later's body is
  // visible and only calls the lambda.
  later([&] { return v.size(); });
}

void remember(void *task);
void capturedAndKept(const std::vector<int> &in) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  auto task = [&] { return v.size(); };
  // CHECK: :[[@LINE-1]]:15: note: 'v' captured by reference in 'task' here
  remember(&task);
  // CHECK: :[[@LINE-1]]:3: note: 'v' escapes: captured by reference in a lambda passed to 'remember' here
}

// ---- Does not escape: no escape note. ----

int sum(const std::vector<int> &v);
int stays(const std::vector<int> &in) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x + 1);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  // A const reference is assumed not to be kept.
  int total = sum(v);
  std::vector<int> copy = v;
  return total + static_cast<int>(copy.size() + v.size()) + v[0];
}
