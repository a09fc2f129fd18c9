#include <array>
#include <string>
#include <vector>
int h() {
  std::array<const char *, 4> w;
  for (int i = 0; i < 4; ++i)
    w[static_cast<std::size_t>(i)] = "café crème \" \\ ÿþ\t";
  return (int)w.size();
}
