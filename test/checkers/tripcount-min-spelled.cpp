// Two bounds joined by && (rule C5) in a file that does not include
// <algorithm>: the smaller count is spelled as a conditional expression, so
// the fix needs no new #include. A standard header that includes
// <algorithm> on its way does not count. On the real standard libraries;
// the fixed program is rebuilt with strict warnings and run, and must print
// the same.
//
// RUN: %check %s -- -std=c++17 | FileCheck %s --implicit-check-not="warning:"
// RUN: %if libcxx %{ %check %s -- -std=c++20 -stdlib=libc++ | FileCheck %s --implicit-check-not="warning:" %}
// RUN: sed -e 's#// *\(CHECK\|FIXED\).*##' %s > %t.orig.cpp
// RUN: %clangxx -std=c++17 %strict-warnings %t.orig.cpp -o %t.orig && %t.orig > %t.orig.out
// RUN: cp %t.orig.cpp %t.cpp && %check --fix %t.cpp -- -std=c++17 > /dev/null 2>&1
// RUN: FileCheck --check-prefix=FIXED --input-file=%t.cpp %s
// RUN: %clangxx -std=c++17 %strict-warnings %t.cpp -o %t.fixed && %t.fixed > %t.fixed.out
// RUN: diff %t.orig.out %t.fixed.out

#include <cstdio>
#include <vector>

static std::vector<int> sums(const std::vector<int> &A,
                             const std::vector<int> &B) {
  std::vector<int> Out;
  for (std::size_t I = 0; I < A.size() && I < B.size(); ++I)
    Out.push_back(A[I] + B[I]);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'Out' grows with 'push_back' in a loop that runs '(A.size() < B.size() ? A.size() : B.size())' times
  // FIXED: Out.reserve((A.size() < B.size() ? A.size() : B.size()));
  return Out;
}

static std::vector<int> upTo(int N, int M) {
  std::vector<int> Out;
  for (int I = 1; I < N && I < M; ++I)
    Out.push_back(I);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'Out' grows with 'push_back' in a loop that runs '(N - 1 < M - 1 ? N - 1 : M - 1)' times
  // FIXED: if (1 < N && 1 < M) Out.reserve(static_cast<std::size_t>((N - 1 < M - 1 ? N - 1 : M - 1)));
  return Out;
}

int main() {
  std::vector<int> A = {1, 2, 3}, B = {4, 5};
  std::printf("%zu %zu %zu %zu\n", sums(A, B).size(), sums(B, A).size(),
              upTo(4, 9).size(), upTo(0, 9).size());
  return 0;
}
