// Escape: a lambda that captures a vector by reference escapes when it is
// stored in a std::function or a member, returned, or passed to
// std::thread, std::async or an opaque function; not when it is only called
// here, handed to a std algorithm, or to a visible function that only calls
// it.
//
// RUN: %check %s -- %mock-std | FileCheck %s --implicit-check-not="warning:" --implicit-check-not="escapes"

#include <algorithm>
#include <functional>
#include <future>
#include <thread>
#include <vector>

void opaque(std::function<void()> &f);
template <class F> void callNow(F f) { f(); }

struct Widget {
  std::function<int()> OnSize;
  void remember(const std::vector<int> &in) {
    std::vector<int> v;
    for (int x : in)
      v.push_back(x);
    // CHECK: :[[@LINE-1]]:7: warning: vector 'v'
    OnSize = [&v] { return static_cast<int>(v.size()); };
    // CHECK: :[[@LINE-1]]:5: note: 'v' escapes: a lambda that captures it by reference is stored in member 'OnSize' here
  }
};

auto returned(const std::vector<int> &in) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  return [&] { return v.size(); };
  // CHECK: :[[@LINE-1]]:10: note: 'v' escapes: a lambda that captures it by reference is returned here
}

void thread(const std::vector<int> &in) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  std::thread t([&] { v.push_back(1); });
  // CHECK: :[[@LINE-1]]:17: note: 'v' captured by reference in a lambda here
  // CHECK: :[[@LINE-2]]:15: note: 'v' escapes: a lambda that captures it by reference is stored in a heap object made by 'std::thread' here
  t.join();
}

int async(const std::vector<int> &in) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  auto f = std::async([&v] { return v.size(); });
  // CHECK: :[[@LINE-1]]:23: note: 'v' captured by reference in a lambda here
  // CHECK: :[[@LINE-2]]:12: note: 'v' escapes: captured by reference in a lambda passed to 'std::async' here
  return static_cast<int>(f.get());
}

void opaqueCallee(const std::vector<int> &in) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  std::function<void()> f = [&] { v.clear(); };
  // CHECK: :[[@LINE-1]]:29: note: 'v' escapes: a lambda that captures it by reference is stored in a heap object made by 'std::function' here
  opaque(f);
}

// ---- Lambdas that stay here: no escape note. ----

int calledLocally(const std::vector<int> &in) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  auto size = [&] { return static_cast<int>(v.size()); };
  return size() + size();
}

void algorithm(const std::vector<int> &in) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  std::sort(v.begin(), v.end(), [&](int a, int b) { return v[0] + a < b; });
}

void visibleCallee(const std::vector<int> &in) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  // callNow's summary: it only calls f.
  callNow([&] { v.push_back(0); });
}

std::function<int()> byCopy(const std::vector<int> &in) {
  std::vector<int> v;
  for (int x : in)
    v.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v'
  // Captured by copy: the lambda has a vector of its own.
  return [v] { return static_cast<int>(v.size()); };
}
