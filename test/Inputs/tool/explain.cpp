// Input of tool/explain.test; line numbers matter.
#include <vector>

void keep(std::vector<int> &);
int read(const std::vector<int> &);

int local(const std::vector<int> &in) {
  // A vector that only lives here.
  std::vector<int> kept;
  for (int x : in)
    kept.push_back(x);
  return read(kept);
}
std::vector<int> returned() {
  std::vector<int> out;
  out.push_back(1);
  // returned
  return out;
}
void passed() {
  // passed on, and copied
  std::vector<int> shared;
  keep(shared);
  std::vector<int> copy = shared;
}
template <class T> void notInstantiatedTwice() {
  std::vector<T> inTemplate;
}
std::vector<int> *Registry;
struct Holder {
  std::vector<int> Items;
  void store();
};
void Holder::store() {
  std::vector<int> member;
  Items = std::move(member);
}
void aliases() {
  std::vector<int> viaPointer;
  std::vector<int> *q = &viaPointer;
  Registry = q;
}
unsigned lambdas() {
  std::vector<int> captured;
  auto size = [&] { return captured.size(); };
  return size();
}
