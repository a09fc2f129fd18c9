#include <vector>

struct Keys {
  std::vector<int> keys_;
  void fill(int n) {
    for (int i = 0; i < n; ++i)
      keys_.push_back(i);
  }
};

std::vector<int> Global;

void outParam(std::vector<int> &out, std::vector<int> copy, int n) {
  for (int i = 0; i < n; ++i) {
    out.push_back(i);
    copy.push_back(i);
    Global.push_back(i);
  }
}

void locals(const std::vector<int> &in, int n, bool c) {
  std::vector<int> counted;
  for (int i = 0; i < n; ++i)
    counted.push_back(i);
  std::vector<int> conditional;
  for (int x : in)
    if (c)
      conditional.push_back(x);
  std::vector<int> unknown;
  for (int i = 0; i < n; ++i) {
    unknown.push_back(i);
    unknown.emplace_back(i);
    i += in[0];
  }
  std::vector<int> reserved;
  reserved.reserve(in.size());
  for (int x : in)
    reserved.push_back(x);
  for (int x : in) {
    std::vector<int> inner;
    inner.push_back(x);
  }
  std::vector<int> once;
  once.push_back(1);
  std::vector<int> &ref = counted;
  for (int x : in)
    ref.push_back(x);
}

template <class T> void pattern(int n) {
  std::vector<int> v;
  for (int i = 0; i < n; ++i)
    v.push_back(static_cast<int>(sizeof(T)));
}
template void pattern<char>(int);
template void pattern<double>(int);

void inLambda(int n) {
  std::vector<int> v;
  auto grow = [&] {
    for (int i = 0; i < n; ++i)
      v.push_back(i);
  };
  grow();
  grow();
}

template <class T> void dependent(const std::vector<T> &in) {
  std::vector<T> out;
  for (const T &x : in)
    out.push_back(x);
}
template void dependent<int>(const std::vector<int> &);
template void dependent<double>(const std::vector<double> &);
