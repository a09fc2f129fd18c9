// Counted for loops (rule C1 of docs/design/TripCount.md): the finding, its
// note, and the reserve fix, which must compile.
//
// These check the trip count and its reserve, so the type-changing remedies
// (which an unused local with a constant count would get) are off.
// RUN: %check --config='{CheckOptions: {stacklift-vector-growth.EnableFixedCapacity: false}}' %s -- %mock-std | FileCheck %s --implicit-check-not="warning:"
// RUN: sed -e 's#// *\(CHECK\|FIXED\).*##' %s > %t.cpp
// RUN: %check --fix --config='{CheckOptions: {stacklift-vector-growth.EnableFixedCapacity: false}}' %t.cpp -- %mock-std > /dev/null 2>&1
// RUN: FileCheck --check-prefix=FIXED --input-file=%t.cpp %s
// RUN: %clangxx -fsyntax-only %mock-std %t.cpp

#include <vector>

void signedBound(int n) {
  std::vector<int> v;
  for (int i = 0; i < n; ++i)
    v.push_back(i);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v' grows with 'push_back' in a loop that runs 'n' times; consider calling 'reserve' before the loop [stacklift-vector-growth]
  // CHECK: :[[@LINE-3]]:23: note: the loop runs 'n' times
  // A negative n would make reserve(n) throw: the fix is guarded.
  // FIXED: {{^}}  std::vector<int> v;{{$}}
  // FIXED-NEXT: {{^}}  if (0 < n) v.reserve(static_cast<std::size_t>(n));{{$}}
  // FIXED-NEXT: {{^}}  for (int i = 0; i < n; ++i){{$}}
}

void unsignedBound(std::size_t n) {
  std::vector<int> v;
  for (std::size_t i = 0; i < n; i++) {
    v.emplace_back(1);
  }
  // CHECK: :[[@LINE-2]]:5: warning: vector 'v' grows with 'emplace_back' in a loop that runs 'n' times; consider calling 'reserve' before the loop [stacklift-vector-growth]
  // FIXED: {{^}}  v.reserve(n);{{$}}
  // FIXED-NEXT: {{^}}  for (std::size_t i = 0; i < n; i++) {{{$}}
}

void notEqualAndPlusOne(unsigned n) {
  std::vector<unsigned> v;
  for (unsigned i = 0; i != n; i += 1)
    v.push_back(i * 2);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v' grows with 'push_back' in a loop that runs 'n' times
  // FIXED: {{^}}  v.reserve(n);{{$}}
}

void reversedComparison(std::size_t n) {
  std::vector<int> v;
  for (std::size_t i = 0; n > i; ++i)
    v.push_back(0);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v' grows with 'push_back' in a loop that runs 'n' times
}

void nonZeroStart(int first, int last) {
  std::vector<int> v;
  for (int i = first; i < last; ++i)
    v.push_back(i);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v' grows with 'push_back' in a loop that runs 'last - first' times
  // FIXED: {{^}}  if (first < last) v.reserve(static_cast<std::size_t>(last - first));{{$}}
}

void constantBounds() {
  std::vector<int> v;
  for (int i = 2; i < 10; ++i)
    v.push_back(i);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v' grows with 'push_back' in a loop that runs '8' times
  // FIXED: {{^}}  v.reserve(8);{{$}}
}

constexpr int kRows = 16;
void namedConstant() {
  std::vector<int> v;
  for (int i = 0; i < kRows; ++i)
    v.push_back(i);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v' grows with 'push_back' in a loop that runs 'kRows' times
  // FIXED: {{^}}  v.reserve(kRows);{{$}}
}

void sizeOfAnotherVector(const std::vector<double> &in) {
  std::vector<double> out;
  for (std::size_t i = 0; i < in.size(); ++i)
    out.push_back(in[i] * 2);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'out' grows with 'push_back' in a loop that runs 'in.size()' times
  // FIXED: {{^}}  out.reserve(in.size());{{$}}
}

void assignedCounter(std::size_t n) {
  std::vector<int> v;
  std::size_t i;
  for (i = 0; i < n; ++i)
    v.push_back(1);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v' grows with 'push_back' in a loop that runs 'n' times
}

void manyStatements(std::size_t n) {
  std::vector<int> v;
  int sum = 0;
  for (std::size_t i = 0; i < n; ++i) {
    int x = static_cast<int>(i) * 3;
    sum += x;
    v.push_back(x + sum);
  }
  // CHECK: :[[@LINE-2]]:5: warning: vector 'v' grows with 'push_back' in a loop that runs 'n' times
}

void nonEmptyBefore(std::size_t n) {
  std::vector<int> v;
  v.push_back(-1);
  for (std::size_t i = 0; i < n; ++i)
    v.push_back(1);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v' grows with 'push_back' in a loop that runs 'n' times
  // Elements already there count too.
  // FIXED: {{^}}  v.reserve(v.size() + n);{{$}}
}

void nonEmptyCompoundCount(int first, int last) {
  std::vector<int> v(4);
  for (int i = first; i < last; ++i)
    v.push_back(i);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v' grows with 'push_back' in a loop that runs 'last - first' times
  // FIXED: {{^}}  if (first < last) v.reserve(v.size() + static_cast<std::size_t>(last - first));{{$}}
}

void labelled(std::size_t n) {
  std::vector<int> v;
outer:
  for (std::size_t i = 0; i < n; ++i)
    v.push_back(1);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v' grows with 'push_back'
  // The reserve goes before the label, so a goto to it still skips nothing.
  // FIXED: {{^}}  v.reserve(n);{{$}}
  // FIXED-NEXT: {{^}}outer:{{$}}
  (void)&&outer;
}

void sameLine(std::size_t n) {
  std::vector<int> v; for (std::size_t i = 0; i < n; ++i) v.push_back(1);
  // CHECK: :[[@LINE-1]]:59: warning: vector 'v' grows with 'push_back'
  // FIXED: {{^}}  std::vector<int> v; v.reserve(n); for (std::size_t i = 0; i < n; ++i) v.push_back(1);{{$}}
}

void lessEqual(std::size_t n) {
  std::vector<int> v;
  for (std::size_t i = 0; i <= n; ++i)
    v.push_back(1);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v' grows with 'push_back' in a loop that runs 'n + 1' times
  // More comparisons and steps: tripcount-steps.cpp.
  // FIXED: {{^}}  v.reserve(n + 1);{{$}}
}

void boundDeclaredInLoop(const std::vector<int> &in) {
  std::vector<int> v;
  for (std::size_t i = 0, n = in.size(); i < n; ++i)
    v.push_back(1);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v' grows with 'push_back' in a loop that runs 'in.size()' times
  // 'n' does not exist before the loop: the fix names its initialiser.
  // FIXED: {{^}}  v.reserve(in.size());{{$}}
}

// ---- Not counted: no finding. ----

void counterChangedInBody(std::size_t n) {
  std::vector<int> v;
  // The counter also moves in the body.
  for (std::size_t i = 0; i < n; ++i) {
    v.push_back(1);
    ++i;
  }
}

void boundChangedInBody(std::size_t n) {
  std::vector<int> v;
  // The bound shrinks as the loop runs.
  for (std::size_t i = 0; i < n; ++i) {
    v.push_back(1);
    --n;
  }
}

std::size_t next();
void boundIsACall() {
  std::vector<int> v;
  // next() may return another value at every test.
  for (std::size_t i = 0; i < next(); ++i)
    v.push_back(1);
}

void boundIsTheVector() {
  std::vector<int> v(3);
  // Grows its own bound: never ends.
  for (std::size_t i = 0; i < v.size(); ++i)
    v.push_back(1);
}

int limit;
void boundIsAGlobal() {
  std::vector<int> v;
  // Any call in the body could change a global.
  for (int i = 0; i < limit; ++i)
    v.push_back(1);
}

void neverRuns() {
  std::vector<int> v;
  // Nothing to reserve.
  for (int i = 5; i < 3; ++i)
    v.push_back(1);
}

void elementWritesKeepTheSize(std::vector<int> data) {
  std::vector<int> out;
  // data is not const, and the body writes its elements through [], which
  // changes no size: the bound holds.
  for (std::size_t i = 0; i < data.size(); ++i) {
    data[i] *= 2;
    out.push_back(data[i]);
  }
  // CHECK: :[[@LINE-2]]:5: warning: vector 'out' grows with 'push_back' in a loop that runs 'data.size()' times
}

void boundContainerGrows(std::vector<int> data) {
  std::vector<int> out;
  // data grows in the body: its size is not the count.
  for (std::size_t i = 0; i < data.size(); ++i) {
    out.push_back(data[i]);
    if (i == 0)
      data.push_back(1);
  }
}

void closedWithASentinel(int argc, const char **argv) {
  std::vector<const char *> command;
  for (int i = 0; i < argc; ++i)
    command.push_back(argv[i]);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'command' grows with 'push_back' in a loop that runs 'argc' times
  // One more element follows the loop: the reserve makes room for it, or
  // that push_back would reallocate an exactly full vector.
  // FIXED: {{^}}  if (0 < argc) command.reserve(static_cast<std::size_t>(argc + 1));{{$}}
  command.push_back(nullptr);
}

// The same inside a loop that declares the vector (ninja's browse.cc runs it
// in `do { ... } while (false)`): the sentinel is still outside every loop
// the vector outlives.
void closedWithASentinelInALoop(int argc, const char **argv) {
  do {
    std::vector<const char *> command;
    for (int i = 0; i < argc; ++i)
      command.push_back(argv[i]);
    // CHECK: :[[@LINE-1]]:7: warning: vector 'command' grows with 'push_back' in a loop that runs 'argc' times
    // FIXED: {{^}}    if (0 < argc) command.reserve(static_cast<std::size_t>(argc + 1));{{$}}
    command.push_back(nullptr);
  } while (false);
}

// A growth call in a lambda after the loop may run any number of times: not
// a sentinel.
void appendedByALambdaAfterTheLoop(int argc, const char **argv) {
  std::vector<const char *> command;
  for (int i = 0; i < argc; ++i)
    command.push_back(argv[i]);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'command' grows with 'push_back' in a loop that runs 'argc' times
  // FIXED: {{^}}  if (0 < argc) command.reserve(static_cast<std::size_t>(argc));{{$}}
  auto close = [&command] { command.push_back(nullptr); };
  close();
}

// A guard that returns the vector before the loop: the reference that
// `return v;` binds dies with the function, so the loop's count stands.
std::vector<int> returnedOnAGuardBeforeTheLoop(bool Empty, int n) {
  std::vector<int> v;
  if (Empty)
    return v;
  for (int i = 0; i < n; ++i)
    v.push_back(i);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v' grows with 'push_back' in a loop that runs 'n' times
  // FIXED: {{^}}  if (0 < n) v.reserve(v.size() + static_cast<std::size_t>(n));{{$}}
  return v;
}
