//===- VariableUses.cpp - Every use of every variable, once ---------------===//

#include "stacklift/Analysis/VariableUses.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
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

DynTypedNode useOf(const DeclRefExpr *Ref, ASTContext &Ctx) {
  DynTypedNodeList Parents = Ctx.getParents(*Ref);
  while (Parents.size() == 1 && Parents[0].get<ImplicitCastExpr>())
    Parents = Ctx.getParents(Parents[0]);
  return Parents.size() == 1 ? Parents[0] : DynTypedNode();
}

const MemberExpr *memberUse(const DeclRefExpr *Ref, ASTContext &Ctx) {
  return useOf(Ref, Ctx).get<MemberExpr>();
}

llvm::StringRef calledMethod(const DeclRefExpr *Ref, ASTContext &Ctx) {
  const MemberExpr *Member = memberUse(Ref, Ctx);
  const auto *Method =
      Member ? dyn_cast<CXXMethodDecl>(Member->getMemberDecl()) : nullptr;
  if (!Method || !Method->getDeclName().isIdentifier())
    return {};
  return Method->getName();
}

} // namespace stacklift
