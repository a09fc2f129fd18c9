//===- GrowthMatchers.cpp - Finds vectors grown inside loops --------------===//

#include "stacklift/Match/GrowthMatchers.h"
#include "stacklift/Support/StdNames.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace stacklift {

bool isGrowthMethodName(llvm::StringRef Name) {
  return llvm::is_contained(GrowthMethods, Name);
}

/// The variable \p E names, through parentheses and implicit casts.
static const ValueDecl *namedVariable(const Expr *E) {
  const auto *Ref =
      dyn_cast_or_null<DeclRefExpr>(E ? E->IgnoreParenImpCasts() : nullptr);
  return Ref ? Ref->getDecl() : nullptr;
}

/// True when \p Position is the end of \p Var: `v.end()`, `v.cend()`,
/// `std::end(v)` or `std::cend(v)`, converted to a const_iterator or not.
static bool isEndOf(const Expr *Position, const ValueDecl *Var) {
  const Expr *E = Position->IgnoreImplicit();
  // iterator to const_iterator: a converting constructor.
  if (const auto *Convert = dyn_cast<CXXConstructExpr>(E);
      Convert && Convert->getNumArgs() == 1)
    E = Convert->getArg(0)->IgnoreImplicit();
  const auto *Call = dyn_cast<CallExpr>(E);
  const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
  if (!Callee || !Callee->getDeclName().isIdentifier() ||
      !llvm::is_contained({"end", "cend"}, Callee->getName()))
    return false;
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
    return Member->getNumArgs() == 0 &&
           namedVariable(Member->getImplicitObjectArgument()) == Var;
  return isInStd(Callee) && Call->getNumArgs() == 1 &&
         namedVariable(Call->getArg(0)) == Var;
}

bool isGrowthCall(const CXXMemberCallExpr *Call) {
  const CXXMethodDecl *Method = Call ? Call->getMethodDecl() : nullptr;
  if (!Method || !Method->getDeclName().isIdentifier())
    return false;
  if (isGrowthMethodName(Method->getName()))
    return true;
  if (!llvm::is_contained(PositionalGrowthMethods, Method->getName()) ||
      Call->getNumArgs() == 0)
    return false;
  const ValueDecl *Var = namedVariable(Call->getImplicitObjectArgument());
  if (!Var || !isEndOf(Call->getArg(0), Var))
    return false;
  if (Method->getName() == "emplace")
    return true;
  // insert(pos, value): not insert(pos, n, value), insert(pos, first,
  // last) nor insert(pos, {a, b}).
  if (Call->getNumArgs() != 2 || Method->getNumParams() != 2)
    return false;
  const CXXRecordDecl *List =
      Method->getParamDecl(1)->getType()->getAsCXXRecordDecl();
  return !(List && List->getDeclName().isIdentifier() &&
           List->getName() == "initializer_list");
}

namespace {
AST_MATCHER(CXXMemberCallExpr, appendsOneElement) {
  return isGrowthCall(&Node);
}
} // namespace

static auto growthMethod(llvm::ArrayRef<std::string> VectorLikeClasses) {
  std::vector<llvm::StringRef> ClassNames(VectorLikeClasses.begin(),
                                          VectorLikeClasses.end());
  return cxxMethodDecl(hasAnyName(GrowthMethods[0], GrowthMethods[1],
                                  PositionalGrowthMethods[0],
                                  PositionalGrowthMethods[1]),
                       ofClass(cxxRecordDecl(hasAnyName(ClassNames))));
}

static auto localVector() {
  return varDecl(hasAutomaticStorageDuration(), unless(parmVarDecl()),
                 unless(hasType(referenceType())));
}

DeclarationMatcher
growthCallInFunction(llvm::ArrayRef<std::string> VectorLikeClasses) {
  return functionDecl(
             isDefinition(), unless(isExpansionInSystemHeader()),
             forEachDescendant(
                 cxxMemberCallExpr(unless(isExpansionInSystemHeader()),
                                   callee(growthMethod(VectorLikeClasses)),
                                   unless(on(declRefExpr(to(localVector())))),
                                   appendsOneElement())
                     .bind(bind::GrowthCall)))
      .bind(bind::Function);
}

StatementMatcher
growthCallOnLocal(llvm::ArrayRef<std::string> VectorLikeClasses) {
  const auto GrowthMethod = growthMethod(VectorLikeClasses);
  const auto LocalVector = localVector().bind(bind::Vector);
  // Cheapest first: allOf stops at the first that fails. No ancestor
  // matcher (hasAncestor, isInTemplateInstantiation): the first would build
  // the parent map of the whole translation unit. Whether the call is in a
  // loop, and in code the user wrote rather than an instantiation, is
  // decided in the function's own index (VectorGrowthCheck).
  return cxxMemberCallExpr(
             unless(isExpansionInSystemHeader()), callee(GrowthMethod),
             on(declRefExpr(to(LocalVector))), appendsOneElement())
      .bind(bind::GrowthCall);
}

} // namespace stacklift
