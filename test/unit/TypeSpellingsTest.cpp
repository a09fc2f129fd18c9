//===- TypeSpellingsTest.cpp - Tests of checkTypeSpellings ----------------===//
//
// Each row of TypeSpellings.h's table, on a vector-like class with class
// iterators (the mock std::vector's are pointers), with the witness's line.
//
//===----------------------------------------------------------------------===//

#include "stacklift/Remedy/TypeSpellings.h"
#include "TestAST.h"
#include "gtest/gtest.h"

using namespace clang;

namespace stacklift {
namespace {

/// The uses go at $0, on line 24; v is declared on line 23.
const char Template[] = R"cpp(
namespace my {
template <class T> struct It {
  T *P;
  T &operator*() const { return *P; }
  It &operator++() { ++P; return *this; }
  bool operator!=(const It &O) const { return P != O.P; }
  T *base() const { return P; }
};
template <class T> struct Vec {
  using iterator = It<T>;
  using const_iterator = It<const T>;
  using size_type = decltype(sizeof(0));
  void push_back(const T &);
  iterator begin();
  iterator end();
  iterator insert(iterator, const T &);
  size_type size() const;
};
}
template <class I> void sortRange(I, I);
void take(my::Vec<int>::iterator);
int f(my::Vec<int> &other) {
  my::Vec<int> v;
$0
  return 0;
}
)cpp";

struct Case {
  const char *Uses;
  const char *Expected; // "compatible" or "<why> @<line>"
};

void PrintTo(const Case &C, std::ostream *OS) { *OS << "'" << C.Uses << "'"; }

class TypeSpellingsTest : public ::testing::TestWithParam<Case> {};

std::string verdict(llvm::StringRef Uses) {
  test::TestAST AST(test::fillIn(Template, Uses));
  const VarDecl *V = AST.var("v");
  if (!V || !AST.function("f"))
    return "<no v or no f>";
  CompatibilityResult R = checkTypeSpellings(V, AST.index("f"));
  if (R.compatible())
    return "compatible";
  return R.Why + " @" + std::to_string(AST.line(R.Witness));
}

TEST_P(TypeSpellingsTest, Verdict) {
  EXPECT_EQ(verdict(GetParam().Uses), GetParam().Expected);
}

INSTANTIATE_TEST_SUITE_P(
    Kept, TypeSpellingsTest,
    ::testing::Values(
        Case{"auto i = v.begin(); ++i; (void)*i;", "compatible"},
        Case{"my::Vec<int>::size_type n = v.size(); (void)n;", "compatible"},
        Case{"sortRange(v.begin(), v.end());", "compatible"},
        Case{"v.insert(v.end(), 1);", "compatible"},
        // Another vector's iterators alone do not pin v's.
        Case{"for (auto i = other.begin(); i != other.end(); ++i) (void)*i;",
             "compatible"}));

INSTANTIATE_TEST_SUITE_P(
    Refused, TypeSpellingsTest,
    ::testing::Values(
        Case{"my::Vec<int>::iterator i = v.begin(); (void)i;",
             "used through the type 'my::Vec<int>::iterator' @24"},
        Case{"\ntypedef my::Vec<int>::const_iterator C;",
             "used through the type 'my::Vec<int>::const_iterator' @25"},
        Case{"take(v.begin());",
             "used through an iterator passed to 'take' @24"},
        Case{"int *p = v.begin().base(); (void)p;",
             "used through its iterator's member 'base' @24"},
        Case{"auto i = v.begin();\ni = other.begin();",
             "mixed with iterators of another container of the same type "
             "@25"}));

} // namespace
} // namespace stacklift
