#include <string>
#include <vector>
int h() {
  std::vector<const char *> w;
  for (int i = 0; i < 4; ++i)
    w.push_back("café crème \" \\ ÿþ\t");
  return (int)w.size();
}
