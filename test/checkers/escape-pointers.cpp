// Escape: pointers into a vector (its address, data(), an iterator, a
// reference to an element, a span over it) stored where they escape or
// returned; and the same pointers used only here.
//
// RUN: %check %s -- %mock-std -std=c++20 | FileCheck %s --implicit-check-not="warning:" --implicit-check-not="escapes"

#include <span>
#include <vector>

std::vector<int> *Registry;
int *Raw;

void address(const std::vector<int> &in) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  Registry = &v;
  // CHECK: :[[@LINE-1]]:3: note: 'v' escapes: its address is stored in global 'Registry' here
}

void data(const std::vector<int> &in) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  int *p = v.data();
  // CHECK: :[[@LINE-1]]:3: note: pointer into 'v' stored in 'p' here
  Raw = p;
  // CHECK: :[[@LINE-1]]:3: note: 'v' escapes: a pointer to its elements is stored in global 'Raw' here
}

std::vector<int>::iterator iterator(const std::vector<int> &in) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  auto it = v.begin();
  // CHECK: :[[@LINE-1]]:3: note: pointer into 'v' stored in 'it' here
  return it;
  // CHECK: :[[@LINE-1]]:3: note: 'v' escapes: a pointer to its elements is returned here
}

int &element(const std::vector<int> &in) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  return v[0];
  // CHECK: :[[@LINE-1]]:3: note: 'v' escapes: a pointer to its elements is returned here
}

std::span<int> span(const std::vector<int> &in) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  std::span<int> s(v);
  // CHECK: :[[@LINE-1]]:3: note: pointer into 'v' stored in 's' here
  return s;
  // CHECK: :[[@LINE-1]]:3: note: 'v' escapes: a pointer to its elements is returned here
}

// ---- Pointers that stay here: no escape note. ----

int local(const std::vector<int> &in) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  std::vector<int> *self = &v;
  int *p = v.data();
  auto it = v.begin();
  int &first = v[0];
  std::span<int> s(v);
  return static_cast<int>(self->size()) + *p + *it + first + s.data()[0];
}

int elementValue(const std::vector<int> &in) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  // The value of an element, not its address.
  return v[0];
}

// An element's address handed to an opaque function: what escapes is a
// pointer to the elements, not the vector's own address (ninja's
// RunBrowsePython passes &command[0] to execvp).
int execute(const char *file, char *const argv[]);
void elementAddressToOpaque(int argc, char **argv) {
  std::vector<char *> command;
  for (int i = 0; i < argc; ++i)
    command.push_back(argv[i]);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'command'
  execute(command[0], &command[0]);
  // CHECK: :[[@LINE-1]]:3: note: 'command' escapes: a pointer to its elements is passed to 'execute' here
}

// Elements that hold the address of another element, and that address
// reaching a global through them (the solver once looped forever on the
// storage's edge to itself, and ran out of memory).
struct Linked {
  int Val;
  const Linked *Prev;
};
const Linked *LastLinked;
void linkedThroughElements(int n) {
  std::vector<Linked> nodes;
  for (int i = 0; i < n; ++i)
    nodes.push_back(Linked{i, nullptr});
  // CHECK: :[[@LINE-1]]:5: warning: vector 'nodes'
  nodes[1].Prev = &nodes[0];
  LastLinked = nodes[1].Prev;
  // CHECK: :[[@LINE-1]]:3: note: 'nodes' escapes: a pointer to its elements is stored in global 'LastLinked' here
}

// A reference to an element, from a range-for: through libstdc++'s
// iterator class (__gnu_cxx::__normal_iterator), whose operator* was once
// read as a call that returns nothing of the vector.
int *FromRangeFor;
void rangeForReference(const std::vector<int> &in) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  for (int &x : v)
    FromRangeFor = &x;
  // CHECK: :[[@LINE-1]]:5: note: 'v' escapes: a pointer to its elements is stored in global 'FromRangeFor' here
}
