// The check against the real standard library (libstdc++), not the mocks.
//
// RUN: %check %s -- %std-args | FileCheck %s --implicit-check-not="warning:"
// RUN: sed -e 's#// *\(CHECK\|FIXED\).*##' %s > %t.cpp
// RUN: %check --fix %t.cpp -- %std-args > /dev/null 2>&1
// RUN: FileCheck --check-prefix=FIXED --input-file=%t.cpp %s
// RUN: %clangxx %std-args %t.cpp -o %t.exe && %t.exe | FileCheck %s --check-prefix=RUNS

#include <cstdio>
#include <map>
#include <string>
#include <utility>
#include <vector>

std::vector<std::string> words(const std::map<std::string, int> &counts) {
  std::vector<std::string> out;
  out.reserve(counts.size());
  for (const auto &[word, count] : counts)
    out.push_back(word);
  
  
  return out;
  
}

long squares(int n) {
  std::vector<long> v;
  if (0 < n) v.reserve(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i)
    v.emplace_back(static_cast<long>(i) * i);
  
  
  long sum = 0;
  for (long x : v)
    sum += x;
  return sum;
}

// The counter is passed to pair's forwarding constructor `pair(U1 &&, U2 &&)`,
// which copies it: the counter is read, not changed.
long pairs(int n) {
  std::vector<std::pair<int, int>> v;
  if (0 < n) v.reserve(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i)
    v.push_back({i, 2 * i});
  
  
  long sum = 0;
  for (const auto &[a, b] : v)
    sum += a + b;
  return sum;
}

int main() {
  std::map<std::string, int> counts{{"a", 1}, {"b", 2}};
  // The guard keeps reserve from seeing a negative count.
  std::printf("%zu %ld %ld %ld\n", words(counts).size(), squares(10),
              squares(-3), pairs(4));
  // RUNS: 2 285 0 18
}
