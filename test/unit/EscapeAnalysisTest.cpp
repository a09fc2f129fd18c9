//===- EscapeAnalysisTest.cpp - Tests of the escape analysis --------------===//
//
// Every case of the escape analysis, shown to escape and to stay. Verdicts
// are asserted on EscapeAnalyzer::describe():
//   escapes: <reason>[ to '<callee>'][ '<target>'] @<line>   or   does not
//   escape
// and chains on their steps, "<kind>: <from> -> <to> @<line>", with lines
// counted from the first line of the test's code. The interprocedural
// cases (summaries, recursion, attributes) are in EscapeSummariesTest.cpp.
//
//===----------------------------------------------------------------------===//

#include "stacklift/Analysis/Escape/EscapeAnalysis.h"
#include "TestAST.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include <optional>

using namespace clang;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

namespace stacklift {
namespace {

/// A little more of the standard library than TestAST's, declared only:
/// the analysis models these by name.
const char Prelude[] = R"cpp(namespace std {
template <class T> struct unique_ptr { T *get() const; };
template <class T, class... A> unique_ptr<T> make_unique(A &&...);
template <class T> struct shared_ptr { T *get() const; };
template <class T, class... A> shared_ptr<T> make_shared(A &&...);
template <class F> class function;
template <class R, class... A> class function<R(A...)> {
public:
  function();
  template <class F> function(F);
  R operator()(A...) const;
};
class thread {
public:
  template <class F, class... A> explicit thread(F &&, A &&...);
  void join();
};
template <class A, class B> struct pair { A first; B second; };
template <class A, class B> pair<A, B> make_pair(A &&, B &&);
template <class T> struct optional {
  optional(const T &);
  optional(T &&);
};
template <class T> struct span {
  template <class C> span(C &);
  T *data() const;
};
template <class I> void sort(I, I);
template <class I, class F> void sort(I, I, F);
template <class I, class T> T accumulate(I, I, T);
template <class I, class T> I find(I, I, const T &);
} // namespace std
struct Holder { std::vector<int> Items; std::vector<int> *Ptr; };
)cpp";

class EscapeAnalysisTest : public ::testing::Test {
protected:
  /// The verdict for the variable v of function f, described.
  std::string escape(llvm::StringRef Code) {
    AST = std::make_unique<test::TestAST>(std::string(Prelude) + Code.str());
    Analyzer = std::make_unique<EscapeAnalyzer>(AST->context());
    const VarDecl *V = AST->var("v");
    const Stmt *Body = AST->body("f");
    if (!V || !Body)
      return "<no v or no f>";
    Result = Analyzer->analyze(V, Body);
    return rebase(EscapeAnalyzer::describe(*Result, AST->sourceManager()));
  }

  /// The chain of the last verdict, one "<text> @<line>" per step.
  std::vector<std::string> chain() const {
    std::vector<std::string> Out;
    for (const EscapeStep &S : Result->Chain)
      Out.push_back(S.Text + " @" + std::to_string(line(S.Where)));
    return Out;
  }

  /// Lines count from the first line after the prelude.
  unsigned line(const Stmt *S) const {
    return S ? AST->line(S) - preludeLines() : 0;
  }
  static unsigned preludeLines() {
    return llvm::StringRef(Prelude).count('\n');
  }
  std::string rebase(std::string D) const {
    D = AST->rebase(D);
    size_t At = D.rfind(" @");
    unsigned Line = 0;
    if (At == std::string::npos ||
        llvm::StringRef(D).substr(At + 2).getAsInteger(10, Line))
      return D;
    return D.substr(0, At + 2) + std::to_string(Line - preludeLines());
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

// The uses start on line 16.
const char UseTemplate[] = R"cpp(
void keep(std::vector<int> &);
void keepPointer(std::vector<int> *);
void keepInts(int *);
void sink(std::vector<int> &&);
void read(const std::vector<int> &);
void byValue(std::vector<int>);
template <class F> void call(F f) { f(); }
namespace ns { void keep(std::vector<int> &); }
std::vector<int> *Registry;
int *Raw;
struct Cache {
  std::vector<int> Items;
  std::vector<int> f(bool c, std::vector<int> &out, std::vector<int> *pout) {
    std::vector<int> v;
$0
    return {};
  }
};
)cpp";

class EscapeUseTest : public EscapeAnalysisTest,
                      public ::testing::WithParamInterface<Use> {};

TEST_P(EscapeUseTest, Verdict) {
  EXPECT_EQ(escape(test::fillIn(UseTemplate, GetParam().Code)),
            GetParam().Expected);
}

const Use Escaping[] = {
    // Returned or thrown.
    {"return v;", "escapes: returned @16"},
    {"if (c)\n  return v;", "escapes: returned @17"},
    {"return std::move(v);", "escapes: returned @16"},
    {"return (v);", "escapes: returned @16"},
    {"throw v;", "escapes: thrown @16"},
    {"throw std::move(v);", "escapes: thrown @16"},
    // Stored in a member, a global, through a parameter, on the heap.
    {"Items = std::move(v);", "escapes: stored in member 'Items' @16"},
    {"Items.swap(v);", "escapes: stored in member 'Items' @16"},
    {"v.swap(Items);", "escapes: stored in member 'Items' @16"},
    {"Registry = &v;", "escapes: stored in global 'Registry' @16"},
    {"static std::vector<int> S; S = std::move(v);",
     "escapes: stored in global 'S' @16"},
    {"out = std::move(v);", "escapes: stored through parameter 'out' @16"},
    {"*pout = std::move(v);", "escapes: stored through parameter 'pout' @16"},
    {"out.swap(v);", "escapes: stored through parameter 'out' @16"},
    {"auto p = std::make_unique<std::vector<int>>(std::move(v));",
     "escapes: stored in a heap object 'std::make_unique' @16"},
    {"auto p = std::make_shared<std::vector<int>>(std::move(v));",
     "escapes: stored in a heap object 'std::make_shared' @16"},
    {"auto *p = new std::vector<int>(std::move(v));",
     "escapes: stored in a heap object 'new' @16"},
    // A container that itself escapes.
    {"std::vector<std::vector<int>> all;\nall.push_back(std::move(v));\n"
     "Items = all[0];\nthrow std::move(all);",
     "escapes: thrown @19"},
    {"Holder h;\nh.Items = std::move(v);\nthrow h;", "escapes: thrown @18"},
    // Pointers into it.
    {"Raw = v.data();", "escapes: stored in global 'Raw' @16"},
    {"Raw = &v[0];", "escapes: stored in global 'Raw' @16"},
    {"Raw = v.begin();", "escapes: stored in global 'Raw' @16"},
    {"int *p = v.data();\nRaw = p;", "escapes: stored in global 'Raw' @17"},
    {"keepInts(v.data());",
     "escapes: passed by non-const reference to 'keepInts' @16"},
    {"Holder h;\nh.Ptr = &v;\nthrow h;", "escapes: thrown @18"},
    {"std::span<int> s(v);\nRaw = s.data();",
     "escapes: stored in global 'Raw' @17"},
    // Calls the analysis cannot see into.
    {"keep(v);", "escapes: passed by non-const reference to 'keep' @16"},
    {"ns::keep(v);",
     "escapes: passed by non-const reference to 'ns::keep' @16"},
    {"keepPointer(&v);",
     "escapes: passed by non-const reference to 'keepPointer' @16"},
    {"sink(std::move(v));",
     "escapes: passed by non-const reference to 'sink' @16"},
    {"byValue(std::move(v));", "escapes: moved into another object to "
                               "'byValue' @16"},
    {"void (*fp)(std::vector<int> &) = keep;\nfp(v);",
     "escapes: passed by non-const reference to 'an unknown function' @17"},
    // Lambdas that escape.
    {"std::function<void()> g = [&] { v.push_back(1); };",
     "escapes: stored in a heap object 'std::function' @16"},
    {"std::thread t([&v] { v.push_back(1); });",
     "escapes: stored in a heap object 'std::thread' @16"},
    {"auto g = [&] { v.push_back(1); };\ncall(g);\nRaw = nullptr;\n"
     "std::function<void()> h = g;",
     "escapes: stored in a heap object 'std::function' @19"},
    // Aliases, at any depth.
    {"std::vector<int> &r = v;\nkeep(r);",
     "escapes: passed by non-const reference to 'keep' @17"},
    {"std::vector<int> &r = v;\nauto &r2 = r;\nreturn std::move(r2);",
     "escapes: returned @18"},
    {"std::vector<int> *p = &v;\nstd::vector<int> **pp = &p;\n"
     "Registry = *pp;",
     "escapes: stored in global 'Registry' @18"},
    {"std::vector<int> w = std::move(v);\nreturn w;", "escapes: returned @17"},
    {"std::vector<int> w;\nw = std::move(v);\nItems = std::move(w);",
     "escapes: stored in member 'Items' @18"},
    {"auto it = v.begin();\nauto it2 = it;\nRaw = it2;",
     "escapes: stored in global 'Raw' @18"},
    {"std::pair<std::vector<int>, int> pr{std::move(v), 1};\n"
     "auto &[a, b] = pr;\nItems = std::move(a);",
     "escapes: stored in member 'Items' @18"},
};
INSTANTIATE_TEST_SUITE_P(Escapes, EscapeUseTest, ::testing::ValuesIn(Escaping));

const Use NotEscaping[] = {
    // A const reference is assumed not to be kept.
    {"read(v);", "does not escape"},
    // A copy has storage of its own.
    {"byValue(v);", "does not escape"},
    {"std::vector<int> w = v;\nreturn w;", "does not escape"},
    {"out = v;", "does not escape"},
    {"Items = v;", "does not escape"},
    {"return std::vector<int>(v);", "does not escape"},
    {"std::vector<int> &r = v;\nreturn r;", "does not escape"},
    {"auto p = std::make_unique<std::vector<int>>(v);", "does not escape"},
    {"std::vector<std::vector<int>> all;\nall.push_back(v);\n"
     "throw std::move(all);",
     "does not escape"},
    // Member calls that neither expose the storage nor exchange it.
    {"auto n = v.size();", "does not escape"},
    {"int x = v[0];\n(void)x;", "does not escape"},
    {"v[0] = 1;", "does not escape"},
    {"v.push_back(1);", "does not escape"},
    {"v.emplace_back(1);", "does not escape"},
    {"for (int x : v)\n  (void)x;", "does not escape"},
    // Pointers into it that stay local.
    {"int *p = v.data();\n*p = 1;", "does not escape"},
    {"auto it = v.begin();\n++it;", "does not escape"},
    {"std::span<int> s(v);\nint x = s.data()[0];", "does not escape"},
    {"std::vector<int> *p = &v;\np->push_back(1);", "does not escape"},
    // Locals it moves into that stay local.
    {"std::vector<int> w = std::move(v);\nw.push_back(1);", "does not escape"},
    {"std::vector<int> w;\nw.swap(v);", "does not escape"},
    // Lambdas called locally or handed to an algorithm.
    {"auto g = [&] { v.push_back(1); };\ng();", "does not escape"},
    {"auto g = [&v] { return v.size(); };\ncall(g);", "does not escape"},
    {"std::sort(v.begin(), v.end(), [&](int a, int b) { return v[a] < b; });",
     "does not escape"},
    {"auto g = [v] { return v.size(); };\nstd::function<int()> h = g;",
     "does not escape"},
    // Algorithms keep nothing.
    {"std::sort(v.begin(), v.end());", "does not escape"},
    {"int s = std::accumulate(v.begin(), v.end(), 0);", "does not escape"},
    {"auto it = std::find(v.begin(), v.end(), 3);\n(void)it;",
     "does not escape"},
    // Returning something else.
    {"return out;", "does not escape"},
};
INSTANTIATE_TEST_SUITE_P(Stays, EscapeUseTest,
                         ::testing::ValuesIn(NotEscaping));

TEST_F(EscapeAnalysisTest, ChainOfAPointerIntoTheElements) {
  EXPECT_EQ(escape(test::fillIn(UseTemplate, "int *p = v.data();\nRaw = p;")),
            "escapes: stored in global 'Raw' @17");
  EXPECT_THAT(chain(), ElementsAre("elements: 'v' -> 'p' @16",
                                   "assign: 'p' -> global 'Raw' @17"));
  EXPECT_EQ(Result->Via, EscapeVia::Elements);
  EXPECT_EQ(Result->Target, "Raw");
  EXPECT_EQ(AST->where(Result->Witness),
            "BinaryOperator @" + std::to_string(17 + preludeLines()));
}

TEST_F(EscapeAnalysisTest, ChainThroughAliasesAndMoves) {
  escape(test::fillIn(UseTemplate, "std::vector<int> &r = v;\n"
                                   "std::vector<int> w = std::move(r);\n"
                                   "std::vector<int> *p = &w;\n"
                                   "Registry = p;"));
  EXPECT_EQ(Result->Reason, EscapeReason::StoredInGlobal);
  EXPECT_THAT(chain(),
              ElementsAre("ref-bind: 'v' -> 'r' @16", "move: 'r' -> 'w' @17",
                          "address-of: 'w' -> 'p' @18",
                          "assign: 'p' -> global 'Registry' @19"));
}

TEST_F(EscapeAnalysisTest, ChainThroughAForwardingMaker) {
  // std::make_pair takes forwarding references: `std::move(v)` binds to
  // one, and the pair's member is move-constructed from it, a move as a
  // by-value parameter would make it.
  escape(test::fillIn(UseTemplate,
                      "auto pr = std::make_pair(std::move(v), 1);\n"
                      "Registry = &pr.first;"));
  EXPECT_EQ(Result->Reason, EscapeReason::StoredInGlobal);
  EXPECT_THAT(chain(),
              ElementsAre("move: 'v' -> 'pr' @16",
                          "address-of: 'pr' -> global 'Registry' @17"));
}

TEST_F(EscapeAnalysisTest, ChainOfALambda) {
  escape(test::fillIn(UseTemplate, "std::thread t([&v] { v.push_back(1); });"));
  EXPECT_EQ(Result->Via, EscapeVia::Lambda);
  EXPECT_THAT(chain(), ElementsAre("capture: 'v' -> a lambda @16",
                                   "assign: a lambda -> a heap object @16"));
}

TEST_F(EscapeAnalysisTest, ChainOfAReturn) {
  EXPECT_EQ(escape(test::fillIn(UseTemplate, "return v;")),
            "escapes: returned @16");
  EXPECT_THAT(chain(), ElementsAre("move: 'v' -> the return value @16"));
  EXPECT_EQ(AST->where(Result->Witness),
            "ReturnStmt @" + std::to_string(16 + preludeLines()));
}

/// The verdict for v of Cache::f beyond the return statements of f that
/// return v itself (rule P8 asks it): what else lets v out.
class EscapeBeyondReturnsTest : public EscapeAnalysisTest {
protected:
  std::string beyond(llvm::StringRef Uses) {
    return beyondIn(test::fillIn(UseTemplate, Uses));
  }
  std::string beyondIn(llvm::StringRef Code) {
    escape(Code);
    using namespace clang::ast_matchers;
    std::vector<const ReturnStmt *> Returns;
    for (const BoundNodes &N :
         match(functionDecl(
                   hasName("f"),
                   forEachDescendant(
                       returnStmt(hasReturnValue(hasDescendant(
                                      declRefExpr(to(varDecl(hasName("v")))))))
                           .bind("r"))),
               AST->context()))
      Returns.push_back(N.getNodeAs<ReturnStmt>("r"));
    EscapeResult R =
        Analyzer->analyzeBeyond(AST->var("v"), AST->body("f"), Returns);
    return rebase(EscapeAnalyzer::describe(R, AST->sourceManager()));
  }
};

// Elements that hold the address of another element: the storage holds its
// own address. What reaches the elements reaches that address (once, the
// solver looped forever on the edge from the storage to itself).
const char SelfLinked[] = R"cpp(
struct Node { int Val; const Node *Prev; };
const Node *Last;
void f(int n) {
  std::vector<Node> v;
  for (int i = 0; i < n; ++i)
    v.push_back(Node{i, nullptr});
  v[1].Prev = &v[0];
  $0
}
)cpp";

TEST_F(EscapeAnalysisTest, ElementsHoldingTheirOwnAddress) {
  EXPECT_EQ(escape(test::fillIn(SelfLinked, "Last = v[1].Prev;")),
            "escapes: stored in global 'Last' @9");
  EXPECT_EQ(escape(test::fillIn(SelfLinked, "int x = v[1].Prev->Val;")),
            "does not escape");
}

TEST_F(EscapeBeyondReturnsTest, OnlyByItsReturns) {
  EXPECT_EQ(beyond("return v;"), "does not escape");
  EXPECT_EQ(beyond("if (c)\n  return v;\nv.push_back(1);\nreturn v;"),
            "does not escape");
  // Another way out still counts.
  EXPECT_EQ(beyond("Registry = &v;\nreturn v;"),
            "escapes: stored in global 'Registry' @16");
  EXPECT_EQ(beyond("Raw = v.data();\nreturn v;"),
            "escapes: stored in global 'Raw' @16");
  EXPECT_EQ(beyond("keep(v);\nreturn v;"),
            "escapes: passed by non-const reference to 'keep' @16");
  // What the elements hold is copied into the result: a pointer into the
  // vector stored in its own elements would dangle.
  EXPECT_EQ(beyondIn(R"cpp(
struct Node { int Val; const Node *Prev; };
std::vector<Node> f(int n) {
  std::vector<Node> v;
  for (int i = 0; i < n; ++i)
    v.push_back(Node{i, nullptr});
  for (auto &N : v)
    N.Prev = &N;
  return v;
}
)cpp"),
            "escapes: stored in a heap object @8");
  // The verdict of analyze() is not changed by the question.
  EXPECT_EQ(escape(test::fillIn(UseTemplate, "return v;")),
            "escapes: returned @16");
}

TEST_F(EscapeAnalysisTest, NoChainWhenItStays) {
  EXPECT_EQ(escape(test::fillIn(UseTemplate, "v.push_back(1);")),
            "does not escape");
  EXPECT_THAT(Result->Chain, IsEmpty());
  EXPECT_EQ(Result->Witness, nullptr);
  EXPECT_EQ(Result->Callee, "");
}

TEST_F(EscapeAnalysisTest, CopiesAreRecordedAsUses) {
  escape(test::fillIn(UseTemplate, "out = v;\nstd::vector<int> w = v;"));
  EXPECT_FALSE(Result->escapes());
  ASSERT_EQ(Result->Copies.size(), 2u);
  EXPECT_EQ(line(Result->Copies[0].Where), 16u);
  EXPECT_EQ(Result->Copies[0].TargetType, "std::vector<int>");
  EXPECT_EQ(line(Result->Copies[1].Where), 17u);
}

TEST_F(EscapeAnalysisTest, UsesInsideALambdaAreUsesOfTheCapture) {
  // The lambda captures a copy; returning it from the lambda returns the
  // copy, not v.
  EXPECT_EQ(
      escape(test::fillIn(UseTemplate, "auto g = [v] { return v; };\ng();")),
      "does not escape");
}

// FALSE-POSITIVE: a store through a pointer the builder cannot resolve goes
// to the heap, as in Go; here p is reseated, so *p could be anything.
TEST_F(EscapeAnalysisTest, StoreThroughReseatedPointer) {
  EXPECT_EQ(
      escape(test::fillIn(UseTemplate, "std::vector<int> a, b;\n"
                                       "std::vector<int> *p = &a;\np = &b;\n"
                                       "*p = std::move(v);")),
      "escapes: stored in a heap object @19");
}

// FALSE-POSITIVE: a throw caught in the same function still escapes.
TEST_F(EscapeAnalysisTest, ThrowCaughtLocally) {
  EXPECT_EQ(escape(test::fillIn(UseTemplate,
                                "try { throw std::move(v); } catch (...) {}")),
            "escapes: thrown @16");
}

TEST_F(EscapeAnalysisTest, ResultIsCached) {
  escape(test::fillIn(UseTemplate, "keep(v);"));
  const VarDecl *V = AST->var("v");
  EscapeResult Again = Analyzer->analyze(V, AST->body("f"));
  EXPECT_EQ(Again.Reason, EscapeReason::PassedByReference);
  EXPECT_EQ(Again.Witness, Result->Witness);
  // A second query with a scope that holds none of the uses still answers
  // from the first: the verdict is computed once per variable.
  const Stmt *Unrelated = V->getInit();
  ASSERT_TRUE(Unrelated);
  EXPECT_EQ(Analyzer->analyze(V, Unrelated).Reason,
            EscapeReason::PassedByReference);
  // A fresh analyzer asked about a scope without the uses finds nothing.
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
  EXPECT_FALSE(A.analyze(AST->var("a"), Body).escapes());
}

TEST(EscapeReasonNames, ReasonName) {
  EXPECT_EQ(reasonName(EscapeReason::None), "does not escape");
  EXPECT_EQ(reasonName(EscapeReason::Returned), "returned");
  EXPECT_EQ(reasonName(EscapeReason::Thrown), "thrown");
  EXPECT_EQ(reasonName(EscapeReason::PassedByReference),
            "passed by non-const reference");
  EXPECT_EQ(reasonName(EscapeReason::MovedOut), "moved into another object");
  EXPECT_EQ(reasonName(EscapeReason::CapturedByReference),
            "captured by reference");
  EXPECT_EQ(reasonName(EscapeReason::StoredInMember), "stored in member");
  EXPECT_EQ(reasonName(EscapeReason::StoredInGlobal), "stored in global");
  EXPECT_EQ(reasonName(EscapeReason::StoredThroughParameter),
            "stored through parameter");
  EXPECT_EQ(reasonName(EscapeReason::StoredOnHeap), "stored in a heap object");
  EXPECT_EQ(reasonName(EscapeReason::CoReturned), "co_returned");
  EXPECT_EQ(reasonName(EscapeReason::CoYielded), "co_yielded");
}

} // namespace
} // namespace stacklift
