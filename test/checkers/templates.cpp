// Template code (issue 14, item 6): a vector whose type, or whose growth,
// depends on a template parameter is analysed in each instantiation the
// unit makes and reported once per place in the template, when every
// instantiation gives the same finding; only reserve is suggested, written
// once into the template (docs/design/Templates.md). Run on the mock
// headers and on the real libstdc++ and libc++ at C++17 and C++20; the
// fixed program is rebuilt with its instantiations and run, and its output
// must not change.
//
// RUN: %check %s -- %mock-std | FileCheck %s --implicit-check-not="warning:"
// RUN: %check %s -- -std=c++17 | FileCheck %s --implicit-check-not="warning:"
// RUN: %check %s -- -std=c++20 | FileCheck %s --implicit-check-not="warning:"
// RUN: %if libcxx %{ %check %s -- -std=c++17 -stdlib=libc++ | FileCheck %s --implicit-check-not="warning:" %}
// RUN: %if libcxx %{ %check %s -- -std=c++20 -stdlib=libc++ | FileCheck %s --implicit-check-not="warning:" %}
//
// RUN: sed -e 's#// *\(CHECK\|FIXED\).*##' %s > %t.orig.cpp
// RUN: %clangxx -std=c++17 %strict-warnings %t.orig.cpp -o %t.orig && %t.orig > %t.orig.out
// RUN: cp %t.orig.cpp %tmock.cpp && %check --fix %tmock.cpp -- %mock-std > /dev/null 2>&1
// RUN: FileCheck --check-prefix=FIXED --input-file=%tmock.cpp %s
// RUN: %clangxx -fsyntax-only %mock-std %strict-warnings %tmock.cpp
// RUN: cp %t.orig.cpp %t17.cpp && %check --fix %t17.cpp -- -std=c++17 > /dev/null 2>&1
// RUN: diff %tmock.cpp %t17.cpp
// RUN: %clangxx -std=c++17 %strict-warnings %t17.cpp -o %t17 && %t17 > %t17.out && diff %t.orig.out %t17.out
// RUN: cp %t.orig.cpp %t20.cpp && %check --fix %t20.cpp -- -std=c++20 > /dev/null 2>&1
// RUN: diff %t17.cpp %t20.cpp
// RUN: %clangxx -std=c++20 %strict-warnings %t20.cpp -o %t20 && %t20 > %t20.out && diff %t.orig.out %t20.out
// RUN: %if libcxx %{ cp %t.orig.cpp %tcxx17.cpp && %check --fix %tcxx17.cpp -- -std=c++17 -stdlib=libc++ > /dev/null 2>&1 %}
// RUN: %if libcxx %{ diff %t17.cpp %tcxx17.cpp %}
// RUN: %if libcxx %{ cp %t.orig.cpp %tcxx.cpp && %check --fix %tcxx.cpp -- -std=c++20 -stdlib=libc++ > /dev/null 2>&1 %}
// RUN: %if libcxx %{ diff %t17.cpp %tcxx.cpp %}
// RUN: %if libcxx %{ %clangxx -std=c++20 -stdlib=libc++ %strict-warnings %tcxx.cpp -o %tcxx && %tcxx > %tcxx.out && diff %t.orig.out %tcxx.out %}


#include <cstddef>
#include <utility>
#include <vector>

extern "C" int printf(const char *, ...);

template <class A, class B> struct SameType {
  static constexpr bool value = false;
};
template <class A> struct SameType<A, A> {
  static constexpr bool value = true;
};

// A function template over std::vector<T>, counted from xs.size() where xs
// is a const std::vector<T>&; two instantiations, one finding.
template <class T> std::vector<T> doubled(const std::vector<T> &xs) {
  std::vector<T> out;
  for (std::size_t i = 0; i < xs.size(); ++i)
    out.push_back(xs[i] + xs[i]);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'out' grows with 'push_back' in a loop that runs 'xs.size()' times; consider calling 'reserve' before the loop [stacklift-vector-growth]
  // CHECK: :[[@LINE-3]]:31: note: the loop runs 'xs.size()' times
  // CHECK: :[[@LINE+4]]:3: note: 'out' escapes: returned here
  // CHECK: :[[@LINE-7]]:35: note: found in each of the 2 instantiations of this template in the translation unit; the fix is written once, in the template
  // FIXED: {{^}}  out.reserve(xs.size());{{$}}
  // FIXED-NEXT: {{^}}  for (std::size_t i = 0; i < xs.size(); ++i){{$}}
  return out;
}

// The range-for form, with an iterator loop beside it.
template <class T> std::vector<T> copied(const std::vector<T> &xs) {
  std::vector<T> out;
  for (const T &x : xs)
    out.push_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'out' grows with 'push_back' in a loop that runs 'xs.size()' times
  // CHECK: :[[@LINE-5]]:35: note: found in each of the 2 instantiations of this template in the translation unit; the fix is written once, in the template
  // FIXED: {{^}}  out.reserve(xs.size());{{$}}
  // FIXED-NEXT: {{^}}  for (const T &x : xs){{$}}
  std::vector<T> again;
  for (auto it = xs.begin(); it != xs.end(); ++it)
    again.push_back(*it);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'again' grows with 'push_back' in a loop that runs 'xs.size()' times
  // CHECK: :[[@LINE-3]]:36: note: the loop runs 'xs.size()' times
  // FIXED: {{^}}  again.reserve(xs.size());{{$}}
  // FIXED-NEXT: {{^}}  for (auto it = xs.begin(); it != xs.end(); ++it){{$}}
  return out.size() == again.size() ? out : again;
}

// std::vector<std::pair<K, V>>, through an alias template.
template <class T> using Vec = std::vector<T>;
template <class K, class V> std::size_t zipped(const Vec<K> &ks, V v) {
  Vec<std::pair<K, V>> pairs;
  for (const K &k : ks)
    pairs.emplace_back(k, v);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'pairs' grows with 'emplace_back' in a loop that runs 'ks.size()' times
  // CHECK: :[[@LINE-5]]:41: note: found in each of the 2 instantiations of this template in the translation unit; the fix is written once, in the template
  // FIXED: {{^}}  pairs.reserve(ks.size());{{$}}
  return pairs.size();
}

// A vector of a fixed type grown through a dependent call: the call is
// resolved only in the instantiations, which are analysed.
template <class T> std::size_t widenedCopy(const std::vector<T> &xs) {
  std::vector<long> wide;
  for (const T &x : xs)
    wide.emplace_back(x);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'wide' grows with 'emplace_back' in a loop that runs 'xs.size()' times
  // CHECK: :[[@LINE-5]]:32: note: found in each of the 2 instantiations of this template in the translation unit; the fix is written once, in the template
  // FIXED: {{^}}  wide.reserve(xs.size());{{$}}
  // FIXED-NEXT: {{^}}  for (const T &x : xs){{$}}
  return wide.size();
}

// A member function of a class template, and a member function template
// of it.
template <class T> struct Table {
  std::vector<T> rows;
  std::size_t widened(int n) const {
    std::vector<T> wide;
    for (int i = 0; i < n; ++i)
      wide.push_back(T());
    // CHECK: :[[@LINE-1]]:7: warning: vector 'wide' grows with 'push_back' in a loop that runs 'n' times
    // CHECK: :[[@LINE-5]]:15: note: found in each of the 2 instantiations of this template in the translation unit; the fix is written once, in the template
    // FIXED: {{^}}    if (0 < n) wide.reserve(static_cast<std::size_t>(n));{{$}}
    return wide.size();
  }
  template <class U> std::size_t tagged(const std::vector<U> &tags) const {
    std::vector<std::pair<T, U>> out;
    for (std::size_t i = 0; i < tags.size(); ++i)
      out.push_back(std::pair<T, U>{T(), tags[i]});
    // CHECK: :[[@LINE-1]]:7: warning: vector 'out' grows with 'push_back' in a loop that runs 'tags.size()' times
    // CHECK: :[[@LINE-5]]:34: note: found in each of the 3 instantiations of this template in the translation unit; the fix is written once, in the template
    // FIXED: {{^}}    out.reserve(tags.size());{{$}}
    return out.size();
  }
};

// Generic lambdas: in a function, and in a function template.
inline std::size_t lambdas(int n) {
  auto fill = [n](auto x) {
    std::vector<decltype(x)> v;
    for (int i = 0; i < n; ++i)
      v.push_back(x);
    // CHECK: :[[@LINE-1]]:7: warning: vector 'v' grows with 'push_back' in a loop that runs 'n' times
    // CHECK: :[[@LINE-5]]:15: note: found in each of the 2 instantiations of this template in the translation unit; the fix is written once, in the template
    // FIXED: {{^}}    if (0 < n) v.reserve(static_cast<std::size_t>(n));{{$}}
    return v.size();
  };
  return fill(1) + fill(2.5);
}
template <class T> std::size_t lambdaInTemplate(int n) {
  auto fill = [n](auto x) {
    std::vector<std::pair<T, decltype(x)>> v;
    for (int i = 0; i < n; ++i)
      v.push_back(std::pair<T, decltype(x)>{T(), x});
    // CHECK: :[[@LINE-1]]:7: warning: vector 'v' grows with 'push_back' in a loop that runs 'n' times
    // CHECK: :[[@LINE-5]]:15: note: found in each of the 4 instantiations of this template in the translation unit; the fix is written once, in the template
    // FIXED: {{^}}    if (0 < n) v.reserve(static_cast<std::size_t>(n));{{$}}
    return v.size();
  };
  return fill(1) + fill('c');
}

// A vector that escapes through a dependent call: each instantiation
// resolves it to a function that keeps the vector; reserve still holds.
template <class T> void keep(std::vector<T> &);
template <class T> std::vector<T> *kept = nullptr;
template <class T> void keep(std::vector<T> &v) { kept<T> = &v; }
template <class T> std::size_t escapes(int n) {
  std::vector<T> v;
  for (int i = 0; i < n; ++i)
    v.push_back(T());
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v' grows with 'push_back' in a loop that runs 'n' times
  // CHECK: :[[@LINE-3]]:23: note: the loop runs 'n' times
  // CHECK: :[[@LINE+4]]:3: note: 'v' escapes: passed by non-const reference to 'keep' here
  // CHECK: :[[@LINE-7]]:32: note: found in each of the 2 instantiations of this template in the translation unit; the fix is written once, in the template
  // FIXED: {{^}}  if (0 < n) v.reserve(static_cast<std::size_t>(n));{{$}}
  // FIXED-NEXT: {{^}}  for (int i = 0; i < n; ++i){{$}}
  keep(v);
  return v.size();
}

// A stack remedy depends on the element: one instantiation of 1 byte and
// one of 4096 bytes. Only reserve, written once.
struct Big {
  char bytes[4096];
};
template <class T> std::size_t smallCount() {
  std::vector<T> v;
  for (int i = 0; i < 4; ++i)
    v.push_back(T());
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v' grows with 'push_back' in a loop that runs '4' times; consider calling 'reserve' before the loop
  // CHECK-NOT: could live on the stack
  // CHECK: :[[@LINE-6]]:32: note: found in each of the 2 instantiations of this template in the translation unit; the fix is written once, in the template
  // FIXED: {{^}}  v.reserve(4);{{$}}
  // FIXED-NEXT: {{^}}  for (int i = 0; i < 4; ++i){{$}}
  return v.size();
}
// Both instantiations would fit: still only reserve, and a note says why.
template <class T> std::size_t smallBoth() {
  std::vector<T> v;
  for (int i = 0; i < 3; ++i)
    v.push_back(T());
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v' grows with 'push_back' in a loop that runs '3' times; consider calling 'reserve' before the loop
  // CHECK: :[[@LINE-4]]:18: note: 'v' could live on the stack, but it depends on a template parameter and the template's other instantiations may not allow it; only 'reserve' is suggested in a template
  // CHECK: :[[@LINE-6]]:32: note: found in each of the 2 instantiations of this template in the translation unit; the fix is written once, in the template
  // FIXED: {{^}}  v.reserve(3);{{$}}
  return v.size();
}

// The same dependent call escapes in one instantiation only: that note is
// true of one of them and is left out; reserve holds for both.
std::vector<int> *keptInts = nullptr;
inline void keepSome(std::vector<int> &v) { keptInts = &v; }
inline void keepSome(std::vector<double> &) {}
template <class T> std::size_t escapesInOne(int n) {
  std::vector<T> v;
  for (int i = 0; i < n; ++i)
    v.push_back(T());
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v' grows with 'push_back' in a loop that runs 'n' times
  // CHECK-NOT: escapes
  // CHECK: :[[@LINE-6]]:32: note: found in each of the 2 instantiations of this template in the translation unit; the fix is written once, in the template
  // FIXED: {{^}}  if (0 < n) v.reserve(static_cast<std::size_t>(n));{{$}}
  keepSome(v);
  return v.size();
}

// Not reported: the instantiations differ (int stops early, double does
// not), so no finding holds for both.
template <class T> std::size_t differ(int n) {
  std::vector<T> v;
  for (int i = 0; i < n; ++i) {
    if constexpr (SameType<T, int>::value)
      if (i == 1)
        break;
    v.push_back(T());
  }
  return v.size();
}

// Not reported: C is a template parameter (another C may have no reserve).
template <class C> std::size_t anyContainer(int n) {
  C v;
  for (int i = 0; i < n; ++i)
    v.push_back(1);
  return v.size();
}

// Not reported: the range is a template parameter; the count the one
// instantiation finds (xs.size(), C = std::vector<int>) would not compile
// for every C (int[3] has no size()).
template <class C> std::size_t overAnyRange(const C &xs) {
  std::vector<int> v;
  for (const auto &x : xs)
    v.emplace_back(x);
  return v.size();
}

// A vector of a type that depends on nothing, counted by a non-type
// template parameter: the template's text is analysed, and N is a constant
// of each instantiation that the reserve can name. Only reserve: the
// capacity would differ between instantiations.
template <int N> std::size_t byParameter() {
  std::vector<int> v;
  for (int i = 0; i < N; ++i)
    v.push_back(i);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v' grows with 'push_back' in a loop that runs 'N' times
  // FIXED: {{^}}  if (0 < N) v.reserve(static_cast<std::size_t>(N));{{$}}
  return v.size();
}

// The same vector, counted by the size of a container of a dependent type:
// the template's text does not tell what size() is, so the instantiations
// are analysed (the header holds for every T: xs is a std::vector).
template <class T> std::size_t byDependentSize(const std::vector<T> &xs) {
  std::vector<int> v;
  for (std::size_t i = 0; i < xs.size(); ++i)
    v.push_back(1);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v' grows with 'push_back' in a loop that runs 'xs.size()' times
  // CHECK: note: found in each of the 2 instantiations of this template in the translation unit
  // FIXED: {{^}}  v.reserve(xs.size());{{$}}
  return v.size();
}

// The same over a range: by each element of a std::vector<T>.
template <class T> std::size_t byDependentRange(const std::vector<T> &xs) {
  std::vector<int> v;
  for (const T &x : xs)
    v.push_back(static_cast<int>(x));
  // CHECK: :[[@LINE-1]]:5: warning: vector 'v' grows with 'push_back' in a loop that runs 'xs.size()' times
  // CHECK: note: found in each of the 2 instantiations of this template in the translation unit
  // FIXED: {{^}}  v.reserve(xs.size());{{$}}
  return v.size();
}

// Not reported: never instantiated, so nothing is known of T.
template <class T> std::size_t neverInstantiated(int n) {
  std::vector<T> v;
  for (int i = 0; i < n; ++i)
    v.push_back(T());
  return v.size();
}

int main() {
  std::vector<int> ints;
  ints.push_back(1);
  ints.push_back(2);
  ints.push_back(3);
  std::vector<double> reals;
  reals.push_back(0.5);
  reals.push_back(1.5);
  std::size_t total = doubled(ints).size() + doubled(reals).size();
  total += copied(ints).size() + copied(reals).size();
  total += widenedCopy(ints) + widenedCopy(reals);
  total += zipped(ints, 'x') + zipped(reals, 7L);
  Table<int> ti;
  Table<double> td;
  total += ti.widened(3) + td.widened(2);
  total += ti.tagged(ints) + td.tagged(reals) + ti.tagged(reals);
  total += lambdas(3) + lambdaInTemplate<int>(2) + lambdaInTemplate<long>(4);
  total += escapes<int>(2) + escapes<double>(3);
  total += escapesInOne<int>(2) + escapesInOne<double>(1);
  total += smallCount<char>() + smallCount<Big>();
  total += smallBoth<char>() + smallBoth<short>();
  total += differ<int>(5) + differ<double>(5);
  total += anyContainer<std::vector<int>>(2);
  total += overAnyRange(ints);
  total += byParameter<3>() + byParameter<0>();
  total += byDependentSize(ints) + byDependentSize(reals);
  total += byDependentRange(ints) + byDependentRange(reals);
  printf("%zu %d\n", total, doubled(ints)[2]);
  return 0;
}
