//===- LoopStructureTest.cpp - Tests of the loop structure queries --------===//
//
// enclosingLoop, outerLoops, runsOncePerIteration, findEarlyExit,
// findContinue and insertionPointBefore. Statements are picked by their
// `mark(K)` call; answers are printed as "<statement class> @<line>" or "null",
// with lines counted from the first line of the test's code.
//
//===----------------------------------------------------------------------===//

#include "stacklift/Analysis/Index/LoopStructure.h"
#include "TestAST.h"
#include "gtest/gtest.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace stacklift {
namespace {

class LoopStructureTest : public ::testing::Test {
protected:
  void build(llvm::StringRef Code) {
    AST = std::make_unique<test::TestAST>(Code);
  }

  /// The call `mark(K)`.
  const Stmt *mark(unsigned K) {
    return AST->select<CallExpr>(
        callExpr(callee(functionDecl(hasName("mark"))),
                 hasArgument(0, integerLiteral(equals(K)))));
  }

  std::string where(const Stmt *S) { return AST->where(S); }

  std::unique_ptr<test::TestAST> AST;
};

const char NestedLoops[] = R"cpp(
int mark(int);
void f(int n, bool c, int (&arr)[2]) {
  mark(0);
  for (int i = 0; i < n; i += mark(1)) {
    mark(2);
    while (mark(3))
      mark(4);
    auto g = [] {
      mark(5);
      for (;;)
        mark(6);
    };
    do {
      if (c)
        mark(7);
      for (int k = 0; k < n; ++k)
        mark(9);
    } while (c);
  }
  for (int x : arr)
    mark(8);
}
)cpp";

TEST_F(LoopStructureTest, IsLoopAndLoopBody) {
  build(NestedLoops);
  for (unsigned I = 0; I < 6; ++I) {
    const Stmt *Loop = AST->loop("f", I);
    ASSERT_TRUE(Loop);
    EXPECT_TRUE(isLoop(Loop)) << where(Loop);
    EXPECT_NE(loopBody(Loop), nullptr) << where(Loop);
  }
  EXPECT_EQ(where(loopBody(AST->loop("f", 1))), "CallExpr @7");
  EXPECT_FALSE(isLoop(nullptr));
  EXPECT_FALSE(isLoop(mark(0)));
}

TEST_F(LoopStructureTest, EnclosingLoop) {
  build(NestedLoops);
  const ParentIndex &Parents = AST->index("f").Parents;
  EXPECT_EQ(where(enclosingLoop(mark(0), Parents)), "null");
  // The increment and the condition of a loop are not in its body.
  EXPECT_EQ(where(enclosingLoop(mark(1), Parents)), "null");
  EXPECT_EQ(where(enclosingLoop(mark(2), Parents)), "ForStmt @4");
  EXPECT_EQ(where(enclosingLoop(mark(3), Parents)), "ForStmt @4");
  EXPECT_EQ(where(enclosingLoop(mark(4), Parents)), "WhileStmt @6");
  // A lambda is a boundary, in both directions.
  EXPECT_EQ(where(enclosingLoop(mark(5), Parents)), "null");
  EXPECT_EQ(where(enclosingLoop(mark(6), Parents)), "ForStmt @10");
  EXPECT_EQ(where(enclosingLoop(mark(7), Parents)), "DoStmt @13");
  EXPECT_EQ(where(enclosingLoop(mark(9), Parents)), "ForStmt @16");
  EXPECT_EQ(where(enclosingLoop(mark(8), Parents)), "CXXForRangeStmt @20");
}

TEST_F(LoopStructureTest, OuterLoops) {
  build(NestedLoops);
  const ParentIndex &Parents = AST->index("f").Parents;
  auto Outer = [&](const Stmt *Loop) {
    std::vector<std::string> Out;
    for (const Stmt *S : outerLoops(Loop, Parents))
      Out.push_back(where(S));
    return Out;
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(Outer(AST->loop("f", 0)), V{});
  EXPECT_EQ(Outer(AST->loop("f", 1)), V{"ForStmt @4"});
  // The loop in the lambda stops at the lambda.
  EXPECT_EQ(Outer(AST->loop("f", 2)), V{});
  // Innermost first.
  EXPECT_EQ(Outer(AST->loop("f", 4)), (V{"DoStmt @13", "ForStmt @4"}));
  EXPECT_EQ(Outer(AST->loop("f", 5)), V{});
}

//===----------------------------------------------------------------------===//
// runsOncePerIteration: where mark(0) sits in the body of a for loop.
//===----------------------------------------------------------------------===//

struct Placement {
  const char *Body;
  bool Once;
};

void PrintTo(const Placement &P, std::ostream *OS) {
  *OS << "'" << P.Body << "'";
}

class RunsOnceTest : public LoopStructureTest,
                     public ::testing::WithParamInterface<Placement> {};

TEST_P(RunsOnceTest, RunsOncePerIteration) {
  build(test::fillIn(R"cpp(
int mark(int);
void f(int n, bool c) {
  for (int i = 0; i < n; ++i)
    $0
}
)cpp",
                     GetParam().Body));
  const Stmt *Loop = AST->loop("f");
  ASSERT_TRUE(Loop);
  EXPECT_EQ(runsOncePerIteration(mark(0), Loop, AST->index("f").Parents),
            GetParam().Once);
}

const Placement Placements[] = {
    {"mark(0);", true},
    {"{ mark(0); }", true},
    {"{ { mark(1); } { mark(0); } }", true},
    {"{ (void)mark(0); }", true},
    {"{ (mark(0)); }", true},
    {"{ if (c) mark(0); }", false},
    {"{ if (c) {} else { mark(0); } }", false},
    {"{ switch (n) { case 0: mark(0); } }", false},
    {"{ while (c) mark(0); }", false},
    {"{ c ? mark(0) : 0; }", false},
    {"{ c && mark(0); }", false},
    {"{ c || mark(0); }", false},
    {"{ [] { mark(0); }(); }", false},
    // Only blocks, expression statements and wrappers are known to run
    // their child once; a declaration is conservatively not.
    {"{ int x = mark(0); }", false},
};
INSTANTIATE_TEST_SUITE_P(Placements, RunsOnceTest,
                         ::testing::ValuesIn(Placements));

//===----------------------------------------------------------------------===//
// findEarlyExit: the body of the loop starts on line 4.
//===----------------------------------------------------------------------===//

struct ExitCase {
  const char *Body;
  const char *Expected;
};

void PrintTo(const ExitCase &E, std::ostream *OS) {
  *OS << "'" << E.Body << "'";
}

const char ExitTemplate[] = R"cpp(
int mark(int);
void f(int n, bool c) {
  for (int i = 0; i < n; ++i) {
$0
  }
L:;
}
)cpp";

class EarlyExitTest : public LoopStructureTest,
                      public ::testing::WithParamInterface<ExitCase> {};

TEST_P(EarlyExitTest, FindEarlyExit) {
  build(test::fillIn(ExitTemplate, GetParam().Body));
  const Stmt *Loop = AST->loop("f");
  ASSERT_TRUE(Loop);
  EXPECT_EQ(where(findEarlyExit(Loop)), GetParam().Expected);
}

const ExitCase Exits[] = {
    {"mark(0);", "null"},
    {"if (c)\n  break;", "BreakStmt @5"},
    {"if (c)\n  continue;", "ContinueStmt @5"},
    {"if (c)\n  return;", "ReturnStmt @5"},
    {"if (c)\n  goto L;", "GotoStmt @5"},
    {"if (c)\n  throw 1;", "CXXThrowExpr @5"},
    // The first in source order.
    {"if (c)\n  continue;\nbreak;", "ContinueStmt @5"},
    // break and continue of nested loops and switches stay there.
    {"while (c)\n  break;", "null"},
    {"do\n  continue;\nwhile (c);", "null"},
    {"for (;;)\n  break;", "null"},
    {"switch (n) {\ncase 0:\n  break;\n}", "null"},
    // return, goto and throw leave every loop.
    {"while (c)\n  return;", "ReturnStmt @5"},
    {"switch (n) {\ncase 0:\n  goto L;\n}", "GotoStmt @6"},
    // Nothing inside a lambda leaves the loop.
    {"auto g = [] { return; };", "null"},
    {"auto g = [] { for (;;) break; throw 1; };", "null"},
};
INSTANTIATE_TEST_SUITE_P(Exits, EarlyExitTest, ::testing::ValuesIn(Exits));

// A continue inside a switch continues the enclosing loop (a switch captures
// break, never continue), so it ends the iteration early.
TEST_F(LoopStructureTest, ContinueInsideSwitchLeavesIteration) {
  build(test::fillIn(ExitTemplate, "switch (n) {\ncase 0:\n  continue;\n}"));
  const Stmt *Loop = AST->loop("f");
  ASSERT_TRUE(Loop);
  EXPECT_EQ(where(findEarlyExit(Loop)), "ContinueStmt @6");
}

// runsOnceIn and findExitIn: the same questions about a statement of the
// body, here the then-branch of an if (G5).
TEST_F(LoopStructureTest, RunsOnceInABranchAndExitsFromIt) {
  build(test::fillIn(ExitTemplate, "if (c) { mark(0); continue; } else "
                                   "{ for (;;) break; mark(1); }"));
  const auto *If = AST->select<IfStmt>(clang::ast_matchers::ifStmt());
  ASSERT_TRUE(If);
  const ParentIndex &Parents = AST->index("f").Parents;
  EXPECT_TRUE(runsOnceIn(mark(0), If->getThen(), Parents));
  EXPECT_FALSE(runsOnceIn(mark(0), If, Parents));
  EXPECT_EQ(where(findExitIn(If->getThen())), "ContinueStmt @4");
  EXPECT_EQ(where(findExitIn(If->getElse())), "null");
}

// findContinue: only a continue of the loop itself, which would skip a step
// written as the last statement of the body.
TEST_F(LoopStructureTest, FindContinue) {
  auto Continue = [&](llvm::StringRef Body) {
    build(test::fillIn(ExitTemplate, Body));
    const Stmt *Loop = AST->loop("f");
    return Loop ? where(findContinue(Loop)) : "no loop";
  };
  EXPECT_EQ(Continue("mark(0);"), "null");
  EXPECT_EQ(Continue("if (c)\n  break;\nif (c)\n  continue;"),
            "ContinueStmt @7");
  EXPECT_EQ(Continue("if (c)\n  return;"), "null");
  EXPECT_EQ(Continue("switch (n) {\ncase 0:\n  continue;\n}"),
            "ContinueStmt @6");
  EXPECT_EQ(Continue("while (c)\n  continue;"), "null");
  EXPECT_EQ(Continue("auto g = [] { for (;;) continue; };"), "null");
}

//===----------------------------------------------------------------------===//
// insertionPointBefore
//===----------------------------------------------------------------------===//

TEST_F(LoopStructureTest, InsertionPointBefore) {
  build(R"cpp(
void f(int n, bool c) {
  for (int i = 0; i < n; ++i) {}
  if (c)
    for (int i = 0; i < n; ++i) {}
outer:
  for (int i = 0; i < n; ++i) {}
  if (c) {
    while (c) {}
  }
  for (;;)
    for (;;) {}
  switch (n) {
  case 0:
    for (;;) {}
  }
  if (c)
  inner:
    for (;;) {}
}
)cpp");
  const ParentIndex &Parents = AST->index("f").Parents;
  auto Point = [&](unsigned I) {
    return where(insertionPointBefore(AST->loop("f", I), Parents));
  };
  // Directly in a block: before the loop itself.
  EXPECT_EQ(Point(0), "ForStmt @2");
  // The body of an unbraced if: a new statement would change the meaning.
  EXPECT_EQ(Point(1), "null");
  // A labelled loop: before the label.
  EXPECT_EQ(Point(2), "LabelStmt @5");
  EXPECT_EQ(Point(3), "WhileStmt @8");
  EXPECT_EQ(Point(4), "ForStmt @10");
  // The body of an unbraced loop.
  EXPECT_EQ(Point(5), "null");
  // After a case label.
  EXPECT_EQ(Point(6), "null");
  // A labelled loop that is the body of an unbraced if.
  EXPECT_EQ(Point(7), "null");
}

} // namespace
} // namespace stacklift
