// The trip-count dump (the tool's hidden --debug-tripcount) for each rule of
// docs/design/TripCount.md: `<kind> '<text>' = <constant> if '<guard>'
// [<rules>]: <reason> @<line>`.
//
// REQUIRES: frontend-tool
// RUN: %stacklift --debug-tripcount %s -- %mock-std -std=c++20 | FileCheck %s

#include <array>
#include <initializer_list>
#include <ranges>
#include <vector>

void f(int n, int m, std::size_t u, const std::vector<int> &in,
       const std::array<int, 3> &arr, bool c) {
  { std::vector<int> v; for (int i = 0; i < n; ++i) v.push_back(i); }
  // CHECK: :[[@LINE-1]]:53: tripcount: 'v': exact 'n' if '0 < n' [C1+G1] @[[@LINE-1]]
  { std::vector<int> v; for (int i = 1; i <= n; i += 2) v.push_back(i); }
  // CHECK: tripcount: 'v': exact '(n + 1) / 2' if '1 <= n' [C1+G1] @[[@LINE-1]]
  { std::vector<int> v; for (int i = n; i >= 0; --i) v.push_back(i); }
  // CHECK: tripcount: 'v': exact 'n + 1' if 'n >= 0' [C2+G1] @[[@LINE-1]]
  { std::vector<int> v; for (int i = 0; i != 100; i += 10) v.push_back(i); }
  // CHECK: tripcount: 'v': exact '10' = 10 [C1+G1] @[[@LINE-1]]
  { std::vector<int> v; for (int i = 0, k = m; i < k; ++i) v.push_back(i); }
  // CHECK: tripcount: 'v': exact 'm' if '0 < m' [C1+C3+G1] @[[@LINE-1]]
  { std::vector<int> v; int i = 0; for (; i < n; ++i) v.push_back(i); }
  // CHECK: tripcount: 'v': exact 'n' if '0 < n' [C1+C4+G1] @[[@LINE-1]]
  { std::vector<int> v; std::size_t i = 0; while (i < u) { v.push_back(1); ++i; } }
  // CHECK: tripcount: 'v': exact 'u' [W1+G1] @[[@LINE-1]]
  { std::vector<int> v; int i = 0; do { v.push_back(1); } while (++i < n); }
  // CHECK: tripcount: 'v': exact '0 < n ? n : 1' [W2+G1] @[[@LINE-1]]
  { std::vector<int> v; for (auto it = in.begin(); it != in.end(); ++it) v.push_back(*it); }
  // CHECK: tripcount: 'v': exact 'in.size()' [I1+G1] @[[@LINE-1]]
  { std::vector<int> v; for (int x : in) v.push_back(x); }
  // CHECK: tripcount: 'v': exact 'in.size()' [R1+G1] @[[@LINE-1]]
  { int a[7]; std::vector<int> v; for (int x : a) v.push_back(x); }
  // CHECK: tripcount: 'v': exact '7' = 7 [R2+G1] @[[@LINE-1]]
  { std::vector<int> v; for (int x : {1, 2}) v.push_back(x); }
  // CHECK: tripcount: 'v': exact '2' = 2 [R3+G1] @[[@LINE-1]]
  { std::vector<int> v; for (int x : arr) v.push_back(x); }
  // CHECK: tripcount: 'v': exact 'arr.size()' = 3 [R4+G1] @[[@LINE-1]]
  { std::vector<int> v; for (int x : std::views::iota(m, n)) v.push_back(x); }
  // CHECK: tripcount: 'v': exact 'n - m' if 'm < n' [R5+G1] @[[@LINE-1]]
  { std::vector<int> v; for (int x : in) if (c) v.push_back(x); }
  // CHECK: tripcount: 'v': upper-bound 'in.size()' [R1+G2]: the growth is conditional @[[@LINE-1]]
  { std::vector<int> v; for (int x : in) { v.push_back(x); v.push_back(x); } }
  // CHECK: tripcount: 'v': exact '2 * in.size()' [R1+G3] @[[@LINE-1]]
  { std::vector<int> v; for (int i = 0; i < n; ++i) for (int j = 0; j < m; ++j) v.push_back(j); }
  // CHECK: tripcount: 'v': exact 'n * m' if '0 < n && 0 < m' [C1+G4(C1+G1)] @[[@LINE-1]]
  { std::vector<int> v; for (int i = 0; i < n; ++i) for (int j = 0; j < i; ++j) v.push_back(j); }
  // CHECK: tripcount: 'v': unknown: the count of a nested loop changes with the outer loop @[[@LINE-1]]
  { std::vector<int> v; for (int i = 0; i < n; ++i) { v.clear(); v.push_back(i); } }
  // CHECK: tripcount: 'v': unknown: the vector is also emptied, shrunk or replaced in the loop @[[@LINE-1]]
}
