//===- StdNamesTest.cpp - Tests of isInStd and isStdName ------------------===//
//
// The code declares its own namespace std, with the inline namespaces of
// libc++ (std::__1) and libstdc++ (std::__cxx11), so that no standard
// library is needed; every declaration has a name of its own.
//
//===----------------------------------------------------------------------===//

#include "stacklift/Support/StdNames.h"
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
namespace std {
void direct();
inline namespace __1 {
void versioned();
template <class T> struct vec { void member(); };
inline namespace __inner { void twiceInline(); }
}
inline namespace __cxx11 { class text {}; }
namespace ranges { namespace views { inline constexpr int iotaLike = 0; } }
namespace __detail { void detail(); }
extern "C++" { void inLinkageBlock(); }
template <class T> void withLocal() { struct Local {}; }
}
extern "C++" { namespace std { void stdInLinkageBlock(); } }
namespace app { namespace std { void notStd(); } }
namespace stdx { void other(); }
void global();
struct User { void member2(); };
std::vec<int> instance;
)cpp";

class StdNamesTest : public ::testing::Test {
protected:
  void SetUp() override {
    Unit = tooling::buildASTFromCodeWithArgs(Code, {"-std=c++17"});
    ASSERT_TRUE(Unit);
    ASSERT_FALSE(Unit->getDiagnostics().hasErrorOccurred());
  }

  /// The declaration named \p Name (unqualified), or null.
  const NamedDecl *decl(llvm::StringRef Name) {
    auto Found =
        match(namedDecl(hasName(Name)).bind("d"), Unit->getASTContext());
    if (Found.empty()) {
      ADD_FAILURE() << "no declaration named " << Name.str();
      return nullptr;
    }
    return Found.front().getNodeAs<NamedDecl>("d");
  }

  std::unique_ptr<ASTUnit> Unit;
};

TEST_F(StdNamesTest, DirectlyAndThroughInlineNamespaces) {
  EXPECT_TRUE(isInStd(decl("direct")));
  EXPECT_TRUE(isInStd(decl("versioned")));   // std::__1 of libc++
  EXPECT_TRUE(isInStd(decl("text")));        // std::__cxx11 of libstdc++
  EXPECT_TRUE(isInStd(decl("twiceInline"))); // std::__1::__inner
  EXPECT_TRUE(isInStd(decl("vec")));
}

TEST_F(StdNamesTest, NestedNamespacesClassesAndFunctions) {
  EXPECT_TRUE(isInStd(decl("iotaLike"))); // std::ranges::views
  EXPECT_TRUE(isInStd(decl("detail")));   // std::__detail
  EXPECT_TRUE(isInStd(decl("member")));   // a method of std::__1::vec
  EXPECT_TRUE(isInStd(decl("Local")));    // a class local to a function
}

TEST_F(StdNamesTest, LinkageBlocksAreLookedThrough) {
  EXPECT_TRUE(isInStd(decl("inLinkageBlock")));
  EXPECT_TRUE(isInStd(decl("stdInLinkageBlock")));
}

TEST_F(StdNamesTest, OtherNamespacesAreNotStd) {
  EXPECT_FALSE(isInStd(decl("notStd"))); // app::std
  EXPECT_FALSE(isInStd(decl("other")));  // stdx
  EXPECT_FALSE(isInStd(decl("global")));
  EXPECT_FALSE(isInStd(decl("member2")));
  EXPECT_FALSE(isInStd(decl("instance"))); // a variable of a std type
  EXPECT_FALSE(isInStd(decl("std")));      // namespace std itself
  EXPECT_FALSE(isInStd(nullptr));
}

TEST_F(StdNamesTest, TopLevelExcludesNestedNamespaces) {
  EXPECT_TRUE(isStdTopLevel(decl("direct")));
  EXPECT_TRUE(isStdTopLevel(decl("versioned")));   // std::__1
  EXPECT_TRUE(isStdTopLevel(decl("twiceInline"))); // std::__1::__inner
  EXPECT_TRUE(isStdTopLevel(decl("text")));        // std::__cxx11
  EXPECT_TRUE(isStdTopLevel(decl("member")));      // a method of std::vec
  EXPECT_TRUE(isStdTopLevel(decl("inLinkageBlock")));
  EXPECT_FALSE(isStdTopLevel(decl("iotaLike"))); // std::ranges::views
  EXPECT_FALSE(isStdTopLevel(decl("detail")));   // std::__detail
  EXPECT_FALSE(isStdTopLevel(decl("Local")));    // local to a std function
  EXPECT_FALSE(isStdTopLevel(decl("notStd")));   // app::std
  EXPECT_FALSE(isStdTopLevel(decl("member2")));
  EXPECT_FALSE(isStdTopLevel(nullptr));
}

TEST_F(StdNamesTest, StdNameAddsTheName) {
  // The class template specialization std::__1::vec<int>, as a type names
  // it.
  const auto *Instance = cast<VarDecl>(decl("instance"));
  const NamedDecl *Spec = Instance->getType()->getAsCXXRecordDecl();
  EXPECT_TRUE(isStdName(Spec, "vec"));
  EXPECT_FALSE(isStdName(Spec, "vector"));
  EXPECT_TRUE(isStdName(decl("versioned"), "versioned"));
  EXPECT_FALSE(isStdName(decl("notStd"), "notStd"));
  EXPECT_FALSE(isStdName(nullptr, "vec"));
}

} // namespace
} // namespace stacklift
