// Mock iterator classes for stacklift's lit tests. Like the real libraries,
// containers hand out class-type iterators, not raw pointers, so the
// analyses see overloaded operators (`it != v.end()` is a
// CXXOperatorCallExpr, and a rewritten `operator==` under C++20) as they do
// on real code.
#ifndef STACKLIFT_MOCK_BITS_ITERATORS
#define STACKLIFT_MOCK_BITS_ITERATORS
#include <cstddef>

namespace std {
struct input_iterator_tag {};
struct forward_iterator_tag : input_iterator_tag {};
struct bidirectional_iterator_tag : forward_iterator_tag {};
struct random_access_iterator_tag : bidirectional_iterator_tag {};

/// A random-access iterator over contiguous elements (vector, string),
/// modelled on libstdc++'s __normal_iterator: free comparison operators.
template <class T> class __wrap_iter {
public:
  using value_type = T;
  using difference_type = ptrdiff_t;
  using pointer = T *;
  using reference = T &;
  using iterator_category = random_access_iterator_tag;

  __wrap_iter() {}
  explicit __wrap_iter(T *p) : P(p) {}
  // iterator -> const_iterator.
  template <class U> __wrap_iter(const __wrap_iter<U> &o) : P(o.base()) {}

  T &operator*() const { return *P; }
  T *operator->() const { return P; }
  T &operator[](difference_type n) const { return P[n]; }
  __wrap_iter &operator++() { ++P; return *this; }
  __wrap_iter operator++(int) { return __wrap_iter(P++); }
  __wrap_iter &operator--() { --P; return *this; }
  __wrap_iter operator--(int) { return __wrap_iter(P--); }
  __wrap_iter &operator+=(difference_type n) { P += n; return *this; }
  __wrap_iter &operator-=(difference_type n) { P -= n; return *this; }
  __wrap_iter operator+(difference_type n) const { return __wrap_iter(P + n); }
  __wrap_iter operator-(difference_type n) const { return __wrap_iter(P - n); }
  T *base() const { return P; }

private:
  T *P = nullptr;
};

template <class A, class B>
bool operator==(const __wrap_iter<A> &a, const __wrap_iter<B> &b) {
  return a.base() == b.base();
}
template <class A, class B>
bool operator!=(const __wrap_iter<A> &a, const __wrap_iter<B> &b) {
  return a.base() != b.base();
}
template <class A, class B>
bool operator<(const __wrap_iter<A> &a, const __wrap_iter<B> &b) {
  return a.base() < b.base();
}
template <class A, class B>
bool operator<=(const __wrap_iter<A> &a, const __wrap_iter<B> &b) {
  return a.base() <= b.base();
}
template <class A, class B>
bool operator>(const __wrap_iter<A> &a, const __wrap_iter<B> &b) {
  return a.base() > b.base();
}
template <class A, class B>
bool operator>=(const __wrap_iter<A> &a, const __wrap_iter<B> &b) {
  return a.base() >= b.base();
}
template <class A, class B>
ptrdiff_t operator-(const __wrap_iter<A> &a, const __wrap_iter<B> &b) {
  return a.base() - b.base();
}

/// A bidirectional iterator over nodes (map), with member comparisons like
/// libstdc++'s _Rb_tree_iterator.
template <class T> class __node_iter {
public:
  using value_type = T;
  using difference_type = ptrdiff_t;
  using pointer = T *;
  using reference = T &;
  using iterator_category = bidirectional_iterator_tag;

  __node_iter() {}
  explicit __node_iter(T *p) : P(p) {}
  template <class U> __node_iter(const __node_iter<U> &o) : P(o.base()) {}

  T &operator*() const { return *P; }
  T *operator->() const { return P; }
  __node_iter &operator++() { ++P; return *this; }
  __node_iter operator++(int) { return __node_iter(P++); }
  __node_iter &operator--() { --P; return *this; }
  __node_iter operator--(int) { return __node_iter(P--); }
  bool operator==(const __node_iter &o) const { return P == o.P; }
  bool operator!=(const __node_iter &o) const { return P != o.P; }
  T *base() const { return P; }

private:
  T *P = nullptr;
};
} // namespace std
#endif
