// Exact counts through branches and compound conditions (issue 14, item 9):
// an if/else whose every branch grows the vector once (G5), also when a
// branch ends in `continue` after its growth; `i < a.size() && i < b.size()`
// runs std::min(a.size(), b.size()) times (C5). Negative cases: a branch
// with no growth or two, a continue that does not end the body, a break, and
// two bounds of different types. On the real standard libraries; the fixed
// program is rebuilt with strict warnings and run, and must print the same.
//
// RUN: %check %s -- -std=c++17 | FileCheck %s --implicit-check-not="warning:"
// RUN: %check %s -- -std=c++20 | FileCheck %s --implicit-check-not="warning:"
// RUN: %if libcxx %{ %check %s -- -std=c++17 -stdlib=libc++ | FileCheck %s --implicit-check-not="warning:" %}
// RUN: %if libcxx %{ %check %s -- -std=c++20 -stdlib=libc++ | FileCheck %s --implicit-check-not="warning:" %}
// RUN: sed -e 's#// *\(CHECK\|FIXED\).*##' %s > %t.orig.cpp
// RUN: %clangxx -std=c++17 %strict-warnings %t.orig.cpp -o %t.orig && %t.orig > %t.orig.out
// RUN: cp %t.orig.cpp %t.cpp && %check --fix %t.cpp -- -std=c++17 > /dev/null 2>&1
// RUN: FileCheck --check-prefix=FIXED --input-file=%t.cpp %s
// RUN: %clangxx -std=c++17 %strict-warnings %t.cpp -o %t.fixed && %t.fixed > %t.fixed.out
// RUN: diff %t.orig.out %t.fixed.out
// RUN: %if libcxx %{ %clangxx -std=c++20 -stdlib=libc++ %strict-warnings %t.cpp -o %t.fixedcxx && %t.fixedcxx > %t.fixedcxx.out && diff %t.orig.out %t.fixedcxx.out %}

#include <algorithm>
#include <cstdio>
#include <vector>

static std::vector<int> ifElse(const std::vector<int> &In) {
  std::vector<int> Out;
  for (int X : In) {
    if (X > 0)
      Out.push_back(X);
    else
      Out.push_back(-X);
  }
  // CHECK: :[[@LINE-4]]:7: warning: vector 'Out' grows with 'push_back' in a loop that runs 'In.size()' times; consider calling 'reserve' before the loop [stacklift-vector-growth]
  // FIXED: Out.reserve(In.size());
  return Out;
}

static std::vector<int> continued(const std::vector<int> &In) {
  std::vector<int> Out;
  for (std::size_t I = 0; I < In.size(); ++I) {
    if (In[I] % 2 == 0) {
      Out.push_back(In[I] / 2);
      continue;
    }
    Out.push_back(3 * In[I] + 1);
  }
  // CHECK: :[[@LINE-5]]:7: warning: vector 'Out' grows with 'push_back' in a loop that runs 'In.size()' times
  // FIXED: Out.reserve(In.size());
  return Out;
}

static std::vector<int> nested(const std::vector<int> &In) {
  std::vector<int> Out;
  for (int X : In) {
    int Twice = X * 2;
    if (X > 0) {
      if (X > 5)
        Out.push_back(X);
      else
        Out.emplace_back(Twice);
    } else {
      Out.push_back(-X);
    }
  }
  // CHECK: :[[@LINE-7]]:9: warning: vector 'Out' grows with 'push_back' in a loop that runs 'In.size()' times
  // FIXED: Out.reserve(In.size());
  return Out;
}

static std::vector<int> twoEach(const std::vector<int> &In) {
  std::vector<int> Out;
  for (int X : In) {
    if (X > 0) {
      Out.push_back(X);
      Out.push_back(X);
    } else {
      Out.push_back(-X);
      Out.push_back(0);
    }
  }
  // CHECK: :[[@LINE-7]]:7: warning: vector 'Out' grows with 'push_back' by '2 * In.size()' elements in the loop
  // FIXED: Out.reserve(2 * In.size());
  return Out;
}

static std::vector<int> pairwise(const std::vector<int> &A,
                                 const std::vector<int> &B) {
  std::vector<int> Out;
  for (std::size_t I = 0; I < A.size() && I < B.size(); ++I)
    Out.push_back(A[I] + B[I]);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'Out' grows with 'push_back' in a loop that runs 'std::min(A.size(), B.size())' times
  // FIXED: Out.reserve(std::min(A.size(), B.size()));
  return Out;
}

static std::vector<int> smaller(int N, int M) {
  std::vector<int> Out;
  for (int I = 0; I < N && I < M; ++I)
    Out.push_back(I);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'Out' grows with 'push_back' in a loop that runs 'std::min(N, M)' times
  // FIXED: if (0 < N && 0 < M) Out.reserve(static_cast<std::size_t>(std::min(N, M)));
  return Out;
}

// Not exact: a branch that does not grow the vector, a branch that grows it
// twice, a continue followed by more of the body, a break.
static std::vector<int> oneBranch(const std::vector<int> &In) {
  std::vector<int> Out;
  for (int X : In) {
    if (X > 0)
      Out.push_back(X);
    else if (X < -3)
      Out.push_back(-X);
  }
  return Out;
}

static std::vector<int> unequal(const std::vector<int> &In) {
  std::vector<int> Out;
  for (int X : In) {
    if (X > 0) {
      Out.push_back(X);
      Out.push_back(X);
    } else {
      Out.push_back(-X);
    }
  }
  return Out;
}

static std::vector<int> innerContinue(const std::vector<int> &In) {
  std::vector<int> Out;
  for (int X : In) {
    {
      if (X > 0) {
        Out.push_back(X);
        continue;
      }
      Out.push_back(-X);
    }
    Out.push_back(0);
  }
  return Out;
}

static std::vector<int> broken(const std::vector<int> &In) {
  std::vector<int> Out;
  for (int X : In) {
    if (X > 0) {
      Out.push_back(X);
    } else {
      Out.push_back(-X);
      break;
    }
  }
  return Out;
}

static std::vector<int> mixedTypes(const std::vector<int> &A) {
  std::vector<int> Out;
  for (int I = 0; I < static_cast<int>(A.size()) && I < 2; ++I)
    Out.push_back(I);
  return Out;
}

// The vectors of these cases stay on the heap: they are passed on.
static void sink(std::vector<int> &) {}

int main() {
  std::vector<int> In = {3, -4, 8, 0, -1, 6};
  std::vector<int> Short = {1, 2};
  std::printf("%zu %zu %zu %zu\n", ifElse(In).size(), continued(In).size(),
              nested(In).size(), twoEach(In).size());
  std::printf("%zu %zu %zu %zu\n", pairwise(In, Short).size(),
              pairwise(Short, In).size(), smaller(3, 5).size(),
              smaller(-2, 5).size());
  std::vector<int> A = oneBranch(In), B = unequal(In), C = innerContinue(In),
                   D = broken(In), E = mixedTypes(In);
  sink(A);
  std::printf("%zu %zu %zu %zu %zu\n", A.size(), B.size(), C.size(), D.size(),
              E.size());
  return 0;
}
