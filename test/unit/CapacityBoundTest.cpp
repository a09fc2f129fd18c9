//===- CapacityBoundTest.cpp - Tests of capacityBound ---------------------===//
//
// The most elements a vector can hold: the loop's constant count plus one
// per append outside loops that runs at most once.
//
//===----------------------------------------------------------------------===//

#include "TestAST.h"
#include "stacklift/Remedy/RemedyInputs.h"
#include "gtest/gtest.h"

using namespace clang;

namespace stacklift {
namespace {

const char Template[] = R"cpp(
int f(int n) {
  std::vector<int> v;
$0
  return 0;
}
)cpp";

struct Case {
  const char *Code;
  int Expected; // -1: no bound
};

void PrintTo(const Case &C, std::ostream *OS) { *OS << "'" << C.Code << "'"; }

class CapacityBoundTest : public ::testing::TestWithParam<Case> {};

TEST_P(CapacityBoundTest, Bound) {
  test::TestAST AST(test::fillIn(Template, GetParam().Code));
  const VarDecl *V = AST.var("v");
  const Stmt *Loop = AST.loop("f");
  ASSERT_TRUE(V && Loop);
  const FunctionIndex &Fn = AST.index("f");
  TripCount Count = TripCountAnalyzer(Fn).elementsAdded(Loop, V);
  std::optional<uint64_t> Bound = capacityBound(Fn.Uses.of(V), Loop, Count, Fn);
  EXPECT_EQ(Bound ? static_cast<int>(*Bound) : -1, GetParam().Expected);
}

INSTANTIATE_TEST_SUITE_P(
    Appends, CapacityBoundTest,
    ::testing::Values(
        Case{"for (int i = 0; i < 3; ++i) v.push_back(i);", 3},
        Case{"for (int i = 0; i < 3; ++i) v.push_back(i);\nv.push_back(9);", 4},
        Case{"for (int i = 0; i < 3; ++i) v.push_back(i);\n"
             "if (n) v.push_back(9);",
             4},
        // An assignment of elements adds what no growth call counts;
        // `v = {}` adds none.
        Case{"for (int i = 0; i < 3; ++i) v.push_back(i);\nv = {1, 2, 3, 4};",
             -1},
        Case{"for (int i = 0; i < 3; ++i) v.push_back(i);\nv = {};", 3},
        // A lambda may be called any number of times.
        Case{"auto add = [&] { v.push_back(1); };\n"
             "for (int i = 0; i < 3; ++i) v.push_back(i);\nadd(); add();",
             -1},
        // A goto may run an append again.
        Case{"for (int i = 0; i < 3; ++i) v.push_back(i);\n"
             "again: v.push_back(n);\nif (--n > 0) goto again;",
             -1},
        Case{"for (int i = 0; i < n; ++i) v.push_back(i);", -1}));

} // namespace
} // namespace stacklift
