//===- VariableUses.cpp - Every use of every variable, once ---------------===//

#include "stacklift/Analysis/Index/VariableUses.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace stacklift {

namespace {
/// Collects the references to variables, implicit code and types included.
class RefCollector : public RecursiveASTVisitor<RefCollector> {
public:
  explicit RefCollector(
      llvm::DenseMap<const VarDecl *, llvm::SmallVector<const DeclRefExpr *, 4>>
          &Refs)
      : Refs(Refs) {}
  bool shouldVisitImplicitCode() const { return true; }
  bool shouldVisitTemplateInstantiations() const { return true; }
  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
      Refs[Var->getCanonicalDecl()].push_back(Ref);
    return true;
  }

private:
  llvm::DenseMap<const VarDecl *, llvm::SmallVector<const DeclRefExpr *, 4>>
      &Refs;
};
} // namespace

VariableUses::VariableUses(const Stmt &Body, ASTContext &Ctx) {
  RefCollector(Refs).TraverseStmt(const_cast<Stmt *>(&Body));
  // The visitor goes in traversal order, which is source order but for
  // implicit code; sort to be sure.
  const SourceManager &SM = Ctx.getSourceManager();
  for (auto &Entry : Refs)
    llvm::sort(Entry.second, [&](const DeclRefExpr *A, const DeclRefExpr *B) {
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

llvm::SmallVector<const CXXMemberCallExpr *, 1>
memberCalls(const DeclRefExpr *Ref, const ParentIndex &Parents) {
  llvm::SmallVector<const CXXMemberCallExpr *, 1> Calls;
  const MemberExpr *Member = memberUse(Ref, Parents);
  if (!Member)
    return Calls;
  for (const DynTypedNode &Up : Parents.parents(*Member))
    if (const auto *Call = Up.get<CXXMemberCallExpr>();
        Call && Call->getCallee()->IgnoreParens() == Member)
      Calls.push_back(Call);
  return Calls;
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
