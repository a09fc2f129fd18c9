// The type-changing remedies (rules P2-P6 of RemedyPolicy.h) with a
// configured fixed-capacity template: when each applies, when each is
// refused and why, and the fix-its, which ride on a note (--fix-notes).
//
// RUN: %check --config="{CheckOptions: {stacklift-vector-growth.FixedCapacityType: 'boost::container::static_vector', stacklift-vector-growth.FixedCapacityHeader: '<boost/container/static_vector.hpp>'}}" %s -- %mock-std | FileCheck %s --implicit-check-not="warning:"
// RUN: sed -e 's#// *\(CHECK\|FIXED\).*##' %s > %t.cpp
// RUN: %check --fix-notes --config="{CheckOptions: {stacklift-vector-growth.FixedCapacityType: 'boost::container::static_vector', stacklift-vector-growth.FixedCapacityHeader: '<boost/container/static_vector.hpp>'}}" %t.cpp -- %mock-std > /dev/null 2>&1
// RUN: FileCheck --check-prefix=FIXED --input-file=%t.cpp %s
// RUN: %clangxx -fsyntax-only %mock-std %t.cpp
//
// Disabled, the same vectors get reserve.
// RUN: %check --config="{CheckOptions: {stacklift-vector-growth.FixedCapacityType: 'boost::container::static_vector', stacklift-vector-growth.EnableFixedCapacity: false}}" %s -- %mock-std | FileCheck %s --check-prefix=OFF
// OFF: :[[@LINE+29]]:5: warning: vector 'v' grows with 'push_back' in a loop that runs '3' times

// The header goes in alphabetical order among the angled includes.


#include <boost/container/static_vector.hpp>
#include <vector>

void read(const std::vector<int> &);
void keep(std::vector<int> &);

int neighbours(int x, int w) {
  static const int dx[] = {1, -1, 2, -2};
  boost::container::static_vector<int, 4> out;
  for (int d = 0; d < 4; ++d)
    if (x + dx[d] >= 0 && x + dx[d] < w)
      out.push_back(x + dx[d]);
  
  
  
  int sum = 0;
  for (int n : out)
    sum += n;
  return sum + static_cast<int>(out.size());
}

int countedOutsideTheLoopToo() {
  boost::container::static_vector<int, 4> v;
  v.push_back(-1);
  for (int i = 0; i < 3; ++i)
    v.push_back(i);
  // One growth before the loop, three in it: at most 4.
  
  
  return v[0];
}

int tooBigForTheStack() {
  std::vector<double> big;
  // 200 doubles are 1600 bytes, over MaxStackBytes (1024): reserve.
  big.reserve(200);
  for (int i = 0; i < 200; ++i)
    big.push_back(i * 0.5);
  
  
  return static_cast<int>(big[0]);
}

std::vector<int> escapes() {
  std::vector<int> v;
  // Returned: its storage must outlive the function.
  v.reserve(4);
  for (int i = 0; i < 4; ++i)
    v.push_back(i);
  
  
  return v;
}

int blockedByAUse() {
  std::vector<int> v;
  v.reserve(4);
  for (int i = 0; i < 4; ++i)
    v.push_back(i);
  // It could live on the stack, but read() takes a std::vector: reserve,
  // and a note at the use.
  
  
  
  read(v);
  return 0;
}

int growsInTwoLoops(int n) {
  std::vector<int> v;
  v.reserve(2);
  for (int i = 0; i < 2; ++i)
    v.push_back(i);
  
  // FALSE-NEGATIVE: the second loop's bound is not added up yet, so there
  // is no bound at all and no fixed capacity.
  v.reserve(v.size() + 2);
  for (int i = 0; i < 2; ++i)
    v.push_back(i);
  
  
  return v[n];
}

using Ints = std::vector<int>;
int spelledThroughAnAlias() {
  Ints v;
  for (int i = 0; i < 3; ++i)
    v.push_back(i);
  // The remedy stands, but the alias cannot be rewritten: a note, no fix.
  
  
  
  return v[0];
}
