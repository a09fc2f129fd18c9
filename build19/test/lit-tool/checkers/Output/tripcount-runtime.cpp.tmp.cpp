// The trip-count fixes against the real standard library: every reserve the
// fixes insert is compiled and run with negative, zero and positive counts,
// and must neither throw (std::length_error) nor change what the loops do.
//
// RUN: %check %s -- %std-args -std=c++20 | FileCheck %s --implicit-check-not="warning:"
// RUN: sed -e 's#// *\(CHECK\|FIXED\).*##' %s > %t.cpp
// RUN: %check --fix %t.cpp -- %std-args -std=c++20 > /dev/null 2>&1
// RUN: FileCheck --check-prefix=FIXED --input-file=%t.cpp %s
// RUN: %clangxx %std-args -std=c++20 %t.cpp -o %t.exe && %t.exe | FileCheck %s --check-prefix=RUNS

#include <cstdio>
#include <ranges>
#include <vector>

std::size_t inclusive(int n) {
  std::vector<int> v;
  if (0 <= n) v.reserve(static_cast<std::size_t>(n + 1));
  for (int i = 0; i <= n; ++i)
    v.push_back(i);
  
  
  return v.size();
}

std::size_t descendingStep(int hi, int lo) {
  std::vector<int> v;
  if (hi >= lo) v.reserve(static_cast<std::size_t>((hi - lo + 3) / 3));
  for (int i = hi; i >= lo; i -= 3)
    v.push_back(i);
  
  
  return v.size();
}

std::size_t doWhile(int n) {
  std::vector<int> v;
  int i = 0;
  v.reserve(static_cast<std::size_t>(0 < n ? n : 1));
  do {
    v.push_back(i);
    
  } while (++i < n);
  
  return v.size();
}

std::size_t nest(int n, int m) {
  std::vector<int> v;
  if (0 < n && 0 < m) v.reserve(static_cast<std::size_t>(n) * static_cast<std::size_t>(m));
  for (int i = 0; i < n; ++i)
    for (int j = 0; j < m; ++j)
      v.push_back(i + j);
  
  
  return v.size();
}

std::size_t iota(int first, int last) {
  std::vector<int> v;
  if (first < last) v.reserve(static_cast<std::size_t>(last - first));
  for (int x : std::views::iota(first, last))
    v.push_back(x);
  
  
  return v.size();
}

std::size_t twice(std::size_t n) {
  std::vector<int> v;
  std::size_t i = 0;
  v.reserve(2 * n);
  while (i < n) {
    v.push_back(1);
    
    v.push_back(2);
    ++i;
  }
  
  return v.size();
}

int main() {
  std::printf("%zu %zu %zu\n", inclusive(-5), inclusive(0), inclusive(4));
  // RUNS: 0 1 5
  std::printf("%zu %zu %zu\n", descendingStep(-9, 0), descendingStep(0, 0),
              descendingStep(10, 1));
  // RUNS-NEXT: 0 1 4
  std::printf("%zu %zu %zu\n", doWhile(-3), doWhile(0), doWhile(6));
  // RUNS-NEXT: 1 1 6
  std::printf("%zu %zu %zu\n", nest(-2, 5), nest(5, -2), nest(3, 4));
  // RUNS-NEXT: 0 0 12
  // iota(a, b) requires a <= b: an empty range is the smallest count.
  std::printf("%zu %zu\n", iota(2, 2), iota(-2, 3));
  // RUNS-NEXT: 0 5
  std::printf("%zu %zu\n", twice(0), twice(3));
  // RUNS-NEXT: 0 6
}
