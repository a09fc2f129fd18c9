// co_return and co_yield hand a vector to the coroutine's promise, which
// outlives the frame: the vector escapes, and the check still suggests
// reserve (the storage must stay on the heap).
//
// RUN: %check %s -- %mock-std -std=c++20 | FileCheck %s --implicit-check-not="warning:"
// RUN: %if frontend-tool %{ %stacklift --explain %s -- %mock-std -std=c++20 | FileCheck %s --check-prefix=EXPLAIN %}

#include <coroutine>
#include <utility>
#include <vector>

/// A task whose result is a vector of ints.
struct VectorTask {
  struct promise_type {
    std::vector<int> Result;
    VectorTask get_return_object() { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_value(std::vector<int> V) { Result = std::move(V); }
    void unhandled_exception() {}
  };
};

/// A generator of vectors of ints.
struct VectorGenerator {
  struct promise_type {
    std::vector<int> Current;
    VectorGenerator get_return_object() { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(std::vector<int> V) {
      Current = std::move(V);
      return {};
    }
    void return_void() {}
    void unhandled_exception() {}
  };
};

VectorTask collect(int n) {
  std::vector<int> v;
  for (int i = 0; i < 4; ++i)
    v.push_back(i * n);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v' grows with 'push_back' in a loop that runs '4' times; consider calling 'reserve' before the loop
  co_return v;
  // CHECK: note: 'v' escapes: {{.*}}co_return{{.*}}
}
// EXPLAIN: escape-coroutines.cpp:[[#@LINE-7]]:20: 'v' escapes: co_returned

VectorGenerator batches(int n) {
  for (int b = 0; b < n; ++b) {
    std::vector<int> batch;
    for (int i = 0; i < 4; ++i)
      batch.push_back(b + i);
    // CHECK: :[[@LINE-1]]:7: warning: vector 'batch' grows with 'push_back' in a loop that runs '4' times; consider calling 'reserve' before the loop
    co_yield std::move(batch);
    // CHECK: note: 'batch' escapes: {{.*}}co_yield{{.*}}
  }
}
// EXPLAIN: escape-coroutines.cpp:[[#@LINE-8]]:22: 'batch' escapes: co_yielded

// co_yield of a copy: yield_value takes its vector by value, so the copy
// goes to the promise and the local's own storage stays in the frame.
VectorGenerator copies(int n) {
  std::vector<int> kept;
  for (int i = 0; i < 4; ++i)
    kept.push_back(i + n);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'kept' grows with 'push_back' in a loop that runs '4' times
  co_yield kept;
}
// EXPLAIN: escape-coroutines.cpp:[[#@LINE-6]]:20: 'kept' does not escape

// Does not escape: only read inside the coroutine; what reaches co_return
// is another vector.
VectorTask sumOnly(int n) {
  std::vector<int> local;
  for (int i = 0; i < 4; ++i)
    local.push_back(i + n);
  // It does not escape, so it can be a std::array<int, 4>.
  // CHECK: :[[@LINE-2]]:5: warning: vector 'local' grows with 'push_back' to at most 4 elements
  std::vector<int> out;
  out.push_back(local[0] + local[3]);
  co_return out;
}
// EXPLAIN: escape-coroutines.cpp:[[#@LINE-9]]:20: 'local' does not escape
