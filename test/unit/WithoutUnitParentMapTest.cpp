//===- WithoutUnitParentMapTest.cpp - No analysis needs the unit's map ----===//
//
// The check must never build ASTContext's parent map of the whole unit (see
// docs/performance.md): every upward walk goes through the function's own
// ParentIndex. These tests take the unit's map away, by giving the AST an
// empty traversal scope after matching, so that ASTContext::getParents
// answers nothing; the findings must not change.
//
//===----------------------------------------------------------------------===//

#include "TestAST.h"
#include "stacklift/Driver/VectorGrowthCheck.h"
#include "stacklift/Match/GrowthMatchers.h"
#include "clang/AST/ParentMapContext.h"

namespace stacklift {
namespace {

using namespace clang;
using namespace clang::ast_matchers;

constexpr char Code[] = R"cpp(
std::size_t counted(int n) {
  std::vector<int> v;
  for (int i = 0; i < n; ++i)
    v.push_back(i);
  return v.size();
}
std::vector<int> nested(int n, int m) {
  std::vector<int> v;
  for (int i = 0; i < n; ++i)
    for (int j = 0; j < m; ++j)
      v.push_back(j);
  return v;
}
int constant() {
  std::vector<int> v;
  for (int i = 0; i < 4; ++i) {
    auto Add = [&](int x) { v.push_back(x); };
    Add(i);
  }
  std::vector<int> w;
  for (int i = 0; i < 8; ++i)
    w.push_back(i);
  return w[0];
}
)cpp";

/// The messages of the findings for \p Code, after taking the unit's parent
/// map away when \p WithoutUnitMap.
std::vector<std::string> findings(bool WithoutUnitMap) {
  test::TestAST AST(Code);
  ASTContext &Ctx = AST.context();
  VectorGrowthOptions Options;
  VectorGrowthCheck Analyzer(Options);
  auto Matches = match(growthCallOnLocal(Options.VectorLikeClasses), Ctx);
  EXPECT_EQ(Matches.size(), 4u);
  if (WithoutUnitMap) {
    Ctx.setTraversalScope({});
    // The oracle is really gone.
    const auto *Call = Matches.front().getNodeAs<Stmt>(bind::GrowthCall);
    EXPECT_TRUE(Ctx.getParents(*Call).empty());
  }
  std::vector<std::string> Out;
  for (const BoundNodes &Nodes : Matches)
    if (std::optional<Finding> F =
            Analyzer.analyze(MatchFinder::MatchResult(Nodes, &Ctx)))
      Out.push_back(AST.rebase(
          F->Message + " @" +
          std::to_string(
              Ctx.getSourceManager().getExpansionLineNumber(F->Loc))));
  return Out;
}

TEST(WithoutUnitParentMapTest, FindingsAreTheSame) {
  std::vector<std::string> With = findings(/*WithoutUnitMap=*/false);
  std::vector<std::string> Without = findings(/*WithoutUnitMap=*/true);
  EXPECT_EQ(With, Without);
  // And they are the findings of the three loops (not the lambda's call).
  ASSERT_EQ(Without.size(), 3u);
  EXPECT_NE(Without[0].find("vector 'v' grows with 'push_back' in a loop "
                            "that runs 'n' times"),
            std::string::npos)
      << Without[0];
  EXPECT_NE(Without[1].find("'n * m'"), std::string::npos) << Without[1];
  EXPECT_NE(Without[2].find("vector 'w'"), std::string::npos) << Without[2];
}

} // namespace
} // namespace stacklift
