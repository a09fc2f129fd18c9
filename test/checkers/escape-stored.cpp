// Escape: a vector moved, swapped or assigned into something that outlives
// the function (a member, a global or static, an object reached through a
// parameter, a heap object, a container that itself escapes), and the
// copies into them, which do not make its storage escape.
//
// RUN: %check %s -- %mock-std | FileCheck %s --implicit-check-not="warning:" --implicit-check-not="escapes"

#include <memory>
#include <utility>
#include <vector>

std::vector<int> Global;

struct Cache {
  std::vector<int> Items;
  void moved(const std::vector<int> &in) {
    std::vector<int> v;
    for (int x : in)
      v.push_back(x);
    // CHECK: :[[@LINE-1]]:7: warning: vector 'v'
    Items = std::move(v);
    // CHECK: :[[@LINE-1]]:5: note: 'v' escapes: stored in member 'Items' here
  }
  void swapped(const std::vector<int> &in) {
    std::vector<int> v;
    for (int x : in)
      v.push_back(x);
    // CHECK: :[[@LINE-1]]:7: warning: vector 'v'
    v.swap(Items);
    // CHECK: :[[@LINE-1]]:5: note: 'v' escapes: stored in member 'Items' here
  }
  void copied(const std::vector<int> &in) {
    std::vector<int> v;
    for (int x : in)
      v.push_back(x);
    // CHECK: :[[@LINE-1]]:7: warning: vector 'v'
    // A copy: Items gets storage of its own.
    Items = v;
  }
};

void intoGlobal(const std::vector<int> &in) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  Global = std::move(v);
  // CHECK: :[[@LINE-1]]:3: note: 'v' escapes: stored in global 'Global' here
}

void intoStatic(const std::vector<int> &in) {
  static std::vector<int> Last;
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  Last.swap(v);
  // CHECK: :[[@LINE-1]]:3: note: 'v' escapes: stored in global 'Last' here
}

void copiedToGlobal(const std::vector<int> &in) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  // A copy.
  Global = v;
}

void throughReference(const std::vector<int> &in, std::vector<int> &out) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  out = std::move(v);
  // CHECK: :[[@LINE-1]]:3: note: 'v' escapes: stored in the object parameter 'out' refers to here
}

void throughPointer(const std::vector<int> &in, std::vector<int> *out) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  out->swap(v);
  // CHECK: :[[@LINE-1]]:3: note: 'v' escapes: stored in the object parameter 'out' refers to here
}

void copiedThroughReference(const std::vector<int> &in, std::vector<int> &out) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  // A copy.
  out = v;
}

std::shared_ptr<std::vector<int>> shared(const std::vector<int> &in) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  return std::make_shared<std::vector<int>>(std::move(v));
  // CHECK: :[[@LINE-1]]:10: note: 'v' escapes: stored in a heap object made by 'std::make_shared' here
}

std::unique_ptr<std::vector<int>> unique(const std::vector<int> &in) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  return std::make_unique<std::vector<int>>(std::move(v));
  // CHECK: :[[@LINE-1]]:10: note: 'v' escapes: stored in a heap object made by 'std::make_unique' here
}

std::vector<int> *viaNew(const std::vector<int> &in) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  return new std::vector<int>(std::move(v));
  // CHECK: :[[@LINE-1]]:10: note: 'v' escapes: stored in a heap object here
}

std::unique_ptr<std::vector<int>> copiedToHeap(const std::vector<int> &in) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  // A copy on the heap.
  return std::make_unique<std::vector<int>>(v);
}

std::vector<std::vector<int>> intoEscapingContainer(const std::vector<int> &in) {
  std::vector<std::vector<int>> all;
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  all.push_back(std::move(v));
  // CHECK: :[[@LINE-1]]:3: note: 'v' stored in the elements of 'all' here
  return all;
  // CHECK: :[[@LINE-1]]:3: note: 'v' escapes: returned here
}

int intoLocalContainer(const std::vector<int> &in) {
  std::vector<std::vector<int>> all;
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  // The container stays here.
  all.push_back(std::move(v));
  return static_cast<int>(all.size());
}
