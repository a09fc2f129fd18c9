//===- TemplateInstantiationsTest.cpp - Tests of template code ------------===//
//
// writtenPatternOf, instantiatedFunctionOf and localDeclaredAt (from an
// instantiation's local back to the template's), growsDependently,
// isVectorForEveryArgument, headersHoldForEveryArgument, and the merge of
// the instantiations' findings (InstantiatedSite).
//
//===----------------------------------------------------------------------===//

#include "stacklift/Driver/TemplateInstantiations.h"
#include "TestAST.h"
#include "stacklift/Diag/Messages.h"
#include "gtest/gtest.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace stacklift {
namespace {

const char Templates[] = R"cpp(
template <class T> using Vec = std::vector<T>;
template <class T> struct Box { T t; };
template <class T> int ofT(const std::vector<T> &xs, int n, T t) {
  std::vector<T> dep;
  for (std::size_t i = 0; i < xs.size(); ++i)
    dep.push_back(xs[i]);
  std::vector<int> mixed;
  for (int i = 0; i < n; ++i)
    mixed.push_back(t);
  std::vector<int> resolved;
  for (const T &x : xs)
    resolved.push_back(1);
  for (auto it = xs.begin(); it != xs.end(); ++it)
    resolved.push_back(2);
  for (T i = 0; i < t; ++i)
    resolved.push_back(3);
  Vec<T> aliased;
  Box<T> boxed;
  return n;
}
template <class C> int ofC(const C &c) {
  C copy;
  for (const auto &x : c)
    copy.push_back(x);
  return 0;
}
template <class T> struct Table {
  int member(T t) {
    std::vector<T> inMember;
    inMember.push_back(t);
    return 0;
  }
};
template <class T> int lambda(T t) {
  auto f = [t](auto x) {
    std::vector<decltype(x)> inLambda;
    inLambda.push_back(x);
    return t;
  };
  return f(1);
}
int use() {
  std::vector<int> xs;
  Table<int> table;
  return ofT(xs, 1, 2) + ofC(xs) + table.member(1) + lambda(1);
}
)cpp";

class TemplateInstantiationsTest : public ::testing::Test {
protected:
  void SetUp() override { AST = std::make_unique<test::TestAST>(Templates); }

  /// The local named \p Name in the template's text (\p InText) or in an
  /// instantiation.
  const VarDecl *local(llvm::StringRef Name, bool InText) {
    auto Found =
        match(traverse(TK_AsIs,
                       varDecl(hasName(Name), unless(parmVarDecl())).bind("v")),
              AST->context());
    for (const BoundNodes &Node : Found) {
      const auto *Var = Node.getNodeAs<VarDecl>("v");
      if ((writtenFunctionOf(Var) != nullptr) == InText &&
          (InText || !instantiatedFunctionOf(Var)->isDependentContext()))
        return Var;
    }
    ADD_FAILURE() << "no local '" << Name.str() << "'";
    return nullptr;
  }

  /// The template's text of the function declaring \p Name's instantiated
  /// local, found back from the instantiation.
  const VarDecl *backToText(llvm::StringRef Name) {
    const VarDecl *Var = local(Name, /*InText=*/false);
    const FunctionDecl *Instantiation = instantiatedFunctionOf(Var);
    EXPECT_NE(Instantiation, nullptr);
    const FunctionDecl *Pattern = writtenPatternOf(Instantiation);
    EXPECT_NE(Pattern, nullptr);
    return Pattern ? localDeclaredAt(*Pattern, Var->getLocation()) : nullptr;
  }

  bool growsDependently(llvm::StringRef Name) {
    const VarDecl *Var = local(Name, /*InText=*/true);
    FunctionIndex Fn(*cast<FunctionDecl>(Var->getDeclContext()),
                     AST->context());
    return stacklift::growsDependently(Var, Fn);
  }

  bool vectorForEveryArgument(llvm::StringRef Name) {
    return isVectorForEveryArgument(
        local(Name, /*InText=*/true)->getType().getNonReferenceType(),
        {"::std::vector"}, AST->context());
  }

  /// The \p N-th loop of the template's text of \p Function.
  bool headersHold(llvm::StringRef Function, unsigned N) {
    const Stmt *Loop = AST->select<Stmt>(
        stmt(anyOf(forStmt(), cxxForRangeStmt()),
             hasAncestor(functionDecl(hasName(Function),
                                      unless(isTemplateInstantiation())))),
        N);
    return Loop && headersHoldForEveryArgument(*Loop, {"::std::vector"},
                                               AST->context());
  }

  std::unique_ptr<test::TestAST> AST;
};

TEST_F(TemplateInstantiationsTest, FindsTheLocalOfTheTemplate) {
  for (llvm::StringRef Name : {"dep", "mixed", "inMember", "inLambda"}) {
    const VarDecl *Text = local(Name, /*InText=*/true);
    EXPECT_EQ(backToText(Name), Text) << Name.str();
    EXPECT_EQ(instantiatedFunctionOf(Text), nullptr) << Name.str();
  }
}

TEST_F(TemplateInstantiationsTest, GrowthThatDependsOnAParameter) {
  EXPECT_TRUE(growsDependently("dep"));   // std::vector<T>
  EXPECT_TRUE(growsDependently("mixed")); // push_back(t), t of type T
  EXPECT_FALSE(growsDependently("resolved"));
}

TEST_F(TemplateInstantiationsTest, VectorForEveryArgument) {
  EXPECT_TRUE(vectorForEveryArgument("dep"));
  EXPECT_TRUE(vectorForEveryArgument("mixed"));
  EXPECT_TRUE(vectorForEveryArgument("aliased"));
  EXPECT_FALSE(vectorForEveryArgument("boxed"));
  EXPECT_FALSE(vectorForEveryArgument("copy")); // C copy;
}

TEST_F(TemplateInstantiationsTest, HeadersThatHoldForEveryArgument) {
  EXPECT_TRUE(headersHold("ofT", 0));  // i < xs.size()
  EXPECT_TRUE(headersHold("ofT", 1));  // i < n
  EXPECT_TRUE(headersHold("ofT", 2));  // const T &x : xs
  EXPECT_TRUE(headersHold("ofT", 3));  // it != xs.end()
  EXPECT_FALSE(headersHold("ofT", 4)); // T i; i < t
  EXPECT_FALSE(headersHold("ofC", 0)); // const auto &x : c, c of type C
}

Finding finding(SourceLocation Loc, std::string Message,
                std::vector<FindingNote> Notes = {}) {
  Finding F;
  F.Loc = Loc;
  F.Message = std::move(Message);
  F.Remedy = RemedyKind::Reserve;
  F.Notes = std::move(Notes);
  F.Fixes.push_back(FixItHint::CreateInsertion(Loc, "v.reserve(n);"));
  return F;
}

TEST(InstantiatedSiteTest, OneFindingWhenAllAgree) {
  SourceLocation At = SourceLocation::getFromRawEncoding(10);
  SourceLocation Template = SourceLocation::getFromRawEncoding(2);
  FindingNote Count{At, "the loop runs 'n' times", {}};
  FindingNote Escape{At, "'v' escapes: returned here", {}};
  InstantiatedSite Site;
  Site.add(finding(At, "grows", {Count, Escape}));
  Site.add(finding(At, "grows", {Count}));
  std::optional<Finding> F = Site.merged(Template);
  ASSERT_TRUE(F);
  ASSERT_EQ(F->Notes.size(), 2u); // The escape is true of one only.
  EXPECT_EQ(F->Notes[0].Message, Count.Message);
  EXPECT_EQ(F->Notes[1].Loc, Template);
  EXPECT_EQ(F->Notes[1].Message,
            formatMessage(msg::FoundInEachInstantiation, {"2"}));
  EXPECT_EQ(F->Fixes.size(), 1u);
}

TEST(InstantiatedSiteTest, NoneWhenOneDiffersOrHasNone) {
  SourceLocation At = SourceLocation::getFromRawEncoding(10);
  InstantiatedSite Missing;
  Missing.add(finding(At, "grows"));
  Missing.add(std::nullopt);
  EXPECT_FALSE(Missing.merged(At));
  InstantiatedSite Other;
  Other.add(finding(At, "grows by 'n'"));
  Other.add(finding(At, "grows by 'm'"));
  EXPECT_FALSE(Other.merged(At));
  InstantiatedSite OtherFix;
  OtherFix.add(finding(At, "grows"));
  Finding F = finding(At, "grows");
  F.Fixes[0].CodeToInsert = "v.reserve(m);";
  OtherFix.add(F);
  EXPECT_FALSE(OtherFix.merged(At));
  InstantiatedSite One;
  One.add(finding(At, "grows"));
  ASSERT_TRUE(One.merged(At));
  EXPECT_EQ(One.merged(At)->Notes.back().Message,
            msg::FoundInOnlyInstantiation);
}

} // namespace
} // namespace stacklift
