//===- SourceTextTest.cpp - Tests of the parenthesising rule --------------===//
//
// textBinding is the one rule that says when a count's text needs
// parentheses next to an operator; parenthesized and asOperand apply it.
//
//===----------------------------------------------------------------------===//

#include "stacklift/Support/SourceText.h"
#include "TestAST.h"
#include "gtest/gtest.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace stacklift {
namespace {

struct BindingCase {
  const char *Text;
  TextBinding Expected;
};

void PrintTo(const BindingCase &C, std::ostream *OS) {
  *OS << "'" << C.Text << "'";
}

class TextBindingTest : public ::testing::TestWithParam<BindingCase> {};

TEST_P(TextBindingTest, Binding) {
  EXPECT_EQ(textBinding(GetParam().Text), GetParam().Expected);
}

INSTANTIATE_TEST_SUITE_P(
    Atoms, TextBindingTest,
    ::testing::Values(BindingCase{"n", TextBinding::Atom},
                      BindingCase{"16", TextBinding::Atom},
                      BindingCase{"c.size()", TextBinding::Atom},
                      BindingCase{"ns::kMax", TextBinding::Atom},
                      BindingCase{"  n  ", TextBinding::Atom}));

INSTANTIATE_TEST_SUITE_P(
    Groups, TextBindingTest,
    ::testing::Values(
        BindingCase{"(n + 1)", TextBinding::Group},
        BindingCase{"((a) * (b))", TextBinding::Group},
        BindingCase{"()", TextBinding::Group}, // Not a count, but a group.
        BindingCase{"static_cast<std::size_t>(n)", TextBinding::Group},
        BindingCase{"static_cast<std::size_t>((n - a) + 1)",
                    TextBinding::Group}));

INSTANTIATE_TEST_SUITE_P(
    Loose, TextBindingTest,
    ::testing::Values(BindingCase{"", TextBinding::Loose},
                      BindingCase{"n - 1", TextBinding::Loose},
                      BindingCase{"n>>1", TextBinding::Loose},
                      BindingCase{"-1", TextBinding::Loose},
                      BindingCase{"f(x)", TextBinding::Loose},
                      BindingCase{"(a) * (b)", TextBinding::Loose},
                      BindingCase{"static_cast<int>(n)", TextBinding::Loose},
                      BindingCase{"static_cast<std::size_t>(n) * m",
                                  TextBinding::Loose},
                      BindingCase{"0 < n ? n : 1", TextBinding::Loose}));

TEST(ParenthesizedTest, LoosestBindingDecides) {
  EXPECT_EQ(parenthesized("n"), "n");
  EXPECT_EQ(parenthesized("n - 1"), "(n - 1)");
  EXPECT_EQ(parenthesized("(n - 1)"), "(n - 1)");
  // Only an atom goes bare (the reserve statement's rule).
  EXPECT_EQ(parenthesized("(n - 1)", TextBinding::Atom), "((n - 1))");
  EXPECT_EQ(parenthesized("c.size()", TextBinding::Atom), "c.size()");
}

TEST(AsOperandTest, TheExpressionOrTheText) {
  test::TestAST AST(R"cpp(
int g(int);
int f(int n, int m) { return (n + m) * g(n) * -m * n; }
)cpp");
  auto Expr = [&](auto Matcher) {
    return AST.select<clang::Expr>(
        expr(Matcher, hasAncestor(functionDecl(hasName("f")))));
  };
  // A call binds tighter than any binary operator, whatever its text.
  EXPECT_EQ(asOperand(Expr(callExpr()), "g(n)"), "g(n)");
  EXPECT_EQ(asOperand(Expr(parenExpr()), "(n + m)"), "(n + m)");
  // A unary minus does not; its text decides: `-m` is loose.
  EXPECT_EQ(asOperand(Expr(unaryOperator()), "-m"), "(-m)");
  // A binary operator whose rewritten text became a group keeps it.
  EXPECT_EQ(asOperand(Expr(binaryOperator(hasOperatorName("+"))), "(n)"),
            "(n)");
}

} // namespace
} // namespace stacklift
