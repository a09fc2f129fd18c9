// No fix-it inside macros; one finding per location in templates.
//
// RUN: %check %s -- %mock-std | FileCheck %s --implicit-check-not="warning:"
// RUN: sed -e 's#// *\(CHECK\|FIXED\).*##' %s > %t.cpp
// RUN: %check --fix %t.cpp -- %mock-std > /dev/null 2>&1
// RUN: FileCheck --check-prefix=FIXED --input-file=%t.cpp %s
// RUN: %clangxx -fsyntax-only %mock-std %t.cpp

#include <vector>

#define FOR_EACH_INDEX(i, n) for (std::size_t i = 0; i < n; ++i)

void loopFromMacro(std::size_t n) {
  std::vector<int> v;
  FOR_EACH_INDEX(i, n)
    v.push_back(1);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v' grows with 'push_back'
  // CHECK: :[[@LINE-3]]:3: note: no fix-it: the loop is spelled inside a macro
  // FIXED: {{^}}  std::vector<int> v;{{$}}
  // FIXED-NEXT: {{^}}  FOR_EACH_INDEX(i, n){{$}}
}

void unbracedIf(bool on, std::size_t n) {
  std::vector<int> v;
  if (on)
    for (std::size_t i = 0; i < n; ++i)
      v.push_back(1);
  // CHECK: :[[@LINE-1]]:7: warning: vector 'v' grows with 'push_back'
  // CHECK: :[[@LINE-3]]:5: note: no fix-it: the loop is not directly inside a block
  // FIXED: {{^}}  if (on){{$}}
  // FIXED-NEXT: {{^}}    for (std::size_t i = 0; i < n; ++i){{$}}
}

template <class T> void nonDependentInTemplate(std::size_t n) {
  std::vector<int> v;
  for (std::size_t i = 0; i < n; ++i)
    v.push_back(sizeof(T));
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v' grows with 'push_back' in a loop that runs 'n' times
  // FIXED: {{^}}  v.reserve(n);{{$}}
}
template void nonDependentInTemplate<int>(std::size_t);
template void nonDependentInTemplate<double>(std::size_t);

// A non-dependent vector in a template is analysed in the template's text,
// where calls that depend on a template parameter are not resolved: each one
// counts as the worst it could be (docs/design/Templates.md).
template <class T> void touch(std::vector<int> &, T);
template <class T> void touch(int &, T);

template <class T> void escapesThroughDependentCall(T t) {
  std::vector<int> v;
  for (int i = 0; i < 4; ++i)
    v.push_back(i);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v' grows with 'push_back' in a loop that runs '4' times; consider calling 'reserve' before the loop
  // CHECK: :[[@LINE-3]]:23: note: the loop runs '4' times
  // CHECK: :[[@LINE+3]]:3: note: 'v' escapes: passed by non-const reference to 'an unknown function' here
  // FIXED: {{^}}  v.reserve(4);{{$}}
  // FIXED-NEXT: {{^}}  for (int i = 0; i < 4; ++i){{$}}
  touch(v, t);
}

template <class T> void boundThroughDependentCall(int n, T t) {
  std::vector<int> v;
  // Not reported: touch(n, t) may change the bound.
  for (int i = 0; i < n; ++i) {
    v.push_back(i);
    touch(n, t);
  }
}

template <class T> void counterThroughDependentCall(int n, T t) {
  std::vector<int> v;
  // Not reported: touch(i, t) may change the counter.
  for (int i = 0; i < n; ++i) {
    v.push_back(i);
    touch(i, t);
  }
}

template <class T> void vectorThroughDependentCall(int n, T t) {
  std::vector<int> v;
  // Not reported: touch(v, t) may empty the vector.
  for (int i = 0; i < n; ++i) {
    v.push_back(i);
    touch(v, t);
  }
}
