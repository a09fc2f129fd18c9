#include <cstddef>
#include <vector>

template <typename T> std::size_t fill(std::size_t N) {
  std::vector<T> V;
  for (std::size_t I = 0; I < N; ++I)
    V.push_back(T());
  return V.size();
}

std::size_t plain(std::size_t N) {
  std::vector<int> W;
  for (std::size_t I = 0; I < N; ++I)
    W.push_back(1);
  return W.size() + fill<int>(N) + fill<double>(N);
}
