//===- CallArgsTest.cpp - Tests of parameterType and calleePrototype ------===//

#include "stacklift/Support/CallArgs.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Tooling/Tooling.h"
#include "gtest/gtest.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace stacklift {
namespace {

const char Code[] = R"cpp(
void byValue(int);
void byRef(const int &, double);
void variadic(int, ...);
void use(int N) {
  void (*Ptr)(const int &) = nullptr;
  void (&Ref)(int &) = *reinterpret_cast<void (*)(int &)>(0);
  byValue(N);
  byRef(N, 1.0);
  variadic(N, N);
  Ptr(N);
  Ref(N);
}
)cpp";

class CallArgsTest : public ::testing::Test {
protected:
  void SetUp() override {
    Unit = tooling::buildASTFromCodeWithArgs(Code, {"-std=c++17"});
    ASSERT_TRUE(Unit);
    ASSERT_FALSE(Unit->getDiagnostics().hasErrorOccurred());
  }

  /// The call whose callee is spelt \p Name.
  const CallExpr *call(llvm::StringRef Name) {
    auto Found = match(callExpr(callee(expr(ignoringImplicit(declRefExpr(
                                    to(namedDecl(hasName(Name))))))))
                           .bind("c"),
                       Unit->getASTContext());
    if (Found.empty()) {
      ADD_FAILURE() << "no call of " << Name.str();
      return nullptr;
    }
    return Found.front().getNodeAs<CallExpr>("c");
  }

  std::string typeOf(llvm::StringRef Name, unsigned I) {
    QualType T = parameterType(call(Name), I);
    return T.isNull() ? "<none>" : T.getAsString();
  }

  std::unique_ptr<ASTUnit> Unit;
};

TEST_F(CallArgsTest, FromTheDeclaration) {
  EXPECT_EQ(typeOf("byValue", 0), "int");
  EXPECT_EQ(typeOf("byRef", 0), "const int &");
  EXPECT_EQ(typeOf("byRef", 1), "double");
}

TEST_F(CallArgsTest, VariadicArgumentsHaveNone) {
  EXPECT_EQ(typeOf("variadic", 0), "int");
  EXPECT_EQ(typeOf("variadic", 1), "<none>");
  EXPECT_EQ(typeOf("byValue", 1), "<none>");
}

TEST_F(CallArgsTest, ThroughPointersAndReferencesToFunctions) {
  const CallExpr *ViaPointer = call("Ptr");
  ASSERT_TRUE(ViaPointer);
  EXPECT_EQ(ViaPointer->getDirectCallee(), nullptr);
  EXPECT_NE(calleePrototype(ViaPointer), nullptr);
  EXPECT_EQ(typeOf("Ptr", 0), "const int &");
  EXPECT_EQ(typeOf("Ref", 0), "int &");
}

} // namespace
} // namespace stacklift
