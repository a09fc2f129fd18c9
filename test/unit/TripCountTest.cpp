//===- TripCountTest.cpp - Tests of the trip-count analysis ---------------===//
//
// The rules C1, R1, R2, G1 and G2 of TripCount.h, each shown to apply and to
// refuse. Most assertions are on TripCountAnalyzer::describe():
//   <kind> '<text>' = <constant> if '<guard>' [<rules>]: <reason> @<line>
// with lines counted from the first line of the test's code.
//
//===----------------------------------------------------------------------===//

#include "stacklift/Analysis/TripCount/TripCount.h"
#include "TestAST.h"
#include "clang/AST/Expr.h"
#include "gtest/gtest.h"

using namespace clang;

namespace stacklift {
namespace {

class TripCountTest : public ::testing::Test {
protected:
  /// How many elements the \p LoopIndex-th loop of f adds to v, described.
  std::string added(llvm::StringRef Code, unsigned LoopIndex = 0) {
    return run(Code, LoopIndex, /*Iterations=*/false);
  }

  /// How many times the first loop of f runs, described.
  std::string iterations(llvm::StringRef Code) {
    return run(Code, 0, /*Iterations=*/true);
  }

  std::string run(llvm::StringRef Code, unsigned LoopIndex, bool Iterations) {
    AST = std::make_unique<test::TestAST>(Code);
    const Stmt *Loop = AST->loop("f", LoopIndex);
    const VarDecl *V = AST->var("v");
    if (!Loop || !V)
      return "<no loop or no v>";
    TripCountAnalyzer Analyzer(AST->index("f"));
    Count = Iterations ? Analyzer.iterations(Loop, V)
                       : Analyzer.elementsAdded(Loop, V);
    return AST->rebase(
        TripCountAnalyzer::describe(Count, AST->sourceManager()));
  }

  std::unique_ptr<test::TestAST> AST;
  TripCount Count;
};

/// A piece of code that fills the hole of a template, and what the analysis
/// answers for it.
struct Form {
  const char *Code;
  const char *Expected;
};

void PrintTo(const Form &F, std::ostream *OS) { *OS << "'" << F.Code << "'"; }

//===----------------------------------------------------------------------===//
// C1: the header of a counted for loop. The loop is on line 10.
//===----------------------------------------------------------------------===//

const char HeaderTemplate[] = R"cpp(
#define LIMIT n
#define HEADER(k) int i = 0; i < k * 2; ++i
int g();
int Global;
struct Counter { int count() const; };
void f(int n, unsigned u, int a, const std::vector<int> &in, Counter c) {
  const int N = 8;
  int j = 0;
  std::vector<int> v;
  for ($0)
    v.push_back(0);
}
)cpp";

class LoopHeaderTest : public TripCountTest,
                       public ::testing::WithParamInterface<Form> {};

TEST_P(LoopHeaderTest, ElementsAdded) {
  EXPECT_EQ(added(test::fillIn(HeaderTemplate, GetParam().Code)),
            GetParam().Expected);
}

const Form CountedHeaders[] = {
    // Comparisons and steps.
    {"int i = 0; i < n; ++i", "exact 'n' if '0 < n' [C1+G1] @10"},
    {"int i = 0; i != n; ++i", "exact 'n' if '0 < n' [C1+G1] @10"},
    {"int i = 0; n > i; ++i", "exact 'n' if '0 < n' [C1+G1] @10"},
    {"int i = 0; i < n; i++", "exact 'n' if '0 < n' [C1+G1] @10"},
    {"int i = 0; i < n; i += 1", "exact 'n' if '0 < n' [C1+G1] @10"},
    // The counter is assigned, not declared, in the init statement.
    {"j = 0; j < n; ++j", "exact 'n' if '0 < n' [C1+G1] @10"},
    // A start other than zero: a difference, always guarded.
    {"int i = a; i < n; ++i", "exact 'n - a' if 'a < n' [C1+G1] @10"},
    {"int i = 1; i < n; ++i", "exact 'n - 1' if '1 < n' [C1+G1] @10"},
    {"int i = a + 1; i < n * 2; ++i",
     "exact '(n * 2) - (a + 1)' if '(a + 1) < (n * 2)' [C1+G1] @10"},
    {"unsigned i = 1; i < u; ++i", "exact 'u - 1' if '1 < u' [C1+G1] @10"},
    // Unsigned bounds starting at zero need no guard; signed bounds do.
    {"unsigned i = 0; i < u; ++i", "exact 'u' [C1+G1] @10"},
    {"int i = 0; i < u; ++i", "exact 'u' [C1+G1] @10"},
    {"unsigned i = 0; i < n; ++i", "exact 'n' if '0 < n' [C1+G1] @10"},
    {"std::size_t i = 0; i < in.size(); ++i", "exact 'in.size()' [C1+G1] @10"},
    // Constant bounds: the name is kept when the start is zero.
    {"int i = 0; i < 10; ++i", "exact '10' = 10 [C1+G1] @10"},
    {"int i = 0; i < N; ++i", "exact 'N' = 8 [C1+G1] @10"},
    {"int i = 0; i < N * 2; ++i", "exact 'N * 2' = 16 [C1+G1] @10"},
    {"int i = 2; i < N; ++i", "exact '6' = 6 [C1+G1] @10"},
    {"int i = 3; i != 10; i += 1", "exact '7' = 7 [C1+G1] @10"},
    {"int i = 5; i < 3; ++i", "exact '0' = 0 [C1+G1] @10"},
    // The bound as written, here without spaces (see PolicyTest).
    {"int i = 0; i < n>>1; ++i", "exact 'n>>1' if '0 < (n>>1)' [C1+G1] @10"},
    // A bound that is a whole macro expansion keeps the macro's name.
    {"int i = 0; i < LIMIT; ++i", "exact 'LIMIT' if '0 < LIMIT' [C1+G1] @10"},
    // C1: '<=' adds one; larger steps round up.
    {"int i = 0; i <= n; ++i", "exact 'n + 1' if '0 <= n' [C1+G1] @10"},
    {"int i = 1; i <= n; ++i", "exact 'n' if '1 <= n' [C1+G1] @10"},
    {"unsigned i = 0; i <= u; ++i", "exact 'u + 1' [C1+G1] @10"},
    {"int i = 0; i < n; i += 2", "exact '(n + 1) / 2' if '0 < n' [C1+G1] @10"},
    {"int i = a; i <= n; i += 3",
     "exact '(n - a + 3) / 3' if 'a <= n' [C1+G1] @10"},
    {"int i = 0; n >= i; ++i", "exact 'n + 1' if '0 <= n' [C1+G1] @10"},
    {"int i = 0; i < 10; i += 3", "exact '4' = 4 [C1+G1] @10"},
    {"int i = 0; i <= 10; i += 5", "exact '3' = 3 [C1+G1] @10"},
    {"int i = 0; i != 10; i += 5", "exact '2' = 2 [C1+G1] @10"},
    {"int i = 0; i < N; i += N", "exact '1' = 1 [C1+G1] @10"},
    // C2: descending counters, mirrored.
    {"int i = n; i > 0; --i", "exact 'n' if 'n > 0' [C2+G1] @10"},
    {"int i = n; i >= 0; i--", "exact 'n + 1' if 'n >= 0' [C2+G1] @10"},
    {"int i = n; i > a; i -= 2",
     "exact '(n - a + 1) / 2' if 'n > a' [C2+G1] @10"},
    {"int i = n - 1; i >= 0; --i", "exact 'n' if '(n - 1) >= 0' [C2+G1] @10"},
    {"unsigned i = u; i > 0; --i", "exact 'u' [C2+G1] @10"},
    {"int i = n; i != a; --i", "exact 'n - a' if 'n > a' [C2+G1] @10"},
    {"int i = 10; i >= -10; i -= 7", "exact '3' = 3 [C2+G1] @10"},
    {"int i = 3; 0 < i; i -= 1", "exact '3' = 3 [C2+G1] @10"},
    // C3: init-statement variables are replaced by their initialisers.
    {"int i = 0, m = n; i < m; ++i", "exact 'n' if '0 < n' [C1+C3+G1] @10"},
    {"std::size_t i = 0, e = in.size(); i != e; ++i",
     "exact 'in.size()' [C1+C3+G1] @10"},
    {"int m = n * 2, i = m; i > 0; --i",
     "exact 'n * 2' if '(n * 2) > 0' [C2+C3+G1] @10"},
    // C4: a counter declared before the loop starts at its value.
    {"; j < n; ++j", "exact 'n' if '0 < n' [C1+C4+G1] @10"},
    // std::size and explicit integer casts.
    {"int i = 0; i < static_cast<int>(in.size()); ++i",
     "exact 'static_cast<int>(in.size())' if '0 < static_cast<int>(in.size())' "
     "[C1+G1] @10"},
};
INSTANTIATE_TEST_SUITE_P(Counted, LoopHeaderTest,
                         ::testing::ValuesIn(CountedHeaders));

const Form UncountedHeaders[] = {
    {";;", "unknown: the loop has no condition @10"},
    {"int i = 0; c.count() > 0; ++i",
     "unknown: the loop condition does not compare the counter with a bound "
     "@10"},
    {"int i = 0; i > n; ++i",
     "unknown: the counter moves away from the bound @10"},
    {"int i = n; i <= 0; --i",
     "unknown: the counter moves away from the bound @10"},
    {"double d = 0; d < n; d += 1",
     "unknown: the loop does not step its counter by a constant @10"},
    {"int i = 0; i < n; i *= 2",
     "unknown: the loop does not step its counter by a constant @10"},
    {"int i = 0; i < n; i += a",
     "unknown: the loop does not step its counter by a constant @10"},
    {"int i = 0; i < n;",
     "unknown: the loop does not step its counter by a constant @10"},
    {"int i = 0; i != n; i += 2",
     "unknown: the counter may step over the bound @10"},
    {"int i = 0; i != 7; i += 2",
     "unknown: the counter steps over the bound @10"},
    {"int i = 9; i != 7; ++i",
     "unknown: the counter never reaches the bound @10"},
    {"unsigned i = u; i >= 0; --i",
     "unknown: the condition is always true @10"},
    {"unsigned char k = 0; k < 300; ++k",
     "unknown: the counter overflows before it reaches the bound @10"},
    {"int i = 0; i <= 2147483647; ++i",
     "unknown: the counter overflows before it reaches the bound @10"},
    {"unsigned i = a; i < u; ++i",
     "unknown: the start value has another type than the counter @10"},
    {"int k = 0; j < n; ++j",
     "unknown: the counter's start value is not set in the init statement "
     "@10"},
    {"int i = 0; i < g(); ++i",
     "unknown: the bound calls a function other than size() @10"},
    {"int i = 0; i < c.count(); ++i",
     "unknown: the bound calls a function other than size() @10"},
    {"std::size_t i = 0; i < v.size(); ++i",
     "unknown: the bound depends on the vector itself @10"},
    {"int i = 0; i < Global; ++i",
     "unknown: the bound reads a global that any call may change @10"},
    {"int i = 0, m = g(); i < m; ++i",
     "unknown: the bound calls a function other than size() @10"},
    {"int i = 0; i < n--; ++i",
     "unknown: the bound has an operator with side effects @10"},
    {"int i = 0; i < n - i; ++i",
     "unknown: the bound reads the loop counter @10"},
    {"HEADER(n)", "unknown: the bound is spelled inside a macro @10"},
};
INSTANTIATE_TEST_SUITE_P(Uncounted, LoopHeaderTest,
                         ::testing::ValuesIn(UncountedHeaders));

TEST_F(TripCountTest, C1Fields) {
  added(test::fillIn(HeaderTemplate, "int i = 0; i < n; ++i"));
  EXPECT_EQ(Count.Kind, CountKind::Exact);
  EXPECT_TRUE(Count.isExact());
  EXPECT_EQ(Count.Text, "n");
  EXPECT_EQ(Count.Guard, "0 < n");
  EXPECT_FALSE(Count.Constant);
  EXPECT_EQ(Count.Rule, "C1+G1");
  EXPECT_EQ(Count.Reason, "");
  // The witness is the bound.
  const auto *Bound = dyn_cast_or_null<Expr>(Count.Witness);
  ASSERT_TRUE(Bound);
  EXPECT_EQ(AST->where(Bound->IgnoreParenImpCasts()), "DeclRefExpr @10");

  added(test::fillIn(HeaderTemplate, "int i = 0; i < 10; ++i"));
  ASSERT_TRUE(Count.Constant);
  EXPECT_EQ(Count.Constant->getExtValue(), 10);
  EXPECT_EQ(Count.Text, "10");
  EXPECT_EQ(Count.Guard, "");
}

// A constant count clamped to zero is printed as 0, not as the bound.
TEST_F(TripCountTest, NegativeConstantBoundFromZeroIsZero) {
  EXPECT_EQ(added(test::fillIn(HeaderTemplate, "int i = 0; i < -1; ++i")),
            "exact '0' = 0 [C1+G1] @10");
}

//===----------------------------------------------------------------------===//
// G1/G2 and the proofs: the body of a counted loop. The loop is on line 5,
// the body starts on line 6.
//===----------------------------------------------------------------------===//

const char BodyTemplate[] = R"cpp(
void bump(int &);
void f(int n, bool c) {
  std::vector<int> v;
  std::vector<int> w;
  for (int i = 0; i < n; ++i) {
$0
  }
}
)cpp";

class LoopBodyTest : public TripCountTest,
                     public ::testing::WithParamInterface<Form> {};

TEST_P(LoopBodyTest, ElementsAdded) {
  EXPECT_EQ(added(test::fillIn(BodyTemplate, GetParam().Code)),
            GetParam().Expected);
}

const Form OncePerIteration[] = {
    {"v.push_back(i);", "exact 'n' if '0 < n' [C1+G1] @5"},
    {"v.emplace_back(i);", "exact 'n' if '0 < n' [C1+G1] @5"},
    {"{ (void)v.push_back(i); }", "exact 'n' if '0 < n' [C1+G1] @5"},
    // A break or continue of a nested switch or loop stays there.
    {"switch (i) {\ncase 0:\n  break;\n}\nv.push_back(i);",
     "exact 'n' if '0 < n' [C1+G1] @5"},
    {"for (int k = 0; k < n; ++k)\n  if (k == i)\n    break;\nv.push_back(i);",
     "exact 'n' if '0 < n' [C1+G1] @5"},
    {"while (c)\n  continue;\nv.push_back(i);",
     "exact 'n' if '0 < n' [C1+G1] @5"},
    // A return inside a lambda leaves the lambda, not the loop.
    {"auto g = [] { return; };\nv.push_back(i);",
     "exact 'n' if '0 < n' [C1+G1] @5"},
    // Growth inside a lambda is not growth of the loop.
    {"auto g = [&v] { v.push_back(1); };\nv.push_back(i);\ng();",
     "exact 'n' if '0 < n' [C1+G1] @5"},
};
INSTANTIATE_TEST_SUITE_P(G1, LoopBodyTest,
                         ::testing::ValuesIn(OncePerIteration));

const Form AtMostOncePerIteration[] = {
    {"if (c)\n  v.push_back(i);",
     "upper-bound 'n' if '0 < n' [C1+G2]: the growth is conditional @7"},
    {"switch (i) {\ncase 0:\n  v.push_back(i);\n}",
     "upper-bound 'n' if '0 < n' [C1+G2]: the growth is conditional @8"},
    {"(void)(c && (v.push_back(i), true));",
     "upper-bound 'n' if '0 < n' [C1+G2]: the growth is conditional @6"},
    {"if (c)\n  break;\nv.push_back(i);",
     "upper-bound 'n' if '0 < n' [C1+G2]: the loop can end an iteration "
     "early @7"},
    {"if (c)\n  continue;\nv.push_back(i);",
     "upper-bound 'n' if '0 < n' [C1+G2]: the loop can end an iteration "
     "early @7"},
    {"v.push_back(i);\nif (c)\n  return;",
     "upper-bound 'n' if '0 < n' [C1+G2]: the loop can end an iteration "
     "early @8"},
    {"if (c)\n  throw 1;\nv.push_back(i);",
     "upper-bound 'n' if '0 < n' [C1+G2]: the loop can end an iteration "
     "early @7"},
    // A return in a nested loop still leaves the outer loop.
    {"while (c)\n  return;\nv.push_back(i);",
     "upper-bound 'n' if '0 < n' [C1+G2]: the loop can end an iteration "
     "early @7"},
};
INSTANTIATE_TEST_SUITE_P(G2, LoopBodyTest,
                         ::testing::ValuesIn(AtMostOncePerIteration));

const Form SeveralPerIteration[] = {
    // G3: k growth calls per iteration.
    {"v.push_back(i);\nv.emplace_back(i);",
     "exact '2 * n' if '0 < n' [C1+G3] @5"},
    {"v.push_back(i);\n{ v.push_back(i); v.push_back(i); }",
     "exact '3 * n' if '0 < n' [C1+G3] @5"},
    {"v.push_back(i);\nif (c)\n  v.push_back(i);",
     "upper-bound '2 * n' if '0 < n' [C1+G2]: the growth is conditional @8"},
    // G4: nested loops whose count is the same at every outer iteration.
    {"for (int k = 0; k < n; ++k)\n  v.push_back(k);",
     "exact 'n * n' if '0 < n' [C1+G4(C1+G1)] @5"},
    {"for (int k = 0; k < 4; ++k)\n  v.push_back(k);",
     "exact '4 * n' if '0 < n' [C1+G4(C1+G1)] @5"},
    {"v.push_back(i);\nfor (int k = 1; k <= n; ++k)\n  v.push_back(k);",
     "exact 'n * (1 + n)' if '0 < n && 1 <= n' [C1+G4(C1+G1)] @5"},
    {"for (int k = 0; k < n; ++k)\n  for (int l = 0; l < 2; ++l)\n    "
     "v.push_back(k);",
     "exact 'n * (2 * n)' if '0 < n' [C1+G4(C1+G4(C1+G1))] @5"},
    {"if (c)\n  for (int k = 0; k < n; ++k)\n    v.push_back(k);",
     "upper-bound 'n * n' if '0 < n' [C1+G2]: the growth is conditional @7"},
    {"for (int k = 0; k < n; ++k) {\n  if (c)\n    break;\n  "
     "v.push_back(k);\n}",
     "upper-bound 'n * n' if '0 < n' [C1+G2]: the loop can end an iteration "
     "early @8"},
};
INSTANTIATE_TEST_SUITE_P(G3G4, LoopBodyTest,
                         ::testing::ValuesIn(SeveralPerIteration));

const Form UncountedBodies[] = {
    {"for (int k = 0; k < i; ++k)\n  v.push_back(k);",
     "unknown: the count of a nested loop changes with the outer loop @6"},
    {"for (int k = i; k < n; ++k)\n  v.push_back(k);",
     "unknown: the count of a nested loop changes with the outer loop @6"},
    {"int m = n;\nfor (int k = 0; k < m; ++k)\n  v.push_back(k);",
     "unknown: the count of a nested loop changes with the outer loop @7"},
    {"for (int k = 0; k < n; ++k)\n  v.push_back(k);\nbump(n);",
     "unknown: a variable of the bound is changed in the body @8"},
    {"v.push_back(i);\nv.swap(w);",
     "unknown: the vector is also emptied, shrunk or replaced in the loop @7"},
    {"v.push_back(i);\nv = w;",
     "unknown: the vector is also emptied, shrunk or replaced in the loop @7"},
    {"auto g = [&v] { v.push_back(1); };\ng();",
     "unknown: the loop does not grow the vector @5"},
    {"w.push_back(i);", "unknown: the loop does not grow the vector @5"},
    {"v.push_back(i);\n++i;",
     "unknown: the loop counter is changed in the body @7"},
    {"v.push_back(i);\nbump(i);",
     "unknown: the loop counter is changed in the body @7"},
    {"v.push_back(i);\n--n;",
     "unknown: a variable of the bound is changed in the body @7"},
    {"v.push_back(i);\nbump(n);",
     "unknown: a variable of the bound is changed in the body @7"},
};
INSTANTIATE_TEST_SUITE_P(Unknown, LoopBodyTest,
                         ::testing::ValuesIn(UncountedBodies));

// A template instantiation analysed as written code (template code whose
// growth depends on a parameter, docs/design/Templates.md): its own growth
// calls count, where a generic lambda's instantiations inside a function
// are the compiler's copies and do not.
TEST_F(TripCountTest, GrowthInAnInstantiationCounts) {
  using namespace clang::ast_matchers;
  AST = std::make_unique<test::TestAST>(R"cpp(
template <class T> void f(int n, T t) {
  std::vector<T> v;
  for (int i = 0; i < n; ++i)
    v.push_back(t);
}
void g() { f(3, 1.0); }
)cpp");
  const auto *F = AST->select<FunctionDecl>(
      functionDecl(hasName("f"), isTemplateInstantiation()));
  const auto *Loop = AST->select<ForStmt>(
      forStmt(hasAncestor(functionDecl(isTemplateInstantiation()))));
  const auto *V = AST->select<VarDecl>(varDecl(
      hasName("v"), hasAncestor(functionDecl(isTemplateInstantiation()))));
  ASSERT_TRUE(F && Loop && V);
  FunctionIndex Fn(*F, AST->context());
  TripCount Added = TripCountAnalyzer(Fn).elementsAdded(Loop, V);
  EXPECT_EQ(
      AST->rebase(TripCountAnalyzer::describe(Added, AST->sourceManager())),
      "exact 'n' if '0 < n' [C1+G1] @3");
}

// In a template's text, a non-type template parameter is a constant of
// each instantiation: a bound the fix can name. One of a dependent type is
// not (the comparison with it is an unresolved operator, which may change
// the counter).
TEST_F(TripCountTest, NonTypeTemplateParameterBound) {
  EXPECT_EQ(added(R"cpp(
template <int N> void f() {
  std::vector<int> v;
  for (int i = 0; i < N; ++i)
    v.push_back(i);
}
)cpp"),
            "exact 'N' if '0 < N' [C1+G1] @3");
  EXPECT_EQ(added(R"cpp(
template <class T, T N> void f() {
  std::vector<int> v;
  for (int i = 0; i < N; ++i)
    v.push_back(i);
}
)cpp"),
            "unknown: the loop counter is changed in the body @3");
}

TEST_F(TripCountTest, IterationsIgnoreGrowth) {
  EXPECT_EQ(iterations(test::fillIn(BodyTemplate, "if (c)\n  v.push_back(i);")),
            "exact 'n' if '0 < n' [C1] @5");
}

TEST_F(TripCountTest, G2Fields) {
  added(test::fillIn(BodyTemplate, "if (c)\n  v.push_back(i);"));
  EXPECT_EQ(Count.Kind, CountKind::UpperBound);
  EXPECT_EQ(Count.Text, "n");
  EXPECT_EQ(Count.Guard, "0 < n");
  EXPECT_EQ(Count.Rule, "C1+G2");
  EXPECT_EQ(Count.Reason, "the growth is conditional");
  EXPECT_EQ(AST->where(Count.Witness), "CXXMemberCallExpr @7");
}

TEST_F(TripCountTest, UnknownFields) {
  added(test::fillIn(BodyTemplate, "v.push_back(i);\n++i;"));
  EXPECT_EQ(Count.Kind, CountKind::Unknown);
  EXPECT_EQ(Count.Text, "");
  EXPECT_EQ(Count.Guard, "");
  EXPECT_EQ(Count.Rule, "");
  EXPECT_EQ(Count.Reason, "the loop counter is changed in the body");
  ASSERT_TRUE(Count.Witness);
  EXPECT_EQ(AST->line(Count.Witness), 7u);
}

// `continue` inside a switch continues the enclosing loop (a switch only
// captures break), so this iteration can skip the growth: an upper bound.
TEST_F(TripCountTest, ContinueInsideSwitchEndsIterationEarly) {
  EXPECT_EQ(added(test::fillIn(
                BodyTemplate,
                "switch (i) {\ncase 0:\n  continue;\n}\nv.push_back(i);")),
            "upper-bound 'n' if '0 < n' [C1+G2]: the loop can end an iteration "
            "early @8");
}

TEST_F(TripCountTest, BoundContainerGrowsInBody) {
  EXPECT_EQ(added(R"cpp(
void f(std::vector<int> &w) {
  std::vector<int> v;
  for (std::size_t i = 0; i < w.size(); ++i) {
    v.push_back(0);
    w.push_back(1);
  }
}
)cpp"),
            "unknown: a variable of the bound is changed in the body @5");
}

// The start value is read once, before the loop, so changing `a` in the body
// does not change the count `n - a`.
TEST_F(TripCountTest, StartVariableChangedInBody) {
  EXPECT_EQ(added(R"cpp(
void f(int n, int a) {
  std::vector<int> v;
  for (int i = a; i < n; ++i) {
    v.push_back(0);
    ++a;
  }
}
)cpp"),
            "exact 'n - a' if 'a < n' [C1+G1] @3");
}

TEST_F(TripCountTest, InnerLoopOfANest) {
  EXPECT_EQ(added(R"cpp(
void f(int n, int m) {
  for (int i = 0; i < n; ++i) {
    std::vector<int> v;
    for (int k = 0; k < m; ++k)
      v.push_back(k);
  }
}
)cpp",
                  /*LoopIndex=*/1),
            "exact 'm' if '0 < m' [C1+G1] @4");
}

TEST_F(TripCountTest, WhileStepInConditionIsNotCounted) {
  EXPECT_EQ(added("void f(int n) {\n  std::vector<int> v;\n"
                  "  while (n--)\n    v.push_back(n);\n}"),
            "unknown: the counter's step is not the last statement of the "
            "body @3");
}

TEST_F(TripCountTest, DoWhilePreDecrementRunsAtLeastOnce) {
  EXPECT_EQ(added("void f(int n) {\n  std::vector<int> v;\n"
                  "  do\n    v.push_back(n);\n  while (--n > 0);\n}"),
            "exact 'n > 0 ? n : 1' [W2+G1] @5");
}

//===----------------------------------------------------------------------===//
// W1, W2: while and do-while loops. The loop is on line 5.
//===----------------------------------------------------------------------===//

const char WhileTemplate[] = R"cpp(
void bump(int &);
void f(int n, int a, bool c) {
  std::vector<int> v;
  int i = 0;
$0
}
)cpp";

class WhileTest : public TripCountTest,
                  public ::testing::WithParamInterface<Form> {};

TEST_P(WhileTest, ElementsAdded) {
  EXPECT_EQ(added(test::fillIn(WhileTemplate, GetParam().Code)),
            GetParam().Expected);
}

const Form Whiles[] = {
    {"while (i < n) {\n  v.push_back(i);\n  ++i;\n}",
     "exact 'n' if '0 < n' [W1+G1] @5"},
    {"while (i < 10) {\n  v.push_back(i);\n  i += 4;\n}",
     "exact '3' = 3 [W1+G1] @5"},
    {"i = a;\nwhile (i <= n) {\n  v.push_back(i);\n  i++;\n}",
     "exact 'n - i + 1' if 'i <= n' [W1+G1] @6"},
    {"while (n > i) {\n  v.push_back(i);\n  --n;\n}",
     "exact 'n - i' if 'n > i' [W1+G1] @5"},
    {"do {\n  v.push_back(i);\n  ++i;\n} while (i < n);",
     "exact '0 < n ? n : 1' [W2+G1] @8"},
    {"do {\n  v.push_back(i);\n} while (++i < 3);", "exact '3' = 3 [W2+G1] @7"},
    {"do {\n  v.push_back(i);\n} while (++i < -3);",
     "exact '1' = 1 [W2+G1] @7"},
    {"while (i < n) {\n  if (c)\n    break;\n  v.push_back(i);\n  ++i;\n}",
     "upper-bound 'n' if '0 < n' [W1+G2]: the loop can end an iteration "
     "early @7"},
    {"while (i < n) {\n  if (c)\n    continue;\n  v.push_back(i);\n  "
     "++i;\n}",
     "unknown: a continue skips the counter's step @7"},
    {"while (i < n) {\n  ++i;\n  v.push_back(i);\n}",
     "unknown: the counter's step is not the last statement of the body @5"},
    {"while (i < n) {\n  bump(i);\n  v.push_back(i);\n  ++i;\n}",
     "unknown: the loop counter is changed in the body @6"},
    {"while (i < n) {\n  v.push_back(i);\n  --n;\n  ++i;\n}",
     "unknown: a variable of the bound is changed in the body @7"},
    {"while (c) {\n  v.push_back(i);\n  ++i;\n}",
     "unknown: the loop condition does not compare the counter with a bound "
     "@5"},
    {"do {\n  v.push_back(i);\n  ++i;\n  if (c)\n    continue;\n} "
     "while (i < n);",
     "unknown: the counter's step is not the last statement of the body @5"},
};
INSTANTIATE_TEST_SUITE_P(W1W2, WhileTest, ::testing::ValuesIn(Whiles));

// A nested while loop starts its counter afresh at every outer iteration.
TEST_F(TripCountTest, WhileNestedInFor) {
  EXPECT_EQ(added(R"cpp(
void f(int n, int m) {
  std::vector<int> v;
  for (int k = 0; k < n; ++k) {
    int i = 0;
    while (i < m) {
      v.push_back(i);
      ++i;
    }
  }
}
)cpp"),
            "exact 'n * m' if '0 < n && 0 < m' [C1+G4(W1+G1)] @3");
}

//===----------------------------------------------------------------------===//
// R1, R2: range-for loops. The loop is on line 7.
//===----------------------------------------------------------------------===//

const char RangeTemplate[] = R"cpp(
struct Bag { int *begin(); int *end(); };
std::vector<int> make();
void f(const std::vector<int> &in, const std::string &s, Bag bag,
       int (&ref)[3]) {
  int arr[5] = {};
  std::vector<int> v;
  for ($0)
    v.push_back(0);
}
)cpp";

class RangeForTest : public TripCountTest,
                     public ::testing::WithParamInterface<Form> {};

TEST_P(RangeForTest, ElementsAdded) {
  EXPECT_EQ(added(test::fillIn(RangeTemplate, GetParam().Code)),
            GetParam().Expected);
}

const Form Ranges[] = {
    {"int x : in", "exact 'in.size()' [R1+G1] @7"},
    {"char ch : s", "exact 's.size()' [R1+G1] @7"},
    {"int x : arr", "exact '5' = 5 [R2+G1] @7"},
    {"int x : ref", "exact '3' = 3 [R2+G1] @7"},
    {"int x : make()",
     "unknown: the loop ranges over a call or a temporary @7"},
    {"int x : bag", "unknown: the container has no size() @7"},
    {"int x : v", "unknown: the loop ranges over the vector itself @7"},
};
INSTANTIATE_TEST_SUITE_P(R1R2, RangeForTest, ::testing::ValuesIn(Ranges));

//===----------------------------------------------------------------------===//
// R3-R5 and I1, with a few more standard classes. The loop is on line 20.
//===----------------------------------------------------------------------===//

const char MoreRangesTemplate[] = R"cpp(
namespace std {
template <class T, size_t N> struct array {
  T E[N];
  size_t size() const { return N; }
  const T *begin() const { return E; }
  const T *end() const { return E + N; }
};
namespace ranges {
struct iota_view { int *begin() const; int *end() const; };
namespace views {
struct Iota { iota_view operator()(int, int) const; };
inline constexpr Iota iota{};
} // namespace views
} // namespace ranges
namespace views = ranges::views;
} // namespace std
void f(const std::vector<int> &in, const std::vector<int> &other,
       const std::array<int, 4> &arr, int a, int n) {
  std::vector<int> v;
  for ($0)
    v.push_back(0);
}
)cpp";

class MoreRangesTest : public TripCountTest,
                       public ::testing::WithParamInterface<Form> {};

TEST_P(MoreRangesTest, ElementsAdded) {
  EXPECT_EQ(added(test::fillIn(MoreRangesTemplate, GetParam().Code)),
            GetParam().Expected);
}

const Form MoreRanges[] = {
    {"int x : {1, 2, 3}", "exact '3' = 3 [R3+G1] @20"},
    {"int x : arr", "exact 'arr.size()' = 4 [R4+G1] @20"},
    {"int x : std::views::iota(0, n)", "exact 'n' if '0 < n' [R5+G1] @20"},
    {"int x : std::views::iota(a, n)", "exact 'n - a' if 'a < n' [R5+G1] @20"},
    {"int x : std::views::iota(2, 5)", "exact '3' = 3 [R5+G1] @20"},
    {"auto it = in.begin(); it != in.end(); ++it",
     "exact 'in.size()' [I1+G1] @20"},
    {"auto it = in.begin(), e = in.end(); e != it; it++",
     "exact 'in.size()' [I1+G1] @20"},
    {"auto it = in.begin(); it != other.end(); ++it",
     "unknown: the iterator loop does not run from begin() to end() of one "
     "container @20"},
    {"auto it = in.begin() + 1; it != in.end(); ++it",
     "unknown: the iterator loop does not run from begin() to end() @20"},
    {"auto it = v.begin(); it != v.end(); ++it",
     "unknown: the loop iterates over the vector itself @20"},
};
INSTANTIATE_TEST_SUITE_P(R3R5I1, MoreRangesTest,
                         ::testing::ValuesIn(MoreRanges));

TEST_F(TripCountTest, CombinedFields) {
  added(test::fillIn(BodyTemplate, "v.push_back(i);\nv.push_back(i);"));
  EXPECT_EQ(Count.Kind, CountKind::Exact);
  EXPECT_FALSE(Count.CountsIterations);
  added(test::fillIn(BodyTemplate, "v.push_back(i);"));
  EXPECT_TRUE(Count.CountsIterations);
  added(test::fillIn(HeaderTemplate, "int i = 0; i < 10; i += 3"));
  ASSERT_TRUE(Count.Constant);
  EXPECT_EQ(Count.Constant->getExtValue(), 4);
}

TEST_F(TripCountTest, ConditionalGrowthInRangeFor) {
  EXPECT_EQ(added("void f(const std::vector<int> &in) {\n"
                  "  std::vector<int> v;\n"
                  "  for (int x : in)\n"
                  "    if (x > 0)\n"
                  "      v.push_back(x);\n"
                  "}"),
            "upper-bound 'in.size()' [R1+G2]: the growth is conditional @5");
}

//===----------------------------------------------------------------------===//
// M1: bounds and ranges that read members. The loop is on line 15.
//===----------------------------------------------------------------------===//

const char MemberTemplate[] = R"cpp(
struct Opts { int n; std::vector<int> dirs; int other; mutable int hits; };
struct Img { int w, h; void touch(); int get() const; };
void keep(const void *);
Opts Shared;
class T {
public:
  std::vector<int> keys;
  const int width = 4;
  int count = 0;
  static constexpr int kRows = 3;
  void grow();
  void f(const Opts &o, Opts &m, Img img, Opts *p, const std::vector<int> *items, int &k) {
    std::vector<int> v;
    for ($0)
      $1
  }
};
)cpp";

/// \p Template with "$0" replaced by \p Header and "$1" by \p Body.
std::string fillIn2(llvm::StringRef Template, llvm::StringRef Header,
                    llvm::StringRef Body) {
  std::string Out = test::fillIn(Template, Header);
  size_t Hole = Out.find("$1");
  if (Hole != std::string::npos)
    Out.replace(Hole, 2, Body.str());
  return Out;
}

struct MemberForm {
  const char *Header;
  const char *Body;
  const char *Expected;
};

void PrintTo(const MemberForm &F, std::ostream *OS) {
  *OS << "'" << F.Header << "' / '" << F.Body << "'";
}

class MemberTest : public TripCountTest,
                   public ::testing::WithParamInterface<MemberForm> {};

TEST_P(MemberTest, ElementsAdded) {
  EXPECT_EQ(added(fillIn2(MemberTemplate, GetParam().Header, GetParam().Body)),
            GetParam().Expected);
}

const MemberForm Members[] = {
    // Fields of `this`, of a const reference, of a by-value parameter,
    // through a pointer; a static constexpr member.
    {"std::size_t i = 0; i < keys.size(); ++i", "v.push_back(keys[i]);",
     "exact 'keys.size()' [C1+M1+G1] @14"},
    {"std::size_t i = 0; i < keys.size(); ++i", "{ v.push_back(1); ++count; }",
     "exact 'keys.size()' [C1+M1+G1] @14"},
    {"int i = 0; i < width; ++i", "{ v.push_back(i); keep(this); }",
     "exact 'width' if '0 < width' [C1+M1+G1] @14"},
    {"int i = 0; i < kRows; ++i", "v.push_back(i);",
     "exact 'kRows' = 3 [C1+G1] @14"},
    {"int i = 0; i < o.n; ++i", "v.push_back(i);",
     "exact 'o.n' if '0 < o.n' [C1+M1+G1] @14"},
    {"int i = 0; i < img.w * img.h; ++i", "v.push_back(img.get());",
     "exact 'img.w * img.h' if '0 < (img.w * img.h)' [C1+M1+G1] @14"},
    {"int i = 0; i < p->n; ++i", "{ v.push_back(i); p->other = 1; }",
     "exact 'p->n' if '0 < p->n' [C1+M1+G1] @14"},
    {"int i = 0; i < o.n; ++i", "{ v.push_back(i); m.dirs.clear(); }",
     "unknown: the body changes an object that may be the one the bound "
     "reads, through another reference, pointer or global @15"},
    {"std::size_t i = 0; i < items->size(); ++i", "v.push_back((*items)[i]);",
     "exact 'items->size()' [C1+M1+G1] @14"},
    {"int x : o.dirs", "v.push_back(x);",
     "exact 'o.dirs.size()' [M1+R1+G1] @14"},
    {"int x : *items", "v.push_back(x);",
     "exact 'items->size()' [M1+R1+G1] @14"},
    // Refused: the member changes, a non-const member call, an escape of
    // `this`, another reference that may alias, a mutable member.
    {"std::size_t i = 0; i < keys.size(); ++i",
     "{ v.push_back(1); keys.clear(); }",
     "unknown: a member the bound reads is changed in the body @15"},
    {"std::size_t i = 0; i < keys.size(); ++i", "{ v.push_back(1); grow(); }",
     "unknown: the body calls a non-const member function of the object the "
     "bound reads @15"},
    {"std::size_t i = 0; i < keys.size(); ++i",
     "{ v.push_back(1); keep(this); }",
     "unknown: a pointer to the object the bound reads escapes in the body "
     "@15"},
    {"int i = 0; i < o.n; ++i", "{ v.push_back(i); m.n = 0; }",
     "unknown: the body changes an object that may be the one the bound "
     "reads, through another reference, pointer or global @15"},
    {"int i = 0; i < o.n; ++i", "{ v.push_back(i); ++k; }",
     "unknown: the body changes an object that may be the one the bound "
     "reads, through another reference, pointer or global @15"},
    {"int i = 0; i < o.n; ++i", "{ v.push_back(i); Shared.n = 0; }",
     "unknown: the body changes an object that may be the one the bound "
     "reads, through another reference, pointer or global @15"},
    {"int i = 0; i < img.w; ++i", "{ v.push_back(i); img.touch(); }",
     "unknown: a variable of the bound is changed in the body @15"},
    {"int i = 0; i < p->n; ++i", "{ v.push_back(i); p->n--; }",
     "unknown: a member the bound reads is changed in the body @15"},
    {"int i = 0; i < o.hits; ++i", "v.push_back(i);",
     "unknown: the bound reads a mutable member, which a const member "
     "function may change @14"},
};

INSTANTIATE_TEST_SUITE_P(M1, MemberTest, ::testing::ValuesIn(Members));

TEST_F(TripCountTest, MemberOfATemporaryIsNotARange) {
  EXPECT_EQ(added("struct S { std::vector<int> n; };\n"
                  "S make();\n"
                  "void f() {\n"
                  "  std::vector<int> v;\n"
                  "  for (int x : make().n)\n"
                  "    v.push_back(x);\n"
                  "}"),
            "unknown: the range reads a member of something other than a "
            "variable @5");
}

//===----------------------------------------------------------------------===//
// G5 and C5: branches and two bounds.
//===----------------------------------------------------------------------===//

const char BranchTemplate[] = R"cpp(
void f(const std::vector<int> &in, const std::vector<int> &other, int n, int m) {
  std::vector<int> v;
  for ($0)
    $1
}
)cpp";

class BranchTest : public TripCountTest,
                   public ::testing::WithParamInterface<MemberForm> {};

TEST_P(BranchTest, ElementsAdded) {
  EXPECT_EQ(added(fillIn2(BranchTemplate, GetParam().Header, GetParam().Body)),
            GetParam().Expected);
}

const MemberForm Branches[] = {
    {"int x : in", "if (x) v.push_back(x); else v.push_back(-x);",
     "exact 'in.size()' [R1+G5] @3"},
    {"int x : in", "{ if (x) { v.push_back(x); continue; } v.push_back(-x); }",
     "exact 'in.size()' [R1+G5] @3"},
    {"int x : in",
     "{ if (x) { v.push_back(x); continue; } if (x > 2) v.push_back(-x); "
     "else v.push_back(x); }",
     "exact 'in.size()' [R1+G5] @3"},
    {"int x : in",
     "if (x) { v.push_back(x); v.push_back(x); } else { v.push_back(-x); "
     "v.push_back(x); }",
     "exact '2 * in.size()' [R1+G5] @3"},
    // A branch without growth, with two, a continue followed by more of
    // the body, a break, growth in the condition.
    {"int x : in", "if (x) v.push_back(x);",
     "upper-bound 'in.size()' [R1+G2]: the growth is conditional @4"},
    {"int x : in", "if (x) v.push_back(x); else if (x > 1) v.push_back(-x);",
     "upper-bound '2 * in.size()' [R1+G2]: the growth is conditional @4"},
    {"int x : in",
     "if (x) { v.push_back(x); v.push_back(x); } else v.push_back(-x);",
     "upper-bound '3 * in.size()' [R1+G2]: the growth is conditional @4"},
    {"int x : in",
     "{ { if (x) { v.push_back(x); continue; } v.push_back(-x); } "
     "v.push_back(0); }",
     "upper-bound '3 * in.size()' [R1+G2]: the growth is conditional @4"},
    {"int x : in", "if (x) v.push_back(x); else { v.push_back(-x); break; }",
     "upper-bound '2 * in.size()' [R1+G2]: the growth is conditional @4"},
    {"int x : in",
     "{ if (x) { v.push_back(x); continue; } else v.push_back(1); "
     "v.push_back(2); }",
     "upper-bound '3 * in.size()' [R1+G2]: the growth is conditional @4"},
    // C5, without <algorithm>: a conditional expression.
    {"std::size_t i = 0; i < in.size() && i < other.size(); ++i",
     "v.push_back(in[i]);",
     "exact '(in.size() < other.size() ? in.size() : other.size())' "
     "[C1+C5+G1] @3"},
    {"int i = 0; i < n && i < m; ++i", "v.push_back(i);",
     "exact '(n < m ? n : m)' if '0 < n && 0 < m' [C1+C5+G1] @3"},
    {"int i = 2; i < 10 && i < 7; ++i", "v.push_back(i);",
     "exact '5' = 5 [C1+C5+G1] @3"},
    {"int i = 0; i < n && i < 4; ++i", "v.push_back(i);",
     "unknown: the two bounds of the condition have different types @3"},
    {"int i = 0; i < n && i < in.size(); ++i", "v.push_back(i);",
     "unknown: the two bounds of the condition have different types @3"},
    {"int i = 0; i < n && i > m; ++i", "v.push_back(i);",
     "unknown: the loop condition does not compare the counter with a bound "
     "@3"},
    {"int i = 0; i < n && i < m; ++i", "{ v.push_back(i); --m; }",
     "unknown: a variable of the bound is changed in the body @4"},
};

INSTANTIATE_TEST_SUITE_P(G5C5, BranchTest, ::testing::ValuesIn(Branches));

//===----------------------------------------------------------------------===//
// S1: loops in a row.
//===----------------------------------------------------------------------===//

class SequenceTest : public TripCountTest {
protected:
  /// The sum from the first loop of f on, described, and how many loops
  /// follow in it; "none" when there is no sum.
  std::string sum(llvm::StringRef Code) {
    AST = std::make_unique<test::TestAST>(Code);
    const Stmt *Loop = AST->loop("f", 0);
    const VarDecl *V = AST->var("v");
    if (!Loop || !V)
      return "<no loop or no v>";
    TripCountAnalyzer Analyzer(AST->index("f"));
    TripCount First = Analyzer.elementsAdded(Loop, V);
    llvm::SmallVector<const Stmt *, 2> Later;
    std::optional<TripCount> Sum =
        Analyzer.elementsAddedInSequence(Loop, V, First, Later);
    if (!Sum)
      return Later.empty() ? "none" : "<later without a sum>";
    return AST->rebase(
               TripCountAnalyzer::describe(*Sum, AST->sourceManager())) +
           " +" + std::to_string(Later.size());
  }
};

TEST_F(SequenceTest, AddsTheLoopsThatFollow) {
  EXPECT_EQ(sum("void f(const std::vector<int> &a, const std::vector<int> "
                "&b, unsigned n) {\n"
                "  std::vector<int> v;\n"
                "  for (int x : a) v.push_back(x);\n"
                "  int k = 2;\n"
                "  for (unsigned i = 0; i < n; ++i) v.push_back(k);\n"
                "  for (int x : b) v.push_back(x);\n"
                "}"),
            "exact 'a.size() + n + b.size()' [S1(R1+G1,C1+G1,R1+G1)] @3 +2");
}

TEST_F(SequenceTest, StopsWhereTheBoundMayChange) {
  const char *Prefix = "void f(const std::vector<int> &a, std::vector<int> "
                       "&b, std::vector<int> &c, int n) {\n"
                       "  std::vector<int> v;\n"
                       "  for (int x : a) v.push_back(x);\n";
  auto With = [&](llvm::StringRef Rest) {
    return sum((Prefix + Rest + "}").str());
  };
  // Changed between the loops, through another reference, in the first
  // loop's place; the vector used between; a guard; constants only.
  EXPECT_EQ(With("b.clear();\nfor (int x : b) v.push_back(x);\n"), "none");
  EXPECT_EQ(With("c.clear();\nfor (int x : b) v.push_back(x);\n"), "none");
  EXPECT_EQ(With("v.push_back(0);\nfor (int x : b) v.push_back(x);\n"), "none");
  EXPECT_EQ(With("for (int i = 0; i < n; ++i) v.push_back(i);\n"), "none");
  EXPECT_EQ(sum("void f() {\n"
                "  std::vector<int> v;\n"
                "  for (int i = 0; i < 3; ++i) v.push_back(i);\n"
                "  for (int i = 0; i < 4; ++i) v.push_back(i);\n"
                "}"),
            "none");
  EXPECT_EQ(With("for (int x : b) v.push_back(x);\n"),
            "exact 'a.size() + b.size()' [S1(R1+G1,R1+G1)] @3 +1");
}

TEST(TripCountNames, KindName) {
  EXPECT_EQ(kindName(CountKind::Exact), "exact");
  EXPECT_EQ(kindName(CountKind::UpperBound), "upper-bound");
  EXPECT_EQ(kindName(CountKind::Unknown), "unknown");
}

} // namespace
} // namespace stacklift
