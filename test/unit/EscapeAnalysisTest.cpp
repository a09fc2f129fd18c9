//===- EscapeAnalysisTest.cpp - Tests of the escape analysis --------------===//
//
// Every EscapeReason of EscapeAnalysis.h, shown to apply and to stay silent.
// Assertions are on EscapeAnalyzer::describe():
//   escapes: <reason> [to '<callee>'] @<line>     or     does not escape
// with lines counted from the first line of the test's code.
//
//===----------------------------------------------------------------------===//

#include "stacklift/Analysis/EscapeAnalysis.h"
#include "TestAST.h"
#include "gtest/gtest.h"
#include <optional>

using namespace clang;

namespace stacklift {
namespace {

class EscapeAnalysisTest : public ::testing::Test {
protected:
  /// The verdict for the variable v of function f, described.
  std::string escape(llvm::StringRef Code) {
    AST = std::make_unique<test::TestAST>(Code);
    Analyzer = std::make_unique<EscapeAnalyzer>(AST->context());
    const VarDecl *V = AST->var("v");
    const Stmt *Body = AST->body("f");
    if (!V || !Body)
      return "<no v or no f>";
    Result = Analyzer->analyze(V, Body);
    return AST->rebase(EscapeAnalyzer::describe(*Result, AST->sourceManager()));
  }

  std::unique_ptr<test::TestAST> AST;
  std::unique_ptr<EscapeAnalyzer> Analyzer;
  std::optional<EscapeResult> Result;
};

/// Statements that use v, and the verdict.
struct Use {
  const char *Code;
  const char *Expected;
};

void PrintTo(const Use &U, std::ostream *OS) { *OS << "'" << U.Code << "'"; }

// The uses start on line 9.
const char UseTemplate[] = R"cpp(
void keep(std::vector<int> &);
void keepPointer(std::vector<int> *);
void sink(std::vector<int> &&);
void read(const std::vector<int> &);
void byValue(std::vector<int>);
namespace ns { void keep(std::vector<int> &); }
std::vector<int> f(bool c, std::vector<int> &out) {
  std::vector<int> v;
$0
  return {};
}
)cpp";

class EscapeUseTest : public EscapeAnalysisTest,
                      public ::testing::WithParamInterface<Use> {};

TEST_P(EscapeUseTest, Verdict) {
  EXPECT_EQ(escape(test::fillIn(UseTemplate, GetParam().Code)),
            GetParam().Expected);
}

const Use Escaping[] = {
    {"return v;", "escapes: returned @9"},
    {"if (c)\n  return v;", "escapes: returned @10"},
    {"return std::move(v);", "escapes: returned @9"},
    {"return (v);", "escapes: returned @9"},
    {"throw v;", "escapes: thrown @9"},
    {"throw std::move(v);", "escapes: thrown @9"},
    {"std::vector<int> *p = &v;", "escapes: address taken @9"},
    {"int *p = v.data();", "escapes: pointer to elements taken @9"},
    {"keep(v);", "escapes: passed by non-const reference to 'keep' @9"},
    {"ns::keep(v);", "escapes: passed by non-const reference to 'ns::keep' @9"},
    {"sink(std::move(v));",
     "escapes: passed by non-const reference to 'sink' @9"},
    {"v.swap(out);",
     "escapes: passed by non-const reference to 'std::vector<int>::swap' "
     "@9"},
    {"out.swap(v);",
     "escapes: passed by non-const reference to 'std::vector<int>::swap' "
     "@9"},
    {"std::vector<int> w = std::move(v);",
     "escapes: moved into another object @9"},
    {"byValue(std::move(v));", "escapes: moved into another object @9"},
    {"auto g = [&v] { v.push_back(1); };", "escapes: captured by reference @9"},
    {"auto g = [&] { v.push_back(1); };", "escapes: captured by reference @9"},
};
INSTANTIATE_TEST_SUITE_P(Escapes, EscapeUseTest, ::testing::ValuesIn(Escaping));

const Use NotEscaping[] = {
    // A const reference is assumed not to be kept.
    {"read(v);", "does not escape"},
    // A copy has storage of its own.
    {"byValue(v);", "does not escape"},
    {"std::vector<int> w = v;", "does not escape"},
    {"out = v;", "does not escape"},
    {"return std::vector<int>(v);", "does not escape"},
    // Member calls that neither expose the storage nor exchange it.
    {"auto n = v.size();", "does not escape"},
    {"int x = v[0];", "does not escape"},
    {"v[0] = 1;", "does not escape"},
    {"v.push_back(1);", "does not escape"},
    {"v.emplace_back(1);", "does not escape"},
    {"for (int x : v)\n  (void)x;", "does not escape"},
    // Captures by copy copy the vector.
    {"auto g = [v] { return v.size(); };", "does not escape"},
    {"auto g = [=] { return v.size(); };", "does not escape"},
};
INSTANTIATE_TEST_SUITE_P(Stays, EscapeUseTest,
                         ::testing::ValuesIn(NotEscaping));

// f(&v) with a pointer parameter is passed by non-const reference, and the
// note names the callee (once answered as a bare "address taken").
TEST_F(EscapeAnalysisTest, PassedToPointerParameter) {
  EXPECT_EQ(escape(test::fillIn(UseTemplate, "keepPointer(&v);")),
            "escapes: passed by non-const reference to 'keepPointer' @9");
  EXPECT_EQ(Result->Callee, "keepPointer");
}

// `w = std::move(v)` moves the storage into w (once reported as passing to
// 'operator=').
TEST_F(EscapeAnalysisTest, MoveAssignedToAnotherLocal) {
  EXPECT_EQ(escape(test::fillIn(UseTemplate,
                                "std::vector<int> w;\nw = std::move(v);")),
            "escapes: moved into another object @10");
  EXPECT_EQ(escape(test::fillIn(UseTemplate, "out = std::move(v);")),
            "escapes: moved into another object @9");
}

TEST_F(EscapeAnalysisTest, ResultFields) {
  escape(test::fillIn(UseTemplate, "read(v);\nkeep(v);"));
  ASSERT_TRUE(Result);
  EXPECT_TRUE(Result->escapes());
  EXPECT_EQ(Result->Reason, EscapeReason::PassedByReference);
  EXPECT_EQ(Result->Callee, "keep");
  EXPECT_EQ(AST->where(Result->Witness), "CallExpr @10");

  escape(test::fillIn(UseTemplate, "return v;"));
  EXPECT_EQ(Result->Reason, EscapeReason::Returned);
  EXPECT_EQ(Result->Callee, "");
  EXPECT_EQ(AST->where(Result->Witness), "ReturnStmt @9");

  escape(test::fillIn(UseTemplate, "v.push_back(1);"));
  EXPECT_FALSE(Result->escapes());
  EXPECT_EQ(Result->Reason, EscapeReason::None);
  EXPECT_EQ(Result->Witness, nullptr);
  EXPECT_EQ(Result->Callee, "");
}

TEST_F(EscapeAnalysisTest, EarliestWitnessInSourceOrder) {
  EXPECT_EQ(escape(test::fillIn(UseTemplate, "keep(v);\nreturn v;")),
            "escapes: passed by non-const reference to 'keep' @9");
  EXPECT_EQ(escape(test::fillIn(UseTemplate, "if (c)\n  return v;\nkeep(v);")),
            "escapes: returned @10");
  // Captures are found apart from the other uses; order still decides.
  EXPECT_EQ(escape(test::fillIn(UseTemplate,
                                "auto g = [&v] { v.size(); };\nkeep(v);")),
            "escapes: captured by reference @9");
  EXPECT_EQ(escape(test::fillIn(UseTemplate,
                                "auto *p = &v;\nauto g = [&] { v.size(); };")),
            "escapes: address taken @9");
}

TEST_F(EscapeAnalysisTest, UsesInsideALambdaAreUsesOfTheCapture) {
  // The lambda captures a copy; returning it from the lambda returns the
  // copy, not v.
  EXPECT_EQ(escape(test::fillIn(UseTemplate, "auto g = [v] { return v; };")),
            "does not escape");
}

// FALSE-NEGATIVE: aliases are not followed; a reference to v that is passed
// on is not seen.
TEST_F(EscapeAnalysisTest, AliasIsNotFollowed) {
  EXPECT_EQ(
      escape(test::fillIn(UseTemplate, "std::vector<int> &r = v;\nkeep(r);")),
      "does not escape");
}

TEST_F(EscapeAnalysisTest, ResultIsCached) {
  escape(test::fillIn(UseTemplate, "keep(v);"));
  const VarDecl *V = AST->var("v");
  // A second query with a scope that holds none of the uses still answers
  // from the first: the verdict is computed once per variable.
  const Stmt *Unrelated = V->getInit();
  ASSERT_TRUE(Unrelated);
  EscapeResult Again = Analyzer->analyze(V, AST->body("f"));
  EXPECT_EQ(Again.Reason, EscapeReason::PassedByReference);
  EXPECT_EQ(Again.Witness, Result->Witness);
  EXPECT_EQ(Analyzer->analyze(V, Unrelated).Reason,
            EscapeReason::PassedByReference);
  // A fresh analyzer asked about the same scope finds nothing there.
  EscapeAnalyzer Fresh(AST->context());
  EXPECT_FALSE(Fresh.analyze(V, Unrelated).escapes());
}

TEST_F(EscapeAnalysisTest, NullScopeIsNotCached) {
  escape(test::fillIn(UseTemplate, "keep(v);"));
  EscapeAnalyzer Fresh(AST->context());
  const VarDecl *V = AST->var("v");
  EXPECT_FALSE(Fresh.analyze(V, nullptr).escapes());
  EXPECT_EQ(Fresh.analyze(V, AST->body("f")).Reason,
            EscapeReason::PassedByReference);
}

TEST_F(EscapeAnalysisTest, EachVariableHasItsOwnVerdict) {
  AST = std::make_unique<test::TestAST>(R"cpp(
void keep(std::vector<int> &);
void f() {
  std::vector<int> a;
  std::vector<int> b;
  keep(b);
}
)cpp");
  EscapeAnalyzer A(AST->context());
  const Stmt *Body = AST->body("f");
  EXPECT_FALSE(A.analyze(AST->var("a"), Body).escapes());
  EXPECT_TRUE(A.analyze(AST->var("b"), Body).escapes());
  // Asking again after another variable gives the same verdict.
  EXPECT_FALSE(A.analyze(AST->var("a"), Body).escapes());
}

TEST(EscapeReasonNames, ReasonName) {
  EXPECT_EQ(reasonName(EscapeReason::None), "does not escape");
  EXPECT_EQ(reasonName(EscapeReason::Returned), "returned");
  EXPECT_EQ(reasonName(EscapeReason::Thrown), "thrown");
  EXPECT_EQ(reasonName(EscapeReason::AddressTaken), "address taken");
  EXPECT_EQ(reasonName(EscapeReason::ElementsExposed),
            "pointer to elements taken");
  EXPECT_EQ(reasonName(EscapeReason::PassedByReference),
            "passed by non-const reference");
  EXPECT_EQ(reasonName(EscapeReason::MovedOut), "moved into another object");
  EXPECT_EQ(reasonName(EscapeReason::CapturedByReference),
            "captured by reference");
}

} // namespace
} // namespace stacklift
