//===- EscapeSummariesTest.cpp - Tests of callee summaries ----------------===//
//
// The interprocedural half of the escape analysis: visible callees decide
// through their parameter summaries, computed once per function, bottom-up,
// through recursion; [[clang::noescape]], [[clang::lifetimebound]], virtual
// calls and std::move into a by-value parameter.
//
//===----------------------------------------------------------------------===//

#include "stacklift/Analysis/Escape/EscapeSummaries.h"
#include "TestAST.h"
#include "stacklift/Analysis/Escape/EscapeAnalysis.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

using namespace clang;
using ::testing::ElementsAre;

namespace stacklift {
namespace {

struct Case {
  const char *Name;
  /// Callees, then `void f() { std::vector<int> v; <use> }`.
  const char *Callees;
  const char *Use;
  const char *Expected;
};

void PrintTo(const Case &C, std::ostream *OS) { *OS << C.Name; }

class EscapeSummaryTest : public ::testing::TestWithParam<Case> {};

std::string verdictOf(test::TestAST &AST, EscapeAnalyzer &A) {
  return AST.rebase(EscapeAnalyzer::describe(
      A.analyze(AST.var("v"), AST.body("f")), AST.sourceManager()));
}

TEST_P(EscapeSummaryTest, Verdict) {
  // The callees are on line 1; f is on the next line.
  test::TestAST AST(std::string(GetParam().Callees) +
                    "\nvoid f() { std::vector<int> v; " + GetParam().Use +
                    " }\n");
  EscapeAnalyzer A(AST.context());
  EXPECT_EQ(verdictOf(AST, A), GetParam().Expected);
}

const Case Cases[] = {
    // A visible callee that keeps its parameter, or does not.
    {"Keeps", "std::vector<int> *G; void k(std::vector<int> &w) { G = &w; }",
     "k(v);", "escapes: passed by non-const reference to 'k' @2"},
    {"OnlyUses", "void k(std::vector<int> &w) { w.push_back(1); }", "k(v);",
     "does not escape"},
    {"KeepsThroughAnotherCallee",
     "std::vector<int> *G; void k2(std::vector<int> *p) { G = p; }\n"
     "void k(std::vector<int> &w) { k2(&w); }",
     "k(v);", "escapes: passed by non-const reference to 'k' @3"},
    {"UsesThroughAnotherCallee",
     "int n(std::vector<int> *p) { return p->size(); }\n"
     "void k(std::vector<int> &w) { n(&w); }",
     "k(v);", "does not escape"},
    {"CopiesWhatItKeeps",
     "std::vector<int> G; void k(std::vector<int> &w) { G = w; }", "k(v);",
     "does not escape"},
    {"MovesWhatItGets",
     "std::vector<int> G; void k(std::vector<int> &w) { G = std::move(w); }",
     "k(v);", "escapes: passed by non-const reference to 'k' @2"},
    // std::move into a by-value parameter: the callee's summary decides.
    {"MovedIntoKeeper",
     "std::vector<int> G; void k(std::vector<int> w) { G = std::move(w); }",
     "k(std::move(v));", "escapes: moved into another object to 'k' @2"},
    {"MovedIntoUser", "int k(std::vector<int> w) { return w.size(); }",
     "k(std::move(v));", "does not escape"},
    // Recursion: a fixed point over the component.
    {"RecursionThatKeepsNothing",
     "int r(std::vector<int> &w, int n) { return n ? r(w, n - 1) : 0; }",
     "r(v, 3);", "does not escape"},
    {"RecursionThatKeeps",
     "std::vector<int> *G;\n"
     "int r(std::vector<int> &w, int n) {\n"
     "  if (n) return r(w, n - 1); G = &w; return 0; }",
     "r(v, 3);", "escapes: passed by non-const reference to 'r' @4"},
    {"MutualRecursion",
     "std::vector<int> *G; int b(std::vector<int> &w, int n);\n"
     "int a(std::vector<int> &w, int n) { return n ? b(w, n - 1) : 0; }\n"
     "int b(std::vector<int> &w, int n) { if (!n) G = &w; return a(w, n); }",
     "a(v, 3);", "escapes: passed by non-const reference to 'a' @4"},
    // The result aliases the argument.
    {"ReturnsItsArgument",
     "std::vector<int> *G;\n"
     "std::vector<int> &id(std::vector<int> &w) { return w; }",
     "G = &id(v);", "escapes: stored in global 'G' @3"},
    {"ReturnsSomethingElse",
     "std::vector<int> *G; std::vector<int> other;\n"
     "std::vector<int> &id(std::vector<int> &w) { return other; }",
     "G = &id(v);", "does not escape"},
    {"LifetimeBound",
     "std::vector<int> *G;\n"
     "std::vector<int> &id(std::vector<int> &w [[clang::lifetimebound]]);",
     "G = &id(v);", "escapes: stored in global 'G' @3"},
    // Attributes and opaque calls.
    {"NoEscape", "void k(std::vector<int> &w [[clang::noescape]]);", "k(v);",
     "does not escape"},
    {"Opaque", "void k(std::vector<int> &w);", "k(v);",
     "escapes: passed by non-const reference to 'k' @2"},
    {"ConstReferenceToOpaque", "void k(const std::vector<int> &w);", "k(v);",
     "does not escape"},
    {"Virtual",
     "struct B { virtual void k(std::vector<int> &w) { w.size(); } };\n"
     "B *b;",
     "b->k(v);", "escapes: passed by non-const reference to 'B::k' @3"},
    {"FinalIsNotVirtual",
     "struct B final { virtual void k(std::vector<int> &w) { w.size(); } };\n"
     "B *b;",
     "b->k(v);", "does not escape"},
    // Methods: what they store in *this.
    {"MethodStoresInItsObject",
     "struct H { std::vector<int> *P; void set(std::vector<int> &w) { P = &w; "
     "} "
     "};\nH *G;",
     "H h; h.set(v); G = &h;", "escapes: stored in global 'G' @3"},
    {"MethodStoresInALocalObject",
     "struct H { std::vector<int> *P; void set(std::vector<int> &w) { P = &w; "
     "} "
     "};",
     "H h; h.set(v);", "does not escape"},
    {"ConstructorStores",
     "struct H { std::vector<int> M; H(std::vector<int> w) : M(std::move(w)) "
     "{} };\nH *G;",
     "H h(std::move(v)); *G = std::move(h);",
     "escapes: stored in a heap object @3"},
    {"ConstructorCopies",
     "struct H { std::vector<int> M; H(const std::vector<int> &w) : M(w) {} "
     "};\nH *G;",
     "H h(v); *G = std::move(h);", "does not escape"},
};
INSTANTIATE_TEST_SUITE_P(Summaries, EscapeSummaryTest,
                         ::testing::ValuesIn(Cases),
                         [](const auto &Info) { return Info.param.Name; });

TEST(EscapeSummaryCache, EachCalleeIsSummarizedOnce) {
  test::TestAST AST(R"cpp(
int leaf(std::vector<int> &w) { return w.size(); }
int mid(std::vector<int> &w) { return leaf(w) + leaf(w); }
void f() { std::vector<int> v; mid(v); leaf(v); }
void g() { std::vector<int> u; mid(u); }
)cpp");
  EscapeAnalyzer A(AST.context());
  EXPECT_FALSE(A.analyze(AST.var("v"), AST.body("f")).escapes());
  EXPECT_EQ(A.summaryComputations(), 2u); // mid and leaf, once each.
  EXPECT_FALSE(A.analyze(AST.var("u"), AST.body("g")).escapes());
  EXPECT_EQ(A.summaryComputations(), 2u);
}

TEST(EscapeSummaryCache, ParamReachOfASummary) {
  test::TestAST AST(R"cpp(
std::vector<int> *G;
std::vector<int> &pick(std::vector<int> &a, std::vector<int> &b) {
  G = &b;
  return a;
}
)cpp");
  EscapeSummaries S(AST.context());
  const auto *Pick = AST.select<FunctionDecl>(
      ast_matchers::functionDecl(ast_matchers::hasName("pick")));
  const EscapeSummary *Sum = S.summaryFor(Pick);
  ASSERT_TRUE(Sum);
  ASSERT_EQ(Sum->Params.size(), 2u);
  // a: its value (an address) is returned; b: its value reaches a global.
  EXPECT_EQ(Sum->Params[0].Result, 0);
  EXPECT_EQ(Sum->Params[0].Heap, NoDerefs);
  EXPECT_EQ(Sum->Params[1].Heap, 0);
  EXPECT_EQ(Sum->Params[1].HeapKind, LocKind::Global);
  EXPECT_EQ(Sum->Params[1].Result, NoDerefs);
  EXPECT_EQ(S.computations(), 1u);
  EXPECT_EQ(S.summaryFor(Pick), Sum);
  EXPECT_EQ(S.computations(), 1u);
}

TEST(EscapeSummaryChain, ChainNamesTheCallee) {
  test::TestAST AST(R"cpp(
std::vector<int> *G; void k(std::vector<int> &w) { G = &w; }
void f() {
  std::vector<int> v;
  std::vector<int> &r = v;
  k(r);
}
)cpp");
  EscapeAnalyzer A(AST.context());
  EscapeResult R = A.analyze(AST.var("v"), AST.body("f"));
  std::vector<std::string> Chain;
  for (const EscapeStep &S : R.Chain)
    Chain.push_back(S.Text + " @" + std::to_string(AST.line(S.Where)));
  EXPECT_THAT(
      Chain, ElementsAre("ref-bind: 'v' -> 'r' @4", "ref-bind: 'r' -> 'k' @5"));
  EXPECT_EQ(R.Callee, "k");
}

} // namespace
} // namespace stacklift
