//===- TestAST.h - ASTs from strings for the unit tests --------*- C++ -*-===//
//
// Helpers shared by the unit tests of the core: a mock standard library, an
// AST built from a code string after it, and selectors that find nodes by
// name. Line numbers in descriptions are rebased so that line 1 is the first
// line of the test's own code, not of the mock prelude.
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_TEST_UNIT_TESTAST_H
#define STACKLIFT_TEST_UNIT_TESTAST_H

#include "stacklift/Analysis/Index/FunctionIndex.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "gtest/gtest.h"
#include <algorithm>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace stacklift {
namespace test {

/// Just enough of the standard library for the analyses: std::vector,
/// std::string, std::move, std::forward and std::size_t. Parameter names
/// start with '__' so that selecting a user variable by name never finds
/// them.
inline constexpr char MockStd[] = R"cpp(namespace std {
typedef decltype(sizeof(0)) size_t;
template <class T> struct remove_reference { typedef T type; };
template <class T> struct remove_reference<T &> { typedef T type; };
template <class T> struct remove_reference<T &&> { typedef T type; };
template <class T>
typename remove_reference<T>::type &&move(T &&__t) noexcept {
  return static_cast<typename remove_reference<T>::type &&>(__t);
}
template <class T>
T &&forward(typename remove_reference<T>::type &__t) noexcept {
  return static_cast<T &&>(__t);
}
template <class E> class initializer_list {
  const E *__begin;
  size_t __size;
public:
  initializer_list();
  size_t size() const;
  const E *begin() const;
  const E *end() const;
};
template <class T> class vector {
public:
  vector();
  vector(const vector &);
  vector(vector &&);
  vector &operator=(const vector &);
  vector &operator=(vector &&);
  ~vector();
  void push_back(const T &);
  void push_back(T &&);
  // Defined, so that clang's ExprMutationAnalyzer, which
  // MutationAnalysisTest asks for comparison, sees that the arguments are
  // only read, as in a real standard library. MutationAnalysis itself never
  // looks into a callee: it knows the forwarding references of std.
  template <class... Args> T &emplace_back(Args &&...__args) {
    T __element(std::forward<Args>(__args)...);
    push_back(std::move(__element));
    return data()[size() - 1];
  }
  void reserve(size_t);
  size_t size() const;
  T *data();
  const T *data() const;
  T *begin();
  T *end();
  const T *begin() const;
  const T *end() const;
  T &operator[](size_t);
  const T &operator[](size_t) const;
  void swap(vector &);
  // For the type-compatibility tests.
  bool empty() const;
  void clear();
  void pop_back();
  void resize(size_t);
  T &front();
  T &back();
  vector &operator=(std::initializer_list<T>);
  bool operator==(const vector &) const;
};
class string {
public:
  string();
  string(const char *);
  string(const string &);
  ~string();
  size_t size() const;
  const char *begin() const;
  const char *end() const;
};
} // namespace std
)cpp";

/// The number of lines MockStd occupies before the test's code.
inline unsigned mockStdLines() { return llvm::StringRef(MockStd).count('\n'); }

/// Replaces the first "$0" in \p Template with \p Piece.
inline std::string fillIn(llvm::StringRef Template, llvm::StringRef Piece) {
  std::string Out = Template.str();
  size_t Hole = Out.find("$0");
  if (Hole != std::string::npos)
    Out.replace(Hole, 2, Piece.str());
  return Out;
}

/// An AST of MockStd followed by some code, with node selectors. A leading
/// newline of the code is dropped, so that in
/// \code
///   TestAST AST(R"cpp(
///   void f() {}
///   )cpp");
/// \endcode
/// `void f` is on line 1.
class TestAST {
public:
  explicit TestAST(llvm::StringRef Code) {
    Code.consume_front("\n");
    Unit = clang::tooling::buildASTFromCodeWithArgs(
        std::string(MockStd) + Code.str(), {"-std=c++17"});
    if (!Unit)
      ADD_FAILURE() << "cannot build an AST from:\n" << Code.str();
    else if (Unit->getDiagnostics().hasErrorOccurred())
      ADD_FAILURE() << "the code does not compile:\n" << Code.str();
  }

  clang::ASTContext &context() const { return Unit->getASTContext(); }
  const clang::SourceManager &sourceManager() const {
    return Unit->getSourceManager();
  }

  /// The \p N-th node, in source order of the nodes' beginnings, that
  /// \p Matcher matches anywhere in the translation unit; null (and a test
  /// failure) if there is none.
  template <typename NodeT, typename MatcherT>
  const NodeT *select(const MatcherT &Matcher, unsigned N = 0) const {
    using namespace clang::ast_matchers;
    // Each node with its traversal index, which breaks ties between nodes
    // that begin at the same place.
    std::vector<std::pair<const NodeT *, unsigned>> Found;
    for (const BoundNodes &Node :
         match(traverse(clang::TK_AsIs, Matcher.bind("node")), context()))
      Found.emplace_back(Node.template getNodeAs<NodeT>("node"), Found.size());
    const clang::SourceManager &SM = sourceManager();
    std::sort(Found.begin(), Found.end(), [&](const auto &A, const auto &B) {
      clang::SourceLocation LocA = A.first->getBeginLoc();
      clang::SourceLocation LocB = B.first->getBeginLoc();
      if (LocA != LocB)
        return SM.isBeforeInTranslationUnit(LocA, LocB);
      return A.second < B.second;
    });
    if (N >= Found.size()) {
      ADD_FAILURE() << "no match number " << N << " (found " << Found.size()
                    << ")";
      return nullptr;
    }
    return Found[N].first;
  }

  /// The variable named \p Name.
  const clang::VarDecl *var(llvm::StringRef Name) const {
    using namespace clang::ast_matchers;
    return select<clang::VarDecl>(varDecl(hasName(Name)));
  }

  /// The definition of the function named \p Name.
  const clang::FunctionDecl *function(llvm::StringRef Name) const {
    using namespace clang::ast_matchers;
    return select<clang::FunctionDecl>(
        functionDecl(hasName(Name), isDefinition()));
  }

  /// The body of the function named \p Name.
  const clang::Stmt *body(llvm::StringRef Function) const {
    const clang::FunctionDecl *F = function(Function);
    return F ? F->getBody() : nullptr;
  }

  /// The index of the function named \p Name, built once; the analyses
  /// take it where they walk upwards from a statement.
  const FunctionIndex &index(llvm::StringRef Name) {
    std::unique_ptr<FunctionIndex> &Index = Indexes[Name];
    if (!Index)
      Index = std::make_unique<FunctionIndex>(*function(Name), context());
    return *Index;
  }

  /// The \p N-th loop statement (for, range-for, while, do) in the function
  /// named \p Function, in source order: outer loops come before the loops
  /// they contain.
  const clang::Stmt *loop(llvm::StringRef Function, unsigned N = 0) const {
    using namespace clang::ast_matchers;
    auto AnyLoop =
        stmt(anyOf(forStmt(), cxxForRangeStmt(), whileStmt(), doStmt()));
    return select<clang::Stmt>(
        stmt(AnyLoop, hasAncestor(functionDecl(hasName(Function)))), N);
  }

  /// The \p N-th call of a method or function named \p Name.
  const clang::CallExpr *call(llvm::StringRef Name, unsigned N = 0) const {
    using namespace clang::ast_matchers;
    return select<clang::CallExpr>(
        callExpr(callee(functionDecl(hasName(Name)))), N);
  }

  /// The line of \p S, counting from the first line of the test's code.
  unsigned line(const clang::Stmt *S) const {
    return sourceManager().getExpansionLineNumber(S->getBeginLoc()) -
           mockStdLines();
  }

  /// "<statement class> @<line>", or "null"; for asserting on witnesses.
  std::string where(const clang::Stmt *S) const {
    if (!S)
      return "null";
    return std::string(S->getStmtClassName()) + " @" + std::to_string(line(S));
  }

  /// Rewrites the trailing " @<line>" of an analysis' describe() output to
  /// count from the first line of the test's code.
  std::string rebase(std::string Description) const {
    size_t At = Description.rfind(" @");
    unsigned Line = 0;
    if (At == std::string::npos ||
        llvm::StringRef(Description).substr(At + 2).getAsInteger(10, Line))
      return Description;
    return Description.substr(0, At + 2) +
           std::to_string(Line - mockStdLines());
  }

private:
  std::unique_ptr<clang::ASTUnit> Unit;
  llvm::StringMap<std::unique_ptr<FunctionIndex>> Indexes;
};

} // namespace test
} // namespace stacklift

#endif // STACKLIFT_TEST_UNIT_TESTAST_H
