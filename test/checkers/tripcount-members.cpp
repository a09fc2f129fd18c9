// Bounds and ranges that read members (rule M1, issue 14, item 5): a size()
// or a field of `this`, of a by-value or const-reference parameter, through
// a pointer, a static constexpr member, a range-for over a member path. The
// count is trusted only when the body cannot change what the bound reads;
// the negative cases change it through the object, a non-const member call,
// an escape of `this`, or another reference that may alias it. On the real
// standard libraries; the fixed program is rebuilt with strict warnings and
// run, and must print the same.
//
// RUN: %check %s -- -std=c++17 | FileCheck %s --implicit-check-not="warning:"
// RUN: %check %s -- -std=c++20 | FileCheck %s --implicit-check-not="warning:"
// RUN: %if libcxx %{ %check %s -- -std=c++17 -stdlib=libc++ | FileCheck %s --implicit-check-not="warning:" %}
// RUN: %if libcxx %{ %check %s -- -std=c++20 -stdlib=libc++ | FileCheck %s --implicit-check-not="warning:" %}
// RUN: sed -e 's#// *\(CHECK\|FIXED\).*##' %s > %t.orig.cpp
// RUN: %clangxx -std=c++17 %strict-warnings %t.orig.cpp -o %t.orig && %t.orig > %t.orig.out
// RUN: cp %t.orig.cpp %t.cpp && %check --fix %t.cpp -- -std=c++17 > /dev/null 2>&1
// RUN: FileCheck --check-prefix=FIXED --input-file=%t.cpp %s
// RUN: %clangxx -std=c++17 %strict-warnings %t.cpp -o %t.fixed && %t.fixed > %t.fixed.out
// RUN: diff %t.orig.out %t.fixed.out
// RUN: %if libcxx %{ %clangxx -std=c++20 -stdlib=libc++ %strict-warnings %t.cpp -o %t.fixedcxx && %t.fixedcxx > %t.fixedcxx.out && diff %t.orig.out %t.fixedcxx.out %}

#include <cstdio>
#include <string>
#include <vector>

struct Options {
  int Threads = 3;
  std::vector<std::string> IncludeDirs = {"a", "b"};
  int Other = 0;
};

struct Image {
  int W = 2, H = 3;
  void touch() { ++H; }
};

class Table {
public:
  std::vector<int> Keys = {4, 5, 6};
  const int Width = 4;
  int Count = 0;
  static constexpr int Rows = 2;

  // A const member function: nothing it does changes Keys.
  std::vector<int> keys() const {
    std::vector<int> Out;
    for (std::size_t I = 0; I < Keys.size(); ++I)
      Out.push_back(Keys[I] * 2);
    // CHECK: :[[@LINE-1]]:7: warning: vector 'Out' grows with 'push_back' in a loop that runs 'Keys.size()' times; consider calling 'reserve' before the loop [stacklift-vector-growth]
    // FIXED: Out.reserve(Keys.size());
    return Out;
  }

  // Numbers in a const member function, as a range.
  std::vector<int> copy() const {
    std::vector<int> Out;
    for (int K : Keys)
      Out.push_back(K);
    // CHECK: :[[@LINE-1]]:7: warning: vector 'Out' grows with 'push_back' in a loop that runs 'Keys.size()' times
    // FIXED: Out.reserve(Keys.size());
    return Out;
  }

  // A non-const member function that changes another member and reads
  // the elements of Keys: the size of Keys holds.
  std::vector<int> counted() {
    std::vector<int> Out;
    for (std::size_t I = 0; I < Keys.size(); ++I) {
      Out.push_back(Keys[I]);
      ++Count;
    }
    // CHECK: :[[@LINE-3]]:7: warning: vector 'Out' grows with 'push_back' in a loop that runs 'Keys.size()' times
    // FIXED: Out.reserve(Keys.size());
    return Out;
  }

  // A const data member never changes.
  std::vector<int> columns() {
    std::vector<int> Out;
    for (int I = 0; I < Width; ++I) {
      Out.push_back(I);
      Count += I;
    }
    // CHECK: :[[@LINE-3]]:7: warning: vector 'Out' grows with 'push_back' in a loop that runs 'Width' times
    // FIXED: if (0 < Width) Out.reserve(static_cast<std::size_t>(Width));
    return Out;
  }

  std::vector<int> rows() const {
    std::vector<int> Out;
    for (int I = 0; I < Rows; ++I)
      Out.push_back(I);
    // CHECK: :[[@LINE-1]]:7: warning: vector 'Out' grows with 'push_back' in a loop that runs 'Rows' times
    return Out;
  }

  // Not counted: the body changes Keys, calls a non-const member function,
  // or lets `this` escape.
  std::vector<int> shrinks() {
    std::vector<int> Out;
    for (std::size_t I = 0; I < Keys.size(); ++I) {
      Out.push_back(Keys[I]);
      if (I == 0)
        Keys.pop_back();
    }
    return Out;
  }
  void grow() { Keys.push_back(0); }
  std::vector<int> callsGrow() {
    std::vector<int> Out;
    for (std::size_t I = 0; I < Keys.size() && I < 4; ++I) {
      Out.push_back(Keys[I]);
      grow();
    }
    return Out;
  }
  std::vector<int> escapes();
  // Not counted: the other table may be this one.
  std::vector<int> merge(Table &Other) const {
    std::vector<int> Out;
    for (std::size_t I = 0; I < Keys.size(); ++I) {
      Out.push_back(Keys[I]);
      if (I == 0)
        Other.Keys.pop_back();
    }
    return Out;
  }
};

static void visit(Table *T) {
  if (T->Keys.size() > 3)
    T->Keys.pop_back();
}

std::vector<int> Table::escapes() {
  std::vector<int> Out;
  for (std::size_t I = 0; I < Keys.size(); ++I) {
    Out.push_back(Keys[I]);
    visit(this);
  }
  return Out;
}

static std::vector<int> threads(const Options &Opts) {
  std::vector<int> Out;
  for (int I = 0; I < Opts.Threads; ++I)
    Out.push_back(I);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'Out' grows with 'push_back' in a loop that runs 'Opts.Threads' times
  // FIXED: if (0 < Opts.Threads) Out.reserve(static_cast<std::size_t>(Opts.Threads));
  return Out;
}

static std::vector<int> pixels(Image Img) {
  std::vector<int> Out;
  for (int I = 0; I < Img.W * Img.H; ++I)
    Out.push_back(I);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'Out' grows with 'push_back' in a loop that runs 'Img.W * Img.H' times
  // FIXED: if (0 < (Img.W * Img.H)) Out.reserve(static_cast<std::size_t>(Img.W * Img.H));
  return Out;
}

static std::vector<std::string> dirs(const Options &Cfg) {
  std::vector<std::string> Out;
  for (const std::string &D : Cfg.IncludeDirs)
    Out.push_back("-I" + D);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'Out' grows with 'push_back' in a loop that runs 'Cfg.IncludeDirs.size()' times
  // FIXED: Out.reserve(Cfg.IncludeDirs.size());
  return Out;
}

static std::vector<int> items(const std::vector<int> *Items) {
  std::vector<int> Out;
  for (int X : *Items)
    Out.push_back(X + 1);
  // CHECK: :[[@LINE-1]]:5: warning: vector 'Out' grows with 'push_back' in a loop that runs 'Items->size()' times
  // FIXED: Out.reserve(Items->size());
  return Out;
}

static std::vector<int> throughPointer(Options *P) {
  std::vector<int> Out;
  for (int I = 0; I < P->Threads; ++I) {
    Out.push_back(I);
    P->Other += I;
  }
  // CHECK: :[[@LINE-3]]:5: warning: vector 'Out' grows with 'push_back' in a loop that runs 'P->Threads' times
  // FIXED: if (0 < P->Threads) Out.reserve(static_cast<std::size_t>(P->Threads));
  return Out;
}

// p->size(): the vector p points to, whose elements may change.
static std::vector<int> doubled(std::vector<int> *P) {
  std::vector<int> Out;
  for (std::size_t I = 0; I < P->size(); ++I) {
    Out.push_back((*P)[I]);
    P->at(I) *= 2;
  }
  // CHECK: :[[@LINE-3]]:5: warning: vector 'Out' grows with 'push_back' in a loop that runs 'P->size()' times
  // FIXED: Out.reserve(P->size());
  return Out;
}

// Not counted: the vector p points to grows in the body.
static std::vector<int> pointeeGrows(std::vector<int> *P) {
  std::vector<int> Out;
  for (std::size_t I = 0; I < P->size() && I < 8; ++I) {
    Out.push_back((*P)[I]);
    P->push_back(1);
  }
  return Out;
}

// Not counted: the body writes the by-value parameter's field, calls a
// non-const member function on it, or writes the field through the pointer;
// another reference may be the same object; a temporary's member.
static std::vector<int> written(Image Img) {
  std::vector<int> Out;
  for (int I = 0; I < Img.W * Img.H; ++I) {
    Out.push_back(I);
    if (I == 0)
      Img.H = 1;
  }
  return Out;
}

static std::vector<int> touched(Image Img) {
  std::vector<int> Out;
  for (int I = 0; I < Img.H && I < 5; ++I) {
    Out.push_back(I);
    Img.touch();
  }
  return Out;
}

static std::vector<int> pointerWritten(Options *P) {
  std::vector<int> Out;
  for (int I = 0; I < P->Threads; ++I) {
    Out.push_back(I);
    if (I == 0)
      P->Threads = 1;
  }
  return Out;
}

static std::vector<int> aliased(const Options &Opts, Options &Mine) {
  std::vector<int> Out;
  for (int I = 0; I < Opts.Threads; ++I) {
    Out.push_back(I);
    Mine.Threads = 1;
  }
  return Out;
}

static std::vector<int> aliasedInt(const Options &Opts, int &Limit) {
  std::vector<int> Out;
  for (int I = 0; I < Opts.Threads; ++I) {
    Out.push_back(I);
    Limit = 1;
  }
  return Out;
}

static std::vector<int> aliasedSize(const std::vector<int> &In,
                                    std::vector<int> &Sink) {
  std::vector<int> Out;
  for (std::size_t I = 0; I < In.size(); ++I) {
    Out.push_back(In[I]);
    if (!Sink.empty())
      Sink.pop_back();
  }
  return Out;
}

static Options makeOptions() { return Options(); }

static std::vector<std::string> temporary() {
  std::vector<std::string> Out;
  for (const std::string &D : makeOptions().IncludeDirs)
    Out.push_back(D);
  return Out;
}

int main() {
  Table T;
  Options O;
  Image Img;
  std::vector<int> Items = {1, 2};
  std::printf("%zu %zu %zu %zu %zu\n", T.keys().size(), T.copy().size(),
              T.counted().size(), T.columns().size(), T.rows().size());
  Table T2, T3, T4;
  std::printf("%zu %zu %zu %zu\n", T2.shrinks().size(), T2.callsGrow().size(),
              T3.escapes().size(), T4.merge(T4).size());
  std::printf("%zu %zu %zu %zu %zu\n", threads(O).size(), pixels(Img).size(),
              dirs(O).size(), items(&Items).size(), throughPointer(&O).size());
  Options O2 = O;
  std::printf("%zu %zu %zu %zu %zu %zu\n", written(Img).size(),
              touched(Img).size(), pointerWritten(&O2).size(),
              aliased(O2, O2).size(), aliasedInt(O, O.Threads).size(),
              aliasedSize(Items, Items).size());
  std::printf("%zu %d\n", temporary().size(), O.Other);
  std::printf("%zu %zu %d\n", doubled(&Items).size(),
              pointeeGrows(&Items).size(), Items[0]);
  return 0;
}
