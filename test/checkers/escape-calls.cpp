// Escape through calls: an opaque callee keeps what a non-const reference or
// pointer gives it (unless [[clang::noescape]]), not what a const reference
// gives it (an assumption); virtual calls and calls through pointers are
// opaque; a visible callee decides through its summary, also when it is
// recursive; [[clang::lifetimebound]] makes the result alias the argument;
// std::move into a by-value parameter moves into the callee.
//
// RUN: %check %s -- %mock-std | FileCheck %s --implicit-check-not="warning:" --implicit-check-not="escapes"

#include <utility>
#include <vector>

std::vector<int> *Registry;
void opaque(std::vector<int> &v);
void opaqueConst(const std::vector<int> &v);
void opaqueNoEscape(std::vector<int> &v [[clang::noescape]]);
std::vector<int> &lifetimeBound(std::vector<int> &v [[clang::lifetimebound]]);
void keeps(std::vector<int> &v) { Registry = &v; }
void reads(std::vector<int> &v) { v.push_back(static_cast<int>(v.size())); }
void sinks(std::vector<int> v) { Registry = new std::vector<int>(std::move(v)); }
int recurses(std::vector<int> &v, int n) { return n ? recurses(v, n - 1) : 0; }
struct Base {
  virtual void use(std::vector<int> &v) {}
};

void toOpaque(const std::vector<int> &in) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  opaque(v);
  // CHECK: :[[@LINE-1]]:3: note: 'v' escapes: passed by non-const reference to 'opaque' here
}

void toKeeper(const std::vector<int> &in) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  keeps(v);
  // CHECK: :[[@LINE-1]]:3: note: 'v' escapes: passed by non-const reference to 'keeps' here
}

void movedToSink(const std::vector<int> &in) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  sinks(std::move(v));
  // CHECK: :[[@LINE-1]]:3: note: 'v' escapes: stored in a heap object made by 'sinks' here
}

void virtualCall(const std::vector<int> &in, Base &b) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  b.use(v);
  // CHECK: :[[@LINE-1]]:3: note: 'v' escapes: passed by non-const reference to 'Base::use' here
}

void throughPointer(const std::vector<int> &in, void (*fn)(std::vector<int> &)) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  fn(v);
  // CHECK: :[[@LINE-1]]:3: note: 'v' escapes: passed by non-const reference to 'an unknown function' here
}

void lifetime(const std::vector<int> &in) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  Registry = &lifetimeBound(v);
  // CHECK: :[[@LINE-1]]:3: note: 'v' escapes: its address is stored in global 'Registry' here
}

// ---- Calls that keep nothing: no escape note. ----

int stays(const std::vector<int> &in) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  opaqueConst(v);      // assumed: a const reference is not kept
  opaqueNoEscape(v);   // [[clang::noescape]]
  reads(v);            // its summary keeps nothing
  sinks(v);            // a copy moves into the callee
  return recurses(v, 3);
}
