//===- LoopStructure.cpp - Where a statement sits among loops -------------===//

#include "stacklift/Analysis/Index/LoopStructure.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace stacklift {

bool isWithin(SourceLocation Loc, const Stmt *S, const SourceManager &SM) {
  SourceRange R = S->getSourceRange();
  return SM.isPointWithin(SM.getExpansionLoc(Loc),
                          SM.getExpansionLoc(R.getBegin()),
                          SM.getExpansionLoc(R.getEnd()));
}

bool isLoop(const Stmt *S) {
  return S && (isa<ForStmt>(S) || isa<CXXForRangeStmt>(S) ||
               isa<WhileStmt>(S) || isa<DoStmt>(S));
}

const Stmt *loopBody(const Stmt *Loop) {
  if (const auto *For = dyn_cast<ForStmt>(Loop))
    return For->getBody();
  if (const auto *Range = dyn_cast<CXXForRangeStmt>(Loop))
    return Range->getBody();
  if (const auto *While = dyn_cast<WhileStmt>(Loop))
    return While->getBody();
  if (const auto *Do = dyn_cast<DoStmt>(Loop))
    return Do->getBody();
  return nullptr;
}

/// The single parent of \p Node that is a statement, or null at a boundary
/// (a declaration that is not a local variable, or several parents).
static const Stmt *parentStmt(const DynTypedNode &Node,
                              const ParentIndex &Parents,
                              DynTypedNode &ParentOut) {
  llvm::ArrayRef<DynTypedNode> Up = Parents.parents(Node);
  if (Up.size() != 1)
    return nullptr;
  ParentOut = Up[0];
  if (const auto *S = ParentOut.get<Stmt>())
    return S;
  // A local variable's initialiser: keep walking through its DeclStmt.
  if (const auto *VD = ParentOut.get<VarDecl>())
    if (VD->isLocalVarDecl())
      return parentStmt(ParentOut, Parents, ParentOut);
  return nullptr;
}

/// Walks from \p S towards the function, calling \p Visit(Child, Parent) for
/// each step. Stops at lambdas, blocks and declarations, or when \p Visit
/// returns false.
template <typename Fn>
static void walkUp(const Stmt *S, const ParentIndex &Parents, Fn Visit) {
  DynTypedNode Node = DynTypedNode::create(*S);
  const Stmt *Child = S;
  while (true) {
    DynTypedNode ParentNode;
    const Stmt *Parent = parentStmt(Node, Parents, ParentNode);
    if (!Parent || isa<LambdaExpr>(Parent) || isa<BlockExpr>(Parent))
      return;
    if (!Visit(Child, Parent))
      return;
    Child = Parent;
    Node = DynTypedNode::create(*Parent);
  }
}

const Stmt *enclosingLoop(const Stmt *S, const ParentIndex &Parents) {
  const Stmt *Found = nullptr;
  walkUp(S, Parents, [&](const Stmt *Child, const Stmt *Parent) {
    if (isLoop(Parent) && loopBody(Parent) == Child) {
      Found = Parent;
      return false;
    }
    return true;
  });
  return Found;
}

llvm::SmallVector<const Stmt *, 4> outerLoops(const Stmt *Loop,
                                              const ParentIndex &Parents) {
  llvm::SmallVector<const Stmt *, 4> Loops;
  for (const Stmt *L = enclosingLoop(Loop, Parents); L;
       L = enclosingLoop(L, Parents))
    Loops.push_back(L);
  return Loops;
}

bool runsOncePerIteration(const Stmt *S, const Stmt *Loop,
                          const ParentIndex &Parents) {
  return runsOnceIn(S, loopBody(Loop), Parents);
}

bool runsOnceIn(const Stmt *S, const Stmt *Body, const ParentIndex &Parents) {
  if (S == Body)
    return true;
  bool Once = false;
  walkUp(S, Parents, [&](const Stmt *Child, const Stmt *Parent) {
    if (Child == Body) {
      Once = true;
      return false;
    }
    // Only wrappers that evaluate their child exactly once may sit between.
    if (isa<CompoundStmt>(Parent) || isa<ExprWithCleanups>(Parent) ||
        isa<ParenExpr>(Parent) || isa<ImplicitCastExpr>(Parent) ||
        isa<MaterializeTemporaryExpr>(Parent) ||
        isa<CXXBindTemporaryExpr>(Parent) || isa<CXXFunctionalCastExpr>(Parent))
      return true;
    if (const auto *Cast = dyn_cast<CStyleCastExpr>(Parent))
      return Cast->getCastKind() == CK_ToVoid;
    return false;
  });
  return Once;
}

namespace {
/// Finds the first statement that leaves the current iteration early.
class EarlyExitFinder : public RecursiveASTVisitor<EarlyExitFinder> {
public:
  explicit EarlyExitFinder(bool ContinueOnly) : ContinueOnly(ContinueOnly) {}
  const Stmt *Found = nullptr;

  bool TraverseLambdaExpr(LambdaExpr *) { return true; }
  bool TraverseBlockExpr(BlockExpr *) { return true; }

  bool TraverseStmt(Stmt *S) {
    if (!S || Found)
      return true;
    // break stays in a nested loop or switch; continue only in a loop.
    if (isLoop(S) || isa<SwitchStmt>(S)) {
      bool Loop = isLoop(S);
      ++BreakDepth;
      ContinueDepth += Loop;
      bool R = RecursiveASTVisitor::TraverseStmt(S);
      --BreakDepth;
      ContinueDepth -= Loop;
      return R;
    }
    return RecursiveASTVisitor::TraverseStmt(S);
  }

  bool VisitContinueStmt(ContinueStmt *S) {
    return note(S, ContinueDepth == 0);
  }
  bool VisitBreakStmt(BreakStmt *S) {
    return note(S, !ContinueOnly && BreakDepth == 0);
  }
  bool VisitReturnStmt(ReturnStmt *S) { return note(S, !ContinueOnly); }
  bool VisitGotoStmt(GotoStmt *S) { return note(S, !ContinueOnly); }
  bool VisitIndirectGotoStmt(IndirectGotoStmt *S) {
    return note(S, !ContinueOnly);
  }
  bool VisitCXXThrowExpr(CXXThrowExpr *S) { return note(S, !ContinueOnly); }
  bool VisitCoreturnStmt(CoreturnStmt *S) { return note(S, !ContinueOnly); }

private:
  bool ContinueOnly;
  unsigned BreakDepth = 0;
  unsigned ContinueDepth = 0;
  bool note(const Stmt *S, bool Counts) {
    if (Counts && !Found)
      Found = S;
    return true;
  }
};
} // namespace

const Stmt *findExitIn(const Stmt *S) {
  EarlyExitFinder Finder(/*ContinueOnly=*/false);
  Finder.TraverseStmt(const_cast<Stmt *>(S));
  return Finder.Found;
}

const Stmt *findEarlyExit(const Stmt *Loop) {
  EarlyExitFinder Finder(/*ContinueOnly=*/false);
  Finder.TraverseStmt(const_cast<Stmt *>(loopBody(Loop)));
  return Finder.Found;
}

const Stmt *findContinue(const Stmt *Loop) {
  EarlyExitFinder Finder(/*ContinueOnly=*/true);
  Finder.TraverseStmt(const_cast<Stmt *>(loopBody(Loop)));
  return Finder.Found;
}

const FunctionDecl *enclosingFunction(const Stmt *S,
                                      const ParentIndex &Parents) {
  return Parents
      .firstAncestor(DynTypedNode::create(*S),
                     [](const DynTypedNode &N) {
                       return N.get<FunctionDecl>() != nullptr;
                     })
      .get<FunctionDecl>();
}

const Stmt *enclosingClosure(const DynTypedNode &Node,
                             const ParentIndex &Parents) {
  return Parents
      .firstAncestor(Node,
                     [](const DynTypedNode &N) {
                       const auto *Closure = N.get<Stmt>();
                       return Closure && (isa<LambdaExpr>(Closure) ||
                                          isa<BlockExpr>(Closure));
                     })
      .get<Stmt>();
}

const Stmt *enclosingClosure(const Stmt *S, const ParentIndex &Parents) {
  return enclosingClosure(DynTypedNode::create(*S), Parents);
}

const CXXForRangeStmt *rangeForOf(const VarDecl *Var,
                                  const ParentIndex &Parents) {
  for (const DynTypedNode &DS : Parents.parents(*Var))
    for (const DynTypedNode &Loop : Parents.parents(DS))
      if (const auto *For = Loop.get<CXXForRangeStmt>())
        if (For->getRangeStmt() == DS.get<Stmt>())
          return For;
  return nullptr;
}

const Stmt *insertionPointBefore(const Stmt *Loop, const ParentIndex &Parents) {
  const Stmt *Point = Loop;
  while (true) {
    llvm::ArrayRef<DynTypedNode> Up = Parents.parents(*Point);
    if (Up.size() != 1)
      return nullptr;
    const auto *Parent = Up[0].get<Stmt>();
    if (!Parent)
      return nullptr;
    if (isa<CompoundStmt>(Parent))
      return Point;
    if (!isa<LabelStmt>(Parent) && !isa<AttributedStmt>(Parent))
      return nullptr;
    Point = Parent;
  }
}

} // namespace stacklift
