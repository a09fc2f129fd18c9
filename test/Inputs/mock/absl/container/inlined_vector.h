// Mock absl::InlinedVector for stacklift's lit tests, in a versioned inline
// namespace as the real one is.
#ifndef STACKLIFT_MOCK_INLINED_VECTOR
#define STACKLIFT_MOCK_INLINED_VECTOR
#include <cstddef>
namespace absl {
inline namespace lts_test {
template <class T, std::size_t N> class InlinedVector {
public:
  void push_back(const T &);
  template <class... Args> T &emplace_back(Args &&...) { return Data[0]; }
  std::size_t size() const;
  T &operator[](std::size_t);
  T *begin();
  T *end();
  const T *begin() const;
  const T *end() const;

private:
  T Data[N];
};
} // namespace lts_test
} // namespace absl
#endif
