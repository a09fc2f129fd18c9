//===- GrowthMatchers.cpp - Finds vectors grown inside loops --------------===//

#include "stacklift/Match/GrowthMatchers.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang::ast_matchers;

namespace stacklift {

StatementMatcher anyLoop() {
  return stmt(anyOf(forStmt(), cxxForRangeStmt(), whileStmt(), doStmt()));
}

bool isGrowthMethodName(llvm::StringRef Name) {
  return llvm::is_contained(GrowthMethods, Name);
}

StatementMatcher
growthCallInLoop(llvm::ArrayRef<std::string> VectorLikeClasses) {
  std::vector<llvm::StringRef> ClassNames(VectorLikeClasses.begin(),
                                          VectorLikeClasses.end());
  const auto GrowthMethod = cxxMethodDecl(
      hasAnyName(GrowthMethods[0], GrowthMethods[1]),
      ofClass(cxxRecordDecl(hasAnyName(ClassNames))));
  const auto LocalVector =
      varDecl(hasAutomaticStorageDuration(), unless(parmVarDecl()),
              unless(hasType(referenceType())))
          .bind(bind::Vector);
  // Cheapest first: allOf stops at the first that fails, and hasAncestor
  // walks the parent map.
  return cxxMemberCallExpr(unless(isExpansionInSystemHeader()),
                           callee(GrowthMethod),
                           on(declRefExpr(to(LocalVector))),
                           unless(isInTemplateInstantiation()),
                           hasAncestor(anyLoop()))
      .bind(bind::GrowthCall);
}

} // namespace stacklift
