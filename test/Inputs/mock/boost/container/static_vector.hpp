// Mock boost::container::static_vector for stacklift's lit tests.
#ifndef STACKLIFT_MOCK_STATIC_VECTOR
#define STACKLIFT_MOCK_STATIC_VECTOR
#include <cstddef>
namespace boost {
namespace container {
template <class T, std::size_t N> class static_vector {
public:
  void push_back(const T &);
  template <class... Args> T &emplace_back(Args &&...) { return Data[0]; }
  std::size_t size() const;
  bool empty() const;
  T &operator[](std::size_t);
  T *begin();
  T *end();
  const T *begin() const;
  const T *end() const;

private:
  T Data[N];
};
} // namespace container
} // namespace boost
#endif
