// Counted for loops beyond `i < n; ++i` (rules C1-C4 of
// docs/design/TripCount.md): every comparison, steps of any constant size in
// both directions, bounds declared in the init statement, counters declared
// before the loop. The fixes are guarded so that a negative count never
// reaches reserve, and must compile.
//
// These check the trip count and its reserve, so the type-changing remedies
// (which an unused local with a constant count would get) are off.
// RUN: %check --config='{CheckOptions: {stacklift-vector-growth.EnableFixedCapacity: false}}' %s -- %mock-std | FileCheck %s --implicit-check-not="warning:"
// RUN: sed -e 's#// *\(CHECK\|FIXED\).*##' %s > %t.cpp
// RUN: %check --fix --config='{CheckOptions: {stacklift-vector-growth.EnableFixedCapacity: false}}' %t.cpp -- %mock-std > /dev/null 2>&1
// RUN: FileCheck --check-prefix=FIXED --input-file=%t.cpp %s
// RUN: %clangxx -fsyntax-only %mock-std %t.cpp

#include <iterator>
#include <map>
#include <vector>

// ---- C1: ascending counters. ----

void lessEqual(int n) {
  std::vector<int> v;
  if (0 <= n) v.reserve(static_cast<std::size_t>(n + 1));
  for (int i = 0; i <= n; ++i)
    v.push_back(i);
  
  
}

void lessEqualFromOne(std::size_t n) {
  std::vector<int> v;
  if (1 <= n) v.reserve(n);
  for (std::size_t i = 1; i <= n; ++i)
    v.push_back(1);
  
  
}

void lessEqualUnsigned(std::size_t n) {
  std::vector<int> v;
  v.reserve(n + 1);
  for (std::size_t i = 0; i <= n; ++i)
    v.push_back(1);
  // An unsigned bound from zero needs no guard.
  
  
}

void stepThree(int first, int last) {
  std::vector<int> v;
  if (first < last) v.reserve(static_cast<std::size_t>((last - first + 2) / 3));
  for (int i = first; i < last; i += 3)
    v.push_back(i);
  // The count rounds up: ceil((last - first) / 3).
  
  
}

void stepTwoUnsigned(std::size_t n) {
  std::vector<int> v;
  v.reserve((n + 1) / 2);
  for (std::size_t i = 0; i < n; i += 2)
    v.push_back(1);
  
  
}

void constantInclusiveStep() {
  std::vector<int> v;
  v.reserve(15);
  for (unsigned i = 0; i <= 100; i += 7)
    v.push_back(1);
  // 0, 7, ..., 98: fifteen values, computed exactly.
  
  
}

void notEqualStep() {
  std::vector<int> v;
  v.reserve(4);
  for (int i = 0; i != 12; i += 3)
    v.push_back(i);
  
}

void stdSizeOfArray() {
  int table[6] = {};
  std::vector<int> v;
  v.reserve(std::size(table));
  for (std::size_t i = 0; i < std::size(table); ++i)
    v.push_back(table[i]);
  
  
}

void stdSizeOfContainer(const std::vector<int> &in) {
  std::vector<int> v;
  v.reserve(std::size(in));
  for (std::size_t i = 0; i < std::size(in); ++i)
    v.push_back(in[i]);
  
}

// ---- C2: descending counters. ----

void descending(int n) {
  std::vector<int> v;
  if (n > 0) v.reserve(static_cast<std::size_t>(n));
  for (int i = n; i > 0; --i)
    v.push_back(i);
  
  
}

void descendingInclusive(int n) {
  std::vector<int> v;
  if ((n - 1) >= 0) v.reserve(static_cast<std::size_t>(n));
  for (int i = n - 1; i >= 0; i--)
    v.push_back(i);
  
  
}

void descendingUnsigned(std::size_t n) {
  std::vector<int> v;
  v.reserve(n);
  for (std::size_t i = n; i > 0; --i)
    v.push_back(1);
  
  
}

void descendingStep(int hi, int lo) {
  std::vector<int> v;
  if (hi >= lo) v.reserve(static_cast<std::size_t>((hi - lo + 4) / 4));
  for (int i = hi; i >= lo; i -= 4)
    v.push_back(i);
  
  
}

void constantDescending() {
  std::vector<int> v;
  v.reserve(4);
  for (int i = 10; i >= -5; i -= 5)
    v.push_back(i);
  // 10, 5, 0, -5.
  
}

// ---- C3: bounds declared in the init statement. ----

void boundInInit(const std::vector<int> &in) {
  std::vector<int> v;
  v.reserve(in.size());
  for (std::size_t i = 0, n = in.size(); i < n; ++i)
    v.push_back(in[i]);
  // 'n' is out of scope before the loop: its initialiser takes its place.
  
  
}

void startFromInit(const std::vector<int> &in) {
  std::vector<int> v;
  if ((static_cast<int>(in.size()) - 1) >= 0) v.reserve(static_cast<std::size_t>(static_cast<int>(in.size())));
  for (int n = static_cast<int>(in.size()), i = n - 1; i >= 0; --i)
    v.push_back(in[i]);
  
  
}

// ---- C4: a counter declared before the loop. ----

void counterFromBefore(std::size_t n, std::size_t i) {
  std::vector<int> v;
  if (i < n) v.reserve(n - i);
  for (; i < n; ++i)
    v.push_back(1);
  
  
}

// ---- Not counted: no finding. ----

void notEqualStepsOver() {
  std::vector<int> v;
  // 0, 3, 6, 9, 12, ...: never equal to 10.
  for (int i = 0; i != 10; i += 3)
    v.push_back(i);
}

void notEqualSymbolicStep(int n) {
  std::vector<int> v;
  // With a step of two, 'i != n' may never become false.
  for (int i = 0; i != n; i += 2)
    v.push_back(i);
}

void wrongDirection(int n) {
  std::vector<int> v;
  // The counter moves away from the bound.
  for (int i = 0; i > n; ++i)
    v.push_back(i);
}

void unsignedDownToZero(std::size_t n) {
  std::vector<int> v;
  // 'i >= 0' is always true for an unsigned counter.
  for (std::size_t i = n; i >= 0; --i)
    v.push_back(1);
}

void narrowCounter() {
  std::vector<int> v;
  // An unsigned char never reaches 300.
  for (unsigned char c = 0; c < 300; ++c)
    v.push_back(1);
}

void initBoundChanged(const std::vector<int> &in) {
  std::vector<int> v;
  // 'n' shrinks as the loop runs.
  for (std::size_t i = 0, n = in.size(); i < n; ++i) {
    v.push_back(1);
    --n;
  }
}

int next();
void initBoundFromCall() {
  std::vector<int> v;
  // Calling next() again before the loop would change what it returns.
  for (int i = 0, n = next(); i < n; ++i)
    v.push_back(1);
}

void startOfOtherType(int first, std::size_t n) {
  std::vector<int> v;
  // FALSE-NEGATIVE: 'first' converted to size_t could be spelled with a cast.
  for (std::size_t i = first; i < n; ++i)
    v.push_back(1);
}

void stepNotConstant(int n, int k) {
  std::vector<int> v;
  // The step is not a constant.
  for (int i = 0; i < n; i += k)
    v.push_back(i);
}

void counterPassedByValueToRvalueOverload(unsigned n) {
  std::vector<int> v;
  // The unsigned counter is converted to a temporary int for
  // push_back(int &&): read, not changed.
  v.reserve(n);
  for (unsigned i = 0; i < n; ++i)
    v.push_back(i);
  
  
}

// ---- Bounds changed from before the loop. ----

void boundChangedThroughPointer(int n) {
  std::vector<int> v;
  int *limit = &n;
  // No count: the pointer made before the loop writes the bound in it.
  for (int i = 0; i < n; ++i) {
    v.push_back(i);
    *limit -= 1;
  }
}

void boundChangedByLambda(int n) {
  std::vector<int> v;
  auto shrink = [&] { --n; };
  // No count: the lambda defined before the loop changes the bound in it.
  for (int i = 0; i < n; ++i) {
    v.push_back(i);
    shrink();
  }
}

void boundReadByCall(void (*read)(int &)) {
  int n = 0;
  read(n);
  std::vector<int> v;
  // A call that sets the bound before the loop does not keep a reference.
  if (0 < n) v.reserve(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i)
    v.push_back(i);
  
  
}

// ---- Calls shared by a generic lambda's instantiations. ----

void shrunkInGenericLambda(int n) {
  std::vector<int> v;
  // No count: the generic lambda called in the loop empties the vector.
  for (int i = 0; i < n; ++i) {
    v.push_back(i);
    [&](auto) { v.clear(); }(0);
  }
}

void grownInGenericLambda() {
  std::vector<int> v;
  auto fill = [&](auto) {
    for (int i = 0; i < 19; ++i)
      v.push_back(i);
    // No finding: the loop runs once per call of the lambda, which the
    // vector outlives; a reserve here would run at every call.
  };
  fill(1);
  fill(2L);
}

// ---- A map's operator[] inserts. ----

void boundIsAMapThatGrows(std::map<int, int> &m) {
  std::vector<int> v;
  // No count: m[i + 100] adds a key, and the bound reads m.size().
  for (int i = 0; i < static_cast<int>(m.size()); ++i) {
    v.push_back(i);
    m[i + 100] = 1;
  }
}
