//===- VariableUses.cpp - Every use of every variable, once ---------------===//

#include "stacklift/Analysis/VariableUses.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
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

DynTypedNode useOf(const DeclRefExpr *Ref, const ParentIndex &Parents) {
  llvm::ArrayRef<DynTypedNode> Up = Parents.parents(*Ref);
  while (Up.size() == 1 && Up[0].get<ImplicitCastExpr>())
    Up = Parents.parents(Up[0]);
  return Up.size() == 1 ? Up[0] : DynTypedNode();
}

const MemberExpr *memberUse(const DeclRefExpr *Ref,
                            const ParentIndex &Parents) {
  return useOf(Ref, Parents).get<MemberExpr>();
}

llvm::StringRef calledMethod(const DeclRefExpr *Ref,
                             const ParentIndex &Parents) {
  const MemberExpr *Member = memberUse(Ref, Parents);
  const auto *Method =
      Member ? dyn_cast<CXXMethodDecl>(Member->getMemberDecl()) : nullptr;
  if (!Method || !Method->getDeclName().isIdentifier())
    return {};
  return Method->getName();
}

} // namespace stacklift
