// Escape through aliases: references, pointers, iterators, structured
// bindings and the locals a vector is moved into, at any depth; and the same
// aliases when they stay here.
//
// RUN: %check %s -- %mock-std | FileCheck %s --implicit-check-not="warning:" --implicit-check-not="escapes"

#include <tuple>
#include <utility>
#include <vector>

void keep(std::vector<int> &v);
std::vector<int> *Registry;
std::vector<int> Global;

void reference(const std::vector<int> &in) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  std::vector<int> &r = v;
  // CHECK: :[[@LINE-1]]:3: note: 'r' refers to 'v' here
  keep(r);
  // CHECK: :[[@LINE-1]]:3: note: 'v' escapes: passed by non-const reference to 'keep' here
}

void pointerToPointer(const std::vector<int> &in) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  std::vector<int> *p = &v;
  // CHECK: :[[@LINE-1]]:3: note: address of 'v' stored in 'p' here
  std::vector<int> **pp = &p;
  // CHECK: :[[@LINE-1]]:3: note: address of 'p' stored in 'pp' here
  Registry = *pp;
  // CHECK: :[[@LINE-1]]:3: note: 'v' escapes: its address is stored in global 'Registry' here
}

void movedTwice(const std::vector<int> &in) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  std::vector<int> w = std::move(v);
  // CHECK: :[[@LINE-1]]:3: note: 'v' moved into 'w' here
  std::vector<int> z;
  z = std::move(w);
  // CHECK: :[[@LINE-1]]:3: note: 'w' moved into 'z' here
  Global.swap(z);
  // CHECK: :[[@LINE-1]]:3: note: 'v' escapes: stored in global 'Global' here
}

void structuredBinding(const std::vector<int> &in) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  auto pair = std::make_pair(std::move(v), 1);
  // CHECK: :[[@LINE-1]]:3: note: 'v' moved into 'pair' here
  auto &[items, count] = pair;
  Global = std::move(items);
  // CHECK: :[[@LINE-1]]:3: note: 'v' escapes: stored in global 'Global' here
}

// ---- Aliases that stay here: no escape note. ----

int localAliases(const std::vector<int> &in) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  std::vector<int> &r = v;
  std::vector<int> *p = &r;
  std::vector<int> w = std::move(*p);
  auto pair = std::make_pair(std::move(w), 1);
  auto &[items, count] = pair;
  return static_cast<int>(items.size()) + count;
}

std::vector<int> copiedThroughAlias(const std::vector<int> &in) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  std::vector<int> &r = v;
  // A copy of what r refers to.
  return r;
}

std::tuple<std::vector<int>, int> copiedIntoTuple(const std::vector<int> &in) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  // make_tuple takes copies.
  return std::make_tuple(v, 1);
}
