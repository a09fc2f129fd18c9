// Without configuration, the remedies use the templates the translation
// unit already declares: boost::container::static_vector here, so no
// #include is added; absl::InlinedVector in the second run, which has no
// fixed-capacity template: an inline buffer (rule P3).
//
// RUN: %check %s -- %mock-std | FileCheck %s --implicit-check-not="warning:"
// RUN: sed -e 's#// *\(CHECK\|FIXED\|INLINE\).*##' %s > %t.cpp
// RUN: %check --fix-notes %t.cpp -- %mock-std > /dev/null 2>&1
// RUN: FileCheck --check-prefix=FIXED --input-file=%t.cpp %s
// RUN: %clangxx -fsyntax-only %mock-std %t.cpp
// RUN: %check %s -- %mock-std -DUSE_ABSL | FileCheck %s --check-prefix=INLINE --implicit-check-not="warning:"

#ifdef USE_ABSL
#include <absl/container/inlined_vector.h>
#else
#include <boost/container/static_vector.hpp>
#endif
#include <vector>




int squares() {
  boost::container::static_vector<long, 8> v;
  // From 1: no index to fill a std::array by, so the template decides.
  for (int i = 1; i <= 8; ++i)
    v.push_back(static_cast<long>(i) * i);
  
  
  
  
  long s = 0;
  for (long x : v)
    s += x;
  return static_cast<int>(s);
}

#ifdef USE_ABSL
// Rule P5: the growth is conditional, so the count is only an upper bound
// and not a constant, but the loop walks an inline-buffer vector of 8: the
// result is expected to be as small.
int positives(const absl::InlinedVector<int, 8> &in) {
  std::vector<int> out;
  for (int x : in)
    if (x > 0)
      out.push_back(x);
  
  
  int s = 0;
  for (int x : out)
    s += x;
  return s;
}

// Not when the result escapes.
std::vector<int> positivesKept(const absl::InlinedVector<int, 8> &in) {
  std::vector<int> out;
  for (int x : in)
    if (x > 0)
      out.push_back(x);
  return out;
}
#endif
