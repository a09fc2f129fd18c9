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
  if (0 < n) v.reserve(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i)
    v.push_back(i);
  
  
  // A negative n would make reserve(n) throw: the fix is guarded.
  
  
  
}

void unsignedBound(std::size_t n) {
  std::vector<int> v;
  v.reserve(n);
  for (std::size_t i = 0; i < n; i++) {
    v.emplace_back(1);
  }
  
  
  
}

void notEqualAndPlusOne(unsigned n) {
  std::vector<unsigned> v;
  v.reserve(n);
  for (unsigned i = 0; i != n; i += 1)
    v.push_back(i * 2);
  
  
}

void reversedComparison(std::size_t n) {
  std::vector<int> v;
  v.reserve(n);
  for (std::size_t i = 0; n > i; ++i)
    v.push_back(0);
  
}

void nonZeroStart(int first, int last) {
  std::vector<int> v;
  if (first < last) v.reserve(static_cast<std::size_t>(last - first));
  for (int i = first; i < last; ++i)
    v.push_back(i);
  
  
}

void constantBounds() {
  std::vector<int> v;
  v.reserve(8);
  for (int i = 2; i < 10; ++i)
    v.push_back(i);
  
  
}

constexpr int kRows = 16;
void namedConstant() {
  std::vector<int> v;
  v.reserve(kRows);
  for (int i = 0; i < kRows; ++i)
    v.push_back(i);
  
  
}

void sizeOfAnotherVector(const std::vector<double> &in) {
  std::vector<double> out;
  out.reserve(in.size());
  for (std::size_t i = 0; i < in.size(); ++i)
    out.push_back(in[i] * 2);
  
  
}

void assignedCounter(std::size_t n) {
  std::vector<int> v;
  std::size_t i;
  v.reserve(n);
  for (i = 0; i < n; ++i)
    v.push_back(1);
  
}

void manyStatements(std::size_t n) {
  std::vector<int> v;
  int sum = 0;
  v.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    int x = static_cast<int>(i) * 3;
    sum += x;
    v.push_back(x + sum);
  }
  
}

void nonEmptyBefore(std::size_t n) {
  std::vector<int> v;
  v.push_back(-1);
  v.reserve(v.size() + n);
  for (std::size_t i = 0; i < n; ++i)
    v.push_back(1);
  
  // Elements already there count too.
  
}

void nonEmptyCompoundCount(int first, int last) {
  std::vector<int> v(4);
  if (first < last) v.reserve(v.size() + static_cast<std::size_t>(last - first));
  for (int i = first; i < last; ++i)
    v.push_back(i);
  
  
}

void labelled(std::size_t n) {
  std::vector<int> v;
  v.reserve(n);
outer:
  for (std::size_t i = 0; i < n; ++i)
    v.push_back(1);
  
  // The reserve goes before the label, so a goto to it still skips nothing.
  
  
  (void)&&outer;
}

void sameLine(std::size_t n) {
  std::vector<int> v; v.reserve(n); for (std::size_t i = 0; i < n; ++i) v.push_back(1);
  
  
}

void lessEqual(std::size_t n) {
  std::vector<int> v;
  v.reserve(n + 1);
  for (std::size_t i = 0; i <= n; ++i)
    v.push_back(1);
  
  // More comparisons and steps: tripcount-steps.cpp.
  
}

void boundDeclaredInLoop(const std::vector<int> &in) {
  std::vector<int> v;
  v.reserve(in.size());
  for (std::size_t i = 0, n = in.size(); i < n; ++i)
    v.push_back(1);
  
  // 'n' does not exist before the loop: the fix names its initialiser.
  
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
  out.reserve(data.size());
  for (std::size_t i = 0; i < data.size(); ++i) {
    data[i] *= 2;
    out.push_back(data[i]);
  }
  
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
  if (0 < argc) command.reserve(static_cast<std::size_t>(argc + 1));
  for (int i = 0; i < argc; ++i)
    command.push_back(argv[i]);
  
  // One more element follows the loop: the reserve makes room for it, or
  // that push_back would reallocate an exactly full vector.
  
  command.push_back(nullptr);
}

// The same inside a loop that declares the vector (ninja's browse.cc runs it
// in `do { ... } while (false)`): the sentinel is still outside every loop
// the vector outlives.
void closedWithASentinelInALoop(int argc, const char **argv) {
  do {
    std::vector<const char *> command;
    if (0 < argc) command.reserve(static_cast<std::size_t>(argc + 1));
    for (int i = 0; i < argc; ++i)
      command.push_back(argv[i]);
    
    
    command.push_back(nullptr);
  } while (false);
}

// A growth call in a lambda after the loop may run any number of times: not
// a sentinel.
void appendedByALambdaAfterTheLoop(int argc, const char **argv) {
  std::vector<const char *> command;
  if (0 < argc) command.reserve(static_cast<std::size_t>(argc));
  for (int i = 0; i < argc; ++i)
    command.push_back(argv[i]);
  
  
  auto close = [&command] { command.push_back(nullptr); };
  close();
}
