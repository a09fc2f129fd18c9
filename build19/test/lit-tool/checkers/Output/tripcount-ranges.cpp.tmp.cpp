// Range-for over braced lists, std::initializer_list, std::array, std::span
// and std::views::iota, and iterator loops (rules R1-R5 and I1 of
// docs/design/TripCount.md).
//
// RUN: %check %s -- %mock-std -std=c++20 | FileCheck %s --implicit-check-not="warning:"
// RUN: sed -e 's#// *\(CHECK\|FIXED\).*##' %s > %t.cpp
// RUN: %check --fix %t.cpp -- %mock-std -std=c++20 > /dev/null 2>&1
// RUN: FileCheck --check-prefix=FIXED --input-file=%t.cpp %s
// RUN: %clangxx -fsyntax-only %mock-std -std=c++20 %t.cpp

#include <array>
#include <initializer_list>
#include <map>
#include <ranges>
#include <span>
#include <string>
#include <vector>

void bracedList() {
  std::vector<int> v;
  v.reserve(4);
  for (int x : {1, 2, 3, 4})
    v.push_back(x);
  
  
}

void initializerList(std::initializer_list<int> il) {
  std::vector<int> v;
  v.reserve(il.size());
  for (int x : il)
    v.push_back(x);
  
  
}

void stdArray(const std::array<int, 5> &a) {
  std::vector<int> v;
  v.reserve(a.size());
  for (int x : a)
    v.push_back(x);
  
  
}

void span(std::span<const int> s) {
  std::vector<int> v;
  v.reserve(s.size());
  for (int x : s)
    v.push_back(x);
  
}

void iota(int n) {
  std::vector<int> v;
  if (0 < n) v.reserve(static_cast<std::size_t>(n));
  for (int x : std::views::iota(0, n))
    v.push_back(x);
  
  
  
}

void iotaFrom(int first, int last) {
  std::vector<int> v;
  if (first < last) v.reserve(static_cast<std::size_t>(last - first));
  for (int x : std::views::iota(first, last))
    v.push_back(x);
  
  
}

void iotaConstant() {
  std::vector<int> v;
  v.reserve(7);
  for (int x : std::views::iota(3, 10))
    v.push_back(x);
  
}

void iteratorLoop(const std::map<std::string, int> &m) {
  std::vector<int> v;
  v.reserve(m.size());
  for (auto it = m.begin(); it != m.end(); ++it)
    v.push_back(it->second);
  
  
}

void iteratorLoopWithEnd(const std::vector<int> &in) {
  std::vector<int> v;
  v.reserve(in.size());
  for (auto it = in.begin(), e = in.end(); it != e; ++it)
    v.push_back(*it);
  
}

// ---- Not counted: no finding. ----

std::vector<int> make();
void temporaryRange() {
  std::vector<int> v;
  // A call other than iota: evaluating it again could cost or change things.
  for (int x : make())
    v.push_back(x);
}

void iotaWithBreak() {
  std::vector<int> v;
  // break: the count is only an upper bound.
  for (int x : std::views::iota(0, 10))
    if (x > 100)
      break;
    else
      v.push_back(x);
}

void iteratorsOfTwoContainers(const std::vector<int> &a,
                              const std::vector<int> &b) {
  std::vector<int> v;
  // Begins at one container and ends at another.
  for (auto it = a.begin(); it != b.end(); ++it)
    v.push_back(*it);
}

void iteratorSkips(const std::vector<int> &in) {
  std::vector<int> v;
  // The iterator also moves in the body.
  for (auto it = in.begin(); it != in.end(); ++it) {
    v.push_back(*it);
    ++it;
  }
}

void iteratorOverTheVector() {
  std::vector<int> v(3);
  // Iterates over the vector it grows.
  for (auto it = v.begin(); it != v.end(); ++it)
    v.push_back(1);
}
