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
  
  
  
  
}

void unbracedIf(bool on, std::size_t n) {
  std::vector<int> v;
  if (on)
    for (std::size_t i = 0; i < n; ++i)
      v.push_back(1);
  
  
  
  
}

template <class T> void nonDependentInTemplate(std::size_t n) {
  std::vector<int> v;
  v.reserve(n);
  for (std::size_t i = 0; i < n; ++i)
    v.push_back(sizeof(T));
  
  
}
template void nonDependentInTemplate<int>(std::size_t);
template void nonDependentInTemplate<double>(std::size_t);
