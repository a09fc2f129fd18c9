//===- VariableUses.cpp - Every use of every variable, once ---------------===//

#include "stacklift/Analysis/VariableUses.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace stacklift {

VariableUses::VariableUses(const Stmt &Body, ASTContext &Ctx) {
  for (const BoundNodes &Node :
       match(findAll(declRefExpr(to(varDecl())).bind("ref")), Body, Ctx)) {
    const auto *Ref = Node.getNodeAs<DeclRefExpr>("ref");
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
      Refs[Var->getCanonicalDecl()].push_back(Ref);
  }
  // findAll visits in traversal order, which is source order but for
  // implicit code; sort to be sure.
  const SourceManager &SM = Ctx.getSourceManager();
  for (auto &Entry : Refs)
    llvm::sort(Entry.second, [&](const DeclRefExpr *A,
                                        const DeclRefExpr *B) {
      return SM.isBeforeInTranslationUnit(A->getBeginLoc(), B->getBeginLoc());
    });
}

} // namespace stacklift
