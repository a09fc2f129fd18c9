//===- TypeCompatibilityTest.cpp - Tests of checkTypeChange ---------------===//
//
// Each use of TypeCompatibility.h's table, shown compatible or not, with the
// witness's line (counted from the first line of the test's code).
//
//===----------------------------------------------------------------------===//

#include "stacklift/Remedy/TypeCompatibility.h"
#include "TestAST.h"
#include "gtest/gtest.h"

using namespace clang;

namespace stacklift {
namespace {

/// The uses go at $0, on line 8; v is declared on line 7.
const char Template[] = R"cpp(
struct Sink { void take(std::vector<int> &); };
void byRef(std::vector<int> &);
void byConstRef(const std::vector<int> &);
template <class C> void generic(const C &);
namespace std { template <class C> size_t size(const C &); }
int f(std::vector<int> &other, bool c) {
  std::vector<int> v;
$0
  return 0;
}
)cpp";

struct Case {
  const char *Uses;
  const char *Expected; // "compatible" or "<why> @<line>"
};

void PrintTo(const Case &C, std::ostream *OS) { *OS << "'" << C.Uses << "'"; }

class TypeCompatibilityTest : public ::testing::TestWithParam<Case> {};

std::string verdict(llvm::StringRef Uses) {
  test::TestAST AST(test::fillIn(Template, Uses));
  const VarDecl *V = AST.var("v");
  if (!V || !AST.function("f"))
    return "<no v or no f>";
  CompatibilityResult R = checkTypeChange(V, AST.index("f"));
  if (R.compatible())
    return "compatible";
  return R.Why + " @" + std::to_string(AST.line(R.Witness));
}

TEST_P(TypeCompatibilityTest, Verdict) {
  EXPECT_EQ(verdict(GetParam().Uses), GetParam().Expected);
}

INSTANTIATE_TEST_SUITE_P(
    Compatible, TypeCompatibilityTest,
    ::testing::Values(
        Case{"v.push_back(1); v.emplace_back(2);", "compatible"},
        Case{"int n = v.size() + v[0] + v.back() + v.front();", "compatible"},
        Case{"for (int x : v) (void)x;", "compatible"},
        Case{"int *p = v.data(); (void)p; v.pop_back(); v.clear();",
             "compatible"},
        Case{"(void)std::size(v);", "compatible"},
        Case{"v = {};", "compatible"},
        Case{"auto add = [v]() { return v.size(); }; (void)add;", "compatible"},
        Case{"if (v.empty()) v.resize(3);", "compatible"},
        Case{"auto add = [&]() { v.push_back(1); }; add();", "compatible"},
        Case{"auto *p = &v; (void)p->size(); (void)p->front();",
             "compatible"}));

INSTANTIATE_TEST_SUITE_P(
    Incompatible, TypeCompatibilityTest,
    ::testing::Values(
        Case{"byRef(v);", "passed to 'byRef' @8"},
        Case{"byConstRef(v);", "passed to 'byConstRef' @8"},
        Case{"generic(v);", "passed to 'generic' @8"},
        Case{"Sink s;\ns.take(v);", "passed to 'Sink::take' @9"},
        Case{"v.swap(other);", "used to call 'swap' @8"},
        Case{"v = other;", "used with 'operator=' @8"},
        Case{"bool same = v == other; (void)same;",
             "used with 'operator==' @8"},
        Case{"std::vector<int> w = v;",
             "copied or moved into another object @8"},
        Case{"auto w = std::move(v);", "passed to 'std::move' @8"},
        Case{"auto &r = v; (void)r;",
             "used where its type is spelled or deduced @8"},
        Case{"decltype(v) w; (void)w;",
             "used where its type is spelled or deduced @8"},
        Case{"int s = sizeof(v); (void)s;", "measured with 'sizeof' @8"},
        // An append through the pointer escapes the capacity bound.
        Case{"auto *p = &v; p->push_back(1);",
             "used in a way that needs its type @8"},
        Case{"auto *p = &v; byRef(*p);",
             "used in a way that needs its type @8"},
        Case{"std::vector<int> *p = &v; (void)p;",
             "used in a way that needs its type @8"},
        Case{"v.size();\nbyRef(v);\nv.swap(other);", "passed to 'byRef' @9"}));

TEST(TypeCompatibilityTest, InitialisedWithElementsIsNot) {
  test::TestAST AST(R"cpp(
int f() {
  std::vector<int> other;
  std::vector<int> v(other);
  return 0;
}
)cpp");
  CompatibilityResult R = checkTypeChange(AST.var("v"), AST.index("f"));
  EXPECT_FALSE(R.compatible());
  EXPECT_EQ(R.Why, "initialised with elements");
}

/// Local vectors of one function, compared; the uses start on line 7.
const char ComparedTemplate[] = R"cpp(
namespace std {
template <class T> bool operator<(const vector<T> &, const vector<T> &);
}
int f(std::vector<int> &param) {
  std::vector<int> v; std::vector<int> w; std::vector<int> u;
  const std::vector<int> c;
$0
  return 0;
}
)cpp";

/// The partner comparisonPartner finds for v, and checkTypeChange's verdict
/// on v when comparisons with that partner are allowed.
std::string partnerVerdict(llvm::StringRef Uses) {
  test::TestAST AST(test::fillIn(ComparedTemplate, Uses));
  const FunctionIndex &Fn = AST.index("f");
  const VarDecl *Partner = comparisonPartner(AST.var("v"), Fn);
  if (!Partner)
    return "none";
  CompatibilityResult R = checkTypeChange(AST.var("v"), Fn, Partner);
  return Partner->getName().str() + ": " +
         (R.compatible() ? "compatible"
                         : R.Why + " @" + std::to_string(AST.line(R.Witness)));
}

TEST(TypeCompatibilityTest, ComparedWithOneLocalVector) {
  EXPECT_EQ(partnerVerdict("bool b = v == w; (void)b;"), "w: compatible");
  EXPECT_EQ(partnerVerdict("bool b = (w < v) || (v == w); (void)b;"),
            "w: compatible");
  // Compared with two vectors: only the first is the partner.
  EXPECT_EQ(partnerVerdict("bool b = v == w;\nbool d = v == u; (void)b, "
                           "(void)d;"),
            "w: used with 'operator==' @8");
  // Any other use of v still counts.
  EXPECT_EQ(partnerVerdict("bool b = v == w;\nstd::vector<int> x = v; "
                           "(void)b;"),
            "w: copied or moved into another object @8");
}

TEST(TypeCompatibilityTest, ComparedWithWhatCannotChangeType) {
  EXPECT_EQ(partnerVerdict("bool b = v == param; (void)b;"), "none");
  EXPECT_EQ(partnerVerdict("bool b = v == c; (void)b;"), "none");
  EXPECT_EQ(partnerVerdict("bool b = v == v; (void)b;"), "none");
  EXPECT_EQ(partnerVerdict("v = w; (void)v;"), "none");
}

/// The lines of the returns of v that returnsOfItself finds in f, and
/// checkTypeChange's verdict with them exempted.
std::string returnsVerdict(llvm::StringRef Code) {
  test::TestAST AST(Code);
  const VarDecl *V = AST.var("v");
  if (!V || !AST.function("f"))
    return "<no v or no f>";
  const FunctionIndex &Fn = AST.index("f");
  std::vector<const ReturnStmt *> Returns = returnsOfItself(V, Fn);
  std::string Out = "returns:";
  for (const ReturnStmt *Ret : Returns)
    Out += " @" + std::to_string(AST.line(Ret));
  CompatibilityResult R = checkTypeChange(V, Fn, nullptr, Returns);
  return Out + "; " +
         (R.compatible() ? std::string("compatible")
                         : R.Why + " @" + std::to_string(AST.line(R.Witness)));
}

TEST(TypeCompatibilityTest, ReturnsOfItself) {
  // Every `return v;` and `return (v);` of f; without them, the rest of
  // the uses decide.
  EXPECT_EQ(returnsVerdict(R"cpp(
std::vector<int> f(bool c) {
  std::vector<int> v;
  v.push_back(1);
  if (c)
    return v;
  return (v);
}
)cpp"),
            "returns: @5 @6; compatible");
  EXPECT_EQ(returnsVerdict(R"cpp(
void take(const std::vector<int> &);
std::vector<int> f() {
  std::vector<int> v;
  take(v);
  return v;
}
)cpp"),
            "returns: @5; passed to 'take' @4");
  // Not a return of itself: moved, converted, from a lambda, into another
  // return type, a return of another vector.
  EXPECT_EQ(returnsVerdict(R"cpp(
namespace std { template <class T> T &&move(T &); }
std::vector<int> f() {
  std::vector<int> v;
  return std::move(v);
}
)cpp"),
            "returns:; passed to 'std::move' @4");
  EXPECT_EQ(returnsVerdict(R"cpp(
struct Wrapped { Wrapped(std::vector<int>); };
Wrapped f() {
  std::vector<int> v;
  return v;
}
)cpp"),
            "returns:; copied or moved into another object @4");
  EXPECT_EQ(returnsVerdict(R"cpp(
std::vector<int> f() {
  std::vector<int> v;
  auto g = [&] { return v; };
  return g();
}
)cpp"),
            "returns:; copied or moved into another object @3");
  EXPECT_EQ(returnsVerdict(R"cpp(
std::vector<int> f() {
  std::vector<int> v, w;
  return w;
}
)cpp"),
            "returns:; compatible");
}

TEST(TypeCompatibilityTest, MembersListIsTheSharedInterface) {
  for (llvm::StringRef Member : compatibleMembers())
    EXPECT_NE(Member, "swap") << "swap needs the same type on both sides";
  EXPECT_TRUE(llvm::is_contained(compatibleMembers(), "push_back"));
}

} // namespace
} // namespace stacklift
