// A template the translation unit only declares cannot be named by a fix:
// the real <boost/container/small_vector.hpp> forward-declares
// static_vector (through container_fwd.hpp) but defines only small_vector.
// The fixed-capacity remedy is therefore not available; the inline buffer
// that is defined is chosen, and the fixed file compiles and runs the same.
//
// RUN: %check %s -- %std-args | FileCheck %s --implicit-check-not="warning:"
// RUN: sed -e 's#// *\(CHECK\|FIXED\).*##' %s > %t.cpp
// RUN: %clangxx %std-args %t.cpp -o %t.before && %t.before > %t.before.out
// RUN: %check --fix-notes %t.cpp -- %std-args > /dev/null 2>&1
// RUN: FileCheck --check-prefix=FIXED --input-file=%t.cpp %s
// RUN: %clangxx %std-args %t.cpp -o %t.after && %t.after > %t.after.out
// RUN: diff %t.before.out %t.after.out

#include <boost/container/small_vector.hpp>
#include <cstdio>
#include <string>
#include <vector>

int main() {
  boost::container::small_vector<std::string, 4> v;
  for (int i = 0; i < 4; ++i)
    v.push_back(std::to_string(i));
  
  
  
  std::printf("%zu %s\n", v.size(), v[3].c_str());
}
