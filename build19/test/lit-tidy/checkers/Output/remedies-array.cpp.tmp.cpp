// Rule P2's std::array: exactly N unconditional appends in one counted loop
// from 0, no other use before the loop ends, only array operations after:
// the vector becomes a std::array<T, N> filled by index. The fix rides on a
// note (--fix-notes); the fixed program, built against the real standard
// library, prints the same.
//
// RUN: %check %s -- %std-args | FileCheck %s --implicit-check-not="warning:"
// RUN: sed -e 's#// *\(CHECK\|FIXED\|RUNS\).*##' %s > %t.cpp
// RUN: %check --fix-notes %t.cpp -- %std-args > /dev/null 2>&1
// RUN: FileCheck --check-prefix=FIXED --input-file=%t.cpp %s
// RUN: %clangxx %std-args %s -o %t.before && %t.before > %t.before.out
// RUN: %clangxx %std-args %t.cpp -o %t.after && %t.after > %t.after.out
// RUN: diff %t.before.out %t.after.out
// RUN: FileCheck %s --check-prefix=RUNS --input-file=%t.after.out



#include <array>
#include <cstdio>
#include <string>
#include <vector>

struct Point {
  double X = 0, Y = 0;
};

double squares() {
  std::array<double, 8> v;
  for (int i = 0; i < 8; ++i)
    v[static_cast<std::size_t>(i)] = i * 0.5;
  
  
  
  
  double s = 0;
  for (double x : v)
    s += x;
  return s + v.size() + v[3] + v.front();
}

double corners(double w, double h) {
  std::array<Point, 4> c;
  for (unsigned k = 0; k < 4; ++k)
    c[k] = Point{k & 1 ? w : 0, k & 2 ? h : 0};
  
  
  
  
  return c[3].X + c[3].Y;
}

// ---- The shape does not allow an array: reserve instead. ----

int readsItsOwnSize() {
  std::vector<int> w;
  // w.size() changes as the loop runs; an array's would not.
  w.reserve(4);
  for (int i = 0; i < 4; ++i)
    w.push_back(static_cast<int>(w.size()) * 2);
  
  
  return w.back();
}

int startsAtOne() {
  std::vector<int> w;
  // The index does not start at 0.
  w.reserve(4);
  for (int i = 1; i < 5; ++i)
    w.push_back(i);
  
  return w[0];
}

std::size_t growsLater() {
  std::vector<std::string> names;
  names.reserve(4);
  for (int i = 0; i < 3; ++i)
    names.push_back("n");
  
  // Another append after the loop: an array cannot grow.
  names.push_back("last");
  return names.size();
}

int main() {
  std::printf("%.2f %.2f %d %d %zu\n", squares(), corners(2, 3),
              readsItsOwnSize(), startsAtOne(), growsLater());
  
}

// The element type is copied from between the angle brackets, qualifiers
// included: `const char *` stays `const char *`.
int constElements() {
  std::array<const char *, 3> names;
  for (unsigned k = 0; k < 3; ++k)
    names[k] = "name";
  
  
  
  
  return static_cast<int>(names.size()) + names[2][0];
}
