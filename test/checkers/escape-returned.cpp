// Escape: returned by value, through std::move, or inside a returned
// aggregate, pair, tuple or optional; thrown. And returns of copies.
// co_return and co_yield are modelled (sinks of their own) but need a
// coroutine library the mock headers do not have; the unit tests cover
// the rest.
//
// RUN: %check %s -- %mock-std | FileCheck %s --implicit-check-not="warning:" --implicit-check-not="escapes"

#include <optional>
#include <tuple>
#include <utility>
#include <vector>

struct Result {
  std::vector<int> Values;
  int Count;
};

Result aggregate(const std::vector<int> &in) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  return Result{std::move(v), 1};
  // CHECK: :[[@LINE-1]]:3: note: 'v' escapes: returned here
}

std::pair<std::vector<int>, int> pair(const std::vector<int> &in) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  return std::make_pair(std::move(v), 2);
  // CHECK: :[[@LINE-1]]:3: note: 'v' escapes: returned here
}

std::tuple<std::vector<int>, int> tuple(const std::vector<int> &in) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  return std::make_tuple(std::move(v), 3);
  // CHECK: :[[@LINE-1]]:3: note: 'v' escapes: returned here
}

std::optional<std::vector<int>> optional(const std::vector<int> &in) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  return std::optional<std::vector<int>>(std::move(v));
  // CHECK: :[[@LINE-1]]:3: note: 'v' escapes: returned here
}

// ---- Returns of copies: no escape note. ----

Result aggregateCopy(const std::vector<int> &in) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  return Result{v, 1};
}

std::pair<std::vector<int>, int> pairCopy(const std::vector<int> &in) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  return std::make_pair(v, 2);
}

std::optional<std::vector<int>> optionalCopy(const std::vector<int> &in) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  return std::optional<std::vector<int>>(v);
}

int returnsSize(const std::vector<int> &in) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  return static_cast<int>(v.size());
}
