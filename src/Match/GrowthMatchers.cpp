//===- GrowthMatchers.cpp - Finds vectors grown inside loops --------------===//

#include "stacklift/Match/GrowthMatchers.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang::ast_matchers;

namespace stacklift {

bool isGrowthMethodName(llvm::StringRef Name) {
  return llvm::is_contained(GrowthMethods, Name);
}

static auto growthMethod(llvm::ArrayRef<std::string> VectorLikeClasses) {
  std::vector<llvm::StringRef> ClassNames(VectorLikeClasses.begin(),
                                          VectorLikeClasses.end());
  return cxxMethodDecl(hasAnyName(GrowthMethods[0], GrowthMethods[1]),
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
                                   unless(on(declRefExpr(to(localVector())))))
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
  return cxxMemberCallExpr(unless(isExpansionInSystemHeader()),
                           callee(GrowthMethod),
                           on(declRefExpr(to(LocalVector))))
      .bind(bind::GrowthCall);
}

} // namespace stacklift
