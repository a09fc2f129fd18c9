//===- GrowthCallTest.cpp - Tests of isGrowthCall
//--------------------------===//
//
// Which calls append exactly one element: the growth methods, and insert or
// emplace at the end of the same variable.
//
//===----------------------------------------------------------------------===//

#include "TestAST.h"
#include "stacklift/Match/GrowthMatchers.h"
#include "gtest/gtest.h"

using namespace clang;

namespace stacklift {
namespace {

const char Template[] = R"cpp(
struct Vec {
  int *begin();
  int *end();
  const int *cend() const;
  void push_back(int);
  int *insert(const int *, int);
  int *insert(const int *, int, int);
  template <class... A> int *emplace(const int *, A...);
  void clear();
};
namespace std { int *end(Vec &); int *begin(Vec &); }
void f(Vec &w) {
  Vec v;
  $0;
}
)cpp";

struct Case {
  const char *Call;
  bool Grows;
};

void PrintTo(const Case &C, std::ostream *OS) { *OS << "'" << C.Call << "'"; }

class GrowthCallTest : public ::testing::TestWithParam<Case> {};

TEST_P(GrowthCallTest, AppendsOneElement) {
  test::TestAST AST(test::fillIn(Template, GetParam().Call));
  const auto *Call = dyn_cast_or_null<CXXMemberCallExpr>(AST.select<CallExpr>(
      ast_matchers::cxxMemberCallExpr(
          ast_matchers::on(ast_matchers::declRefExpr(ast_matchers::to(
              ast_matchers::varDecl(ast_matchers::hasName("v")))))),
      0));
  ASSERT_TRUE(Call);
  EXPECT_EQ(isGrowthCall(Call), GetParam().Grows);
}

INSTANTIATE_TEST_SUITE_P(
    Spellings, GrowthCallTest,
    ::testing::Values(Case{"v.push_back(1)", true},
                      Case{"v.insert(v.end(), 1)", true},
                      Case{"v.insert(v.cend(), 1)", true},
                      Case{"v.insert(std::end(v), 1)", true},
                      Case{"v.emplace(v.end(), 1, 2)", true},
                      Case{"v.insert(v.end(), 2, 1)", false},
                      Case{"v.insert(v.begin(), 1)", false},
                      Case{"v.insert(std::begin(v), 1)", false},
                      Case{"v.insert(w.end(), 1)", false},
                      Case{"v.emplace(v.begin(), 1)", false},
                      Case{"v.clear()", false}));

} // namespace
} // namespace stacklift
