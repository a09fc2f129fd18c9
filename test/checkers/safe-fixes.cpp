// Fixes that must never break or change a program (issue 13, items 1-7 and
// 17), on the real standard libraries. Each function is a shape for which
// stacklift once offered a wrong fix: the check now says less, or offers a
// fix that keeps the program's output. The fixed file is compiled with
// -Wall -Wextra -Wconversion -Wsign-conversion -Wshadow -Werror and run; its
// output must be the original's. With libc++ installed, the same again on
// libc++, at C++17 and C++20.
//
// Its RUN lines cover libstdc++ and libc++ at C++17 and C++20 themselves:
// UNSUPPORTED: stdlib-real
//
// RUN: %check %s -- -std=c++20 | FileCheck %s --implicit-check-not="warning:"
// RUN: sed -e 's#// *\(CHECK\|FIXED\).*##' %s > %t.cpp
// RUN: %clangxx -std=c++20 %strict-warnings %t.cpp -o %t.orig
// RUN: %t.orig > %t.orig.out && %t.orig 1 2 >> %t.orig.out
// RUN: %check --fix-notes %t.cpp -- -std=c++20 > /dev/null 2>&1
// RUN: FileCheck --check-prefix=FIXED --input-file=%t.cpp %s
// RUN: %clangxx -std=c++20 %strict-warnings %t.cpp -o %t.fixed
// RUN: %t.fixed > %t.fixed.out && %t.fixed 1 2 >> %t.fixed.out
// RUN: diff %t.orig.out %t.fixed.out
//
// The same fixes at C++17 and on libc++ (the C++20 shapes are left out at
// C++17).
// RUN: sed -e 's#// *\(CHECK\|FIXED\).*##' %s > %t17.cpp
// RUN: %clangxx -std=c++17 %strict-warnings %t17.cpp -o %t17.orig
// RUN: %t17.orig > %t17.orig.out && %t17.orig 1 2 >> %t17.orig.out
// RUN: %check --fix-notes %t17.cpp -- -std=c++17 > /dev/null 2>&1
// RUN: %clangxx -std=c++17 %strict-warnings %t17.cpp -o %t17.fixed
// RUN: %t17.fixed > %t17.fixed.out && %t17.fixed 1 2 >> %t17.fixed.out
// RUN: diff %t17.orig.out %t17.fixed.out
// RUN: %if libcxx %{ sed -e 's#// *\(CHECK\|FIXED\).*##' %s > %tcxx.cpp %}
// RUN: %if libcxx %{ %clangxx -std=c++20 -stdlib=libc++ %strict-warnings %tcxx.cpp -o %tcxx.orig %}
// RUN: %if libcxx %{ %tcxx.orig > %tcxx.orig.out && %tcxx.orig 1 2 >> %tcxx.orig.out %}
// RUN: %if libcxx %{ %check --fix-notes %tcxx.cpp -- -std=c++20 -stdlib=libc++ > /dev/null 2>&1 %}
// RUN: %if libcxx %{ %clangxx -std=c++20 -stdlib=libc++ %strict-warnings %tcxx.cpp -o %tcxx.fixed %}
// RUN: %if libcxx %{ %tcxx.fixed > %tcxx.fixed.out && %tcxx.fixed 1 2 >> %tcxx.fixed.out %}
// RUN: %if libcxx %{ diff %tcxx.orig.out %tcxx.fixed.out %}
// RUN: %if libcxx %{ diff %t.orig.out %tcxx.orig.out %}

// The second note's fix adds the include the first one could not.
// FIXED: {{^}}#include <array>{{$}}
#include <algorithm>
#include <cstdio>
#include <stdexcept>
#include <utility>
#include <vector>

// Runtime values the compiler cannot fold: set from argc in main.
static int Args = 0;
static bool Enabled = false;

static int checksum(const std::vector<int> &V) {
  int Sum = static_cast<int>(V.size()) * 1000;
  for (int X : V)
    Sum += X;
  return Sum;
}

// Item 2: when the first type-change note of a file has no fix-its (a
// braced push_back({x}) cannot become v[i] = {x}), the next note must still
// add the #include it needs. (A growth call spelled in a macro, which this
// case used, no longer gets the std::array remedy at all:
// checkers/growth-spellings.cpp.)
int firstNoteWithoutFix() {
  std::vector<int> v;
  for (int i = 0; i < 3; ++i)
    v.push_back({i + Args});
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v' grows with 'push_back' to at most 3 elements and never leaves its function
  return v[2] + static_cast<int>(v.size());
}

int secondNoteAddsTheInclude() {
  std::vector<int> v;
  for (int i = 0; i < 5; ++i)
    v.push_back(i * Args);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v' grows with 'push_back' to at most 5 elements and never leaves its function
  // FIXED: {{^}}  std::array<int, 5> v;{{$}}
  // FIXED: {{^}}    v[static_cast<std::size_t>(i)] = i * Args;{{$}}
  return v[4] + static_cast<int>(v.size());
}

// Item 3: std::array holds N elements from its declaration on; it is the
// same program only where the loop runs to its end before any later use.
// Otherwise the size is kept: here, a reserve.
int conditionalLoop() {
  std::vector<int> v;
  if (Enabled) {
    for (int i = 0; i < 4; ++i)
      v.push_back(i);
    // CHECK: :[[@LINE-1]]:7: warning: vector 'v' grows with 'push_back' in a loop that runs '4' times; consider calling 'reserve'
    // FIXED: {{^}}    v.reserve(4);{{$}}
  }
  return checksum(v);
}

int loopInSwitchCase() {
  std::vector<int> v;
  switch (Args) {
  case 1:
    for (int i = 0; i < 4; ++i)
      v.push_back(i);
    // CHECK: :[[@LINE-1]]:7: warning: vector 'v' grows with 'push_back' in a loop that runs '4' times; consider calling 'reserve'
    break;
  default:
    break;
  }
  return checksum(v);
}

int mayThrow(int I) {
  if (I >= Args + 2)
    throw std::runtime_error("too far");
  return I;
}

int loopThatMayThrowInTry() {
  std::vector<int> v;
  try {
    for (int i = 0; i < 4; ++i)
      v.push_back(mayThrow(i));
    // CHECK: :[[@LINE-1]]:7: warning: vector 'v' grows with 'push_back' in a loop that runs '4' times; consider calling 'reserve'
  } catch (const std::exception &) {
  }
  return checksum(v);
}

int loopAfterGoto() {
  std::vector<int> v;
  if (Enabled)
    goto done;
  for (int i = 0; i < 4; ++i)
    v.push_back(i);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v' grows with 'push_back' in a loop that runs '4' times; consider calling 'reserve'
done:
  return checksum(v);
}

// Item 3, element types: a std::array makes and destroys all N elements,
// which must do nothing a vector would not do.
struct Noisy {
  Noisy() { std::printf("made\n"); }
  explicit Noisy(int V) : Value(V) {}
  int Value = 0;
};

int noisyElements() {
  std::vector<Noisy> v;
  for (int i = 0; i < 2; ++i)
    v.push_back(Noisy(i));
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v' grows with 'push_back' in a loop that runs '2' times; consider calling 'reserve'
  return v[1].Value;
}

// Item 4: the index fix must name the loop's counter, not a variable that
// hides it in the body.
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wshadow"
int shadowedCounter(int Row) {
  std::vector<int> v;
  for (int i = 0; i < 4; ++i) {
    const int Base = Row;
    {
      const int i = Base * 10; // hides the counter
      v.push_back(i);
    }
  }
  // CHECK: :[[@LINE-3]]:7: warning: vector 'v' grows with 'push_back' in a loop that runs '4' times; consider calling 'reserve'
  return v[3];
}
#pragma clang diagnostic pop

// Item 5: a loop in a lambda that the vector outlives runs once per call; a
// reserve in it would make the growth quadratic. No finding.
int loopInLambda(const std::vector<int> &Xs) {
  std::vector<int> out;
  auto add = [&] {
    for (int X : Xs)
      out.push_back(X);
  };
  for (int K = 0; K < 20; ++K)
    add();
  return checksum(out);
}

// Item 6: the loop's count is not the size the vector reaches when anything
// but its growth calls may change its size in the loop. No finding for any.
void mayFlush(std::vector<int> *Batch) {
  if (Batch->size() > 2)
    Batch->clear();
}

int changedInTheLoop(int N) {
  int Sum = 0;
  std::vector<int> cur, prev;
  for (int i = 0; i < N; ++i) {
    cur.push_back(i);
    std::swap(cur, prev);
  }
  Sum += checksum(cur) + checksum(prev);
  std::vector<int> other, swapped;
  for (int i = 0; i < N; ++i) {
    swapped.push_back(i);
    other.swap(swapped);
  }
  Sum += checksum(other) + checksum(swapped);
  std::vector<std::vector<int>> frames;
  std::vector<int> frame;
  for (int i = 0; i < N; ++i) {
    frame.push_back(i);
    frames.push_back(std::move(frame));
    // CHECK: :[[@LINE-1]]:5: warning: vector 'frames' grows with 'push_back' in a loop that runs 'N' times
    // FIXED: {{^}}  if (0 < N) frames.reserve(static_cast<std::size_t>(N));{{$}}
  }
  Sum += static_cast<int>(frames.size());
  std::vector<int> sink, moved;
  for (int i = 0; i < N; ++i) {
    moved.push_back(i);
    sink = std::move(moved);
  }
  Sum += checksum(sink);
  std::vector<int> viaAlias;
  std::vector<int> &alias = viaAlias;
  for (int i = 0; i < N; ++i) {
    viaAlias.push_back(i);
    alias.clear();
  }
  Sum += checksum(viaAlias);
  std::vector<int> batch;
  for (int i = 0; i < N; ++i) {
    batch.push_back(i);
    mayFlush(&batch);
  }
  Sum += checksum(batch);
  std::vector<int> byLambda;
  auto reset = [&byLambda] { byLambda.clear(); };
  for (int i = 0; i < N; ++i) {
    byLambda.push_back(i);
    if (i % 2)
      reset();
  }
  Sum += checksum(byLambda);
  // Element changes keep the size: still a finding.
  std::vector<int> kept;
  for (int i = 0; i < N; ++i) {
    kept.push_back(i);
    kept.back() += 1;
    kept[0] = 7;
  }
  // CHECK: :[[@LINE-4]]:5: warning: vector 'kept' grows with 'push_back' in a loop that runs 'N' times
  // FIXED: {{^}}  if (0 < N) kept.reserve(static_cast<std::size_t>(N));{{$}}
  return Sum + checksum(kept);
}

// Item 7: a count that does not fit size_type is no finding (the loops
// never run here: Args is small).
int hugeCount() {
  std::vector<char> v;
  for (long long i = 0; i < 10000000000LL * Args - 10000000000LL * Args; ++i)
    for (long long j = 0; j < 10000000000LL; ++j)
      v.push_back('a');
  std::vector<char> w;
  if (Args > 100)
    for (long long i = 0; i < 10000000000LL; ++i)
      for (long long j = 0; j < 10000000000LL; ++j)
        w.push_back('a');
  return static_cast<int>(v.size() + w.size());
}

// Item 17: a signed count is converted to size_type, so the fix adds no
// -Wsign-conversion warning.
int signedCounts(int N, long M, short S) {
  std::vector<int> v;
  for (int i = 0; i < N; ++i)
    v.push_back(i);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v' grows with 'push_back' in a loop that runs 'N' times
  // FIXED: {{^}}  if (0 < N) v.reserve(static_cast<std::size_t>(N));{{$}}
  std::vector<int> w{1};
  for (long i = 0; i < M; ++i)
    w.push_back(1);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'w' grows with 'push_back' in a loop that runs 'M' times
  // FIXED: {{^}}  if (0 < M) w.reserve(w.size() + static_cast<std::size_t>(M));{{$}}
  std::vector<int> u;
  for (int i = 2; i < S; ++i)
    u.push_back(i);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'u' grows with 'push_back' in a loop that runs 'S - 2' times
  // FIXED: {{^}}  if (2 < S) u.reserve(static_cast<std::size_t>(S - 2));{{$}}
  return checksum(v) + checksum(w) + checksum(u);
}

// Item 17, nests: the product converts each factor to size_t before it
// multiplies (an int times a size() would convert implicitly; two 32-bit
// unsigned counts would wrap), while the message keeps the plain text.
int productsOfCounts(int M, unsigned Un, const std::vector<int> &Data) {
  std::vector<int> v;
  for (int r = 0; r < M; ++r)
    for (const int X : Data)
      v.push_back(X + r);
  // CHECK: :[[@LINE-1]]:7: warning: vector 'v' grows with 'push_back' by 'M * Data.size()' elements in the loop
  // FIXED: {{^}}  if (0 < M) v.reserve(static_cast<std::size_t>(M) * Data.size());{{$}}
  std::vector<int> w;
  for (unsigned r = 0; r < Un; ++r)
    for (unsigned k = 0; k < Un; ++k)
      w.push_back(1);
  // CHECK: :[[@LINE-1]]:7: warning: vector 'w' grows with 'push_back' by 'Un * Un' elements in the loop
  // FIXED: {{^}}  w.reserve(static_cast<std::size_t>(Un) * static_cast<std::size_t>(Un));{{$}}
  return checksum(v) + checksum(w);
}

#if __cplusplus >= 202002L
// Item 1: a name declared in a range-for's init statement does not exist
// before the loop, where the reserve would go. No finding.
int rangeInitStatement(const std::vector<int> &In) {
  std::vector<int> out;
  for (const auto &Src = In; int X : Src)
    out.push_back(X);
  return checksum(out);
}

// Item 6, C++20: std::erase_if changes the size.
int erasedInTheLoop(int N) {
  std::vector<int> v;
  for (int i = 0; i < N; ++i) {
    v.push_back(i);
    std::erase_if(v, [](int X) { return X % 2 == 1; });
  }
  return checksum(v);
}
#else
int rangeInitStatement(const std::vector<int> &) { return 3006; }
int erasedInTheLoop(int N) { return N == 1 ? 1000 : 3006; }
#endif

int main(int argc, char **) {
  Args = argc;
  Enabled = argc > 1;
  std::vector<int> Xs{1, 2, 3};
  std::printf("%d %d\n", firstNoteWithoutFix(), secondNoteAddsTheInclude());
  std::printf("%d %d %d %d\n", conditionalLoop(), loopInSwitchCase(),
              loopThatMayThrowInTry(), loopAfterGoto());
  std::printf("%d %d %d\n", noisyElements(), shadowedCounter(argc),
              loopInLambda(Xs));
  std::printf("%d %d\n", changedInTheLoop(argc + 3), hugeCount());
  std::printf("%d\n", signedCounts(argc + 2, argc, static_cast<short>(argc + 4)));
  std::printf("%d %d\n", rangeInitStatement(Xs), erasedInTheLoop(3));
  std::printf("%d\n", productsOfCounts(argc + 1, static_cast<unsigned>(argc), Xs));
}
