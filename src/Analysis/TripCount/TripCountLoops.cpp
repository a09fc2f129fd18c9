//===- TripCountLoops.cpp - Counted for, while and do-while loops ---------===//
//
// Rules C1, C2, C4, W1 and W2 of docs/design/TripCount.md: recognise a for,
// while or do-while loop driven by a counter and normalise it to a
// CountedLoop, `Counter Op Bound` with a constant step. TripCountMath.cpp
// counts it (countIterations) after TripCountBounds.cpp's proofs, which
// also replace init-statement variables (C3); a for loop over iterators
// goes to I1 in TripCountRanges.cpp.
//
//===----------------------------------------------------------------------===//

#include "TripCountImpl.h"
#include "stacklift/Analysis/Index/LoopStructure.h"
#include "stacklift/Support/SourceText.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"

using namespace clang;

namespace stacklift {
namespace detail {

namespace {
/// A counter and the constant its step adds.
struct Stepped {
  const VarDecl *Var = nullptr;
  llvm::APSInt Step;
};
} // namespace

/// ++i, i++, --i, i--, i += k, i -= k with k a non-zero constant.
static std::optional<Stepped> stepOf(const Expr *E, const ASTContext &Ctx) {
  if (!E)
    return std::nullopt;
  E = E->IgnoreParenImpCasts();
  Stepped S;
  if (const auto *Un = dyn_cast<UnaryOperator>(E)) {
    if (!Un->isIncrementDecrementOp())
      return std::nullopt;
    S.Var = varOf(Un->getSubExpr());
    S.Step = wide(Un->isIncrementOp() ? 1 : -1);
  } else if (const auto *Assign = dyn_cast<CompoundAssignOperator>(E)) {
    if (Assign->getOpcode() != BO_AddAssign &&
        Assign->getOpcode() != BO_SubAssign)
      return std::nullopt;
    std::optional<llvm::APSInt> K = constantOf(Assign->getRHS(), Ctx);
    if (!K || K->isZero())
      return std::nullopt;
    S.Var = varOf(Assign->getLHS());
    S.Step = Assign->getOpcode() == BO_AddAssign ? wide(*K) : -wide(*K);
  }
  if (!S.Var)
    return std::nullopt;
  return S;
}

/// The start value of \p Var in the init statement of a for loop.
static const Expr *startValue(const Stmt *Init, const VarDecl *Var) {
  if (const auto *DS = dyn_cast<DeclStmt>(Init)) {
    for (const Decl *D : DS->decls())
      if (D == Var)
        return Var->getInit();
    return nullptr;
  }
  if (const auto *Assign = dyn_cast<BinaryOperator>(Init))
    if (Assign->getOpcode() == BO_Assign && varOf(Assign->getLHS()) == Var)
      return Assign->getRHS();
  return nullptr;
}

static bool mentions(const Stmt *S, const VarDecl *Var) {
  if (!S)
    return false;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(S))
    if (Ref->getDecl() == Var)
      return true;
  for (const Stmt *Child : S->children())
    if (mentions(Child, Var))
      return true;
  return false;
}

/// C4, W1, W2: the constant a counter declared before \p Loop holds when the
/// loop starts, set by the nearest earlier statement of the same block that
/// names it; null when there is none (the count then reads the counter).
static const Expr *constantStartBefore(const Stmt *Loop, const VarDecl *Var,
                                       const FunctionIndex &Fn) {
  ASTContext &Ctx = Fn.Ctx;
  llvm::ArrayRef<DynTypedNode> Parents = Fn.Parents.parents(*Loop);
  const auto *Block =
      Parents.size() == 1 ? Parents[0].get<CompoundStmt>() : nullptr;
  if (!Block)
    return nullptr;
  llvm::SmallVector<const Stmt *, 8> Before;
  for (const Stmt *S : Block->body()) {
    if (S == Loop)
      break;
    Before.push_back(S);
  }
  for (const Stmt *S : llvm::reverse(Before)) {
    const Expr *Value = nullptr;
    if (const auto *DS = dyn_cast<DeclStmt>(S)) {
      if (llvm::is_contained(DS->decls(), Var))
        Value = Var->getInit();
    } else if (const auto *Assign = dyn_cast<BinaryOperator>(S)) {
      if (Assign->getOpcode() == BO_Assign && varOf(Assign->getLHS()) == Var)
        Value = Assign->getRHS();
    }
    if (Value)
      return constantOf(Value, Ctx) ? Value : nullptr;
    if (mentions(S, Var))
      return nullptr;
  }
  return nullptr;
}

/// The constant \p E adds to \p Var when \p E is `Var + c`, `c + Var` or
/// `Var - c` (130-bit); zero for `Var` itself; std::nullopt otherwise.
static std::optional<llvm::APSInt>
counterOffset(const Expr *E, const VarDecl *Var, const ASTContext &Ctx) {
  if (varOf(E) == Var)
    return wide(0);
  const auto *Sum = dyn_cast<BinaryOperator>(E->IgnoreParenImpCasts());
  if (!Sum || !Sum->isAdditiveOp())
    return std::nullopt;
  const Expr *Other = nullptr;
  if (varOf(Sum->getLHS()) == Var)
    Other = Sum->getRHS();
  else if (Sum->getOpcode() == BO_Add && varOf(Sum->getRHS()) == Var)
    Other = Sum->getLHS();
  std::optional<llvm::APSInt> C = Other ? constantOf(Other, Ctx) : std::nullopt;
  if (!C)
    return std::nullopt;
  return Sum->getOpcode() == BO_Add ? wide(*C) : -wide(*C);
}

/// Normalises \p CondE to `Var + Offset Op Bound`; with \p PreStepped the
/// counter side is `++Var` or `--Var` (do { } while (++i < n)).
static bool orient(const Expr *CondE, const VarDecl *Var, bool PreStepped,
                   const ASTContext &Ctx, CountedLoop &L) {
  const auto *Cond = dyn_cast<BinaryOperator>(CondE->IgnoreParenImpCasts());
  if (!Cond || (!Cond->isRelationalOp() && Cond->getOpcode() != BO_NE))
    return false;
  auto OffsetOf = [&](const Expr *E) -> std::optional<llvm::APSInt> {
    if (!PreStepped)
      return counterOffset(E, Var, Ctx);
    const auto *Un = dyn_cast<UnaryOperator>(E->IgnoreParenImpCasts());
    if (Un && Un->isPrefix() && Un->isIncrementDecrementOp() &&
        varOf(Un->getSubExpr()) == Var)
      return wide(0);
    return std::nullopt;
  };
  if (std::optional<llvm::APSInt> Offset = OffsetOf(Cond->getLHS())) {
    L.Op = Cond->getOpcode();
    L.Bound = Cond->getRHS();
    L.CompareType = Cond->getLHS()->getType();
    L.CounterOffset = *Offset;
  } else if ((Offset = OffsetOf(Cond->getRHS()))) {
    L.Op = BinaryOperator::reverseComparisonOp(Cond->getOpcode());
    L.Bound = Cond->getLHS();
    L.CompareType = Cond->getRHS()->getType();
    L.CounterOffset = *Offset;
  } else {
    return false;
  }
  return true;
}

/// C5: `i < a && i < b`, both sides normalised by orient with the same
/// operator and no offset; the second bound goes to L.Bound2.
static bool orientBoth(const Expr *CondE, const VarDecl *Var,
                       const ASTContext &Ctx, CountedLoop &L) {
  const auto *And = dyn_cast<BinaryOperator>(CondE->IgnoreParenImpCasts());
  if (!And || And->getOpcode() != BO_LAnd)
    return false;
  CountedLoop First = L, Second = L;
  if (!orient(And->getLHS(), Var, /*PreStepped=*/false, Ctx, First) ||
      !orient(And->getRHS(), Var, /*PreStepped=*/false, Ctx, Second) ||
      First.Op != Second.Op || !First.CounterOffset.isZero() ||
      !Second.CounterOffset.isZero())
    return false;
  L = First;
  L.Bound2 = Second.Bound;
  L.CompareType2 = Second.CompareType;
  return true;
}

static const char *const NotInteger =
    "the loop does not count with an integer variable";
static const char *const NoCompare =
    "the loop condition does not compare the counter with a bound";

TripCount countedFor(const ForStmt *For, const Stmt *Scope,
                     const VarDecl *Vector, const FunctionIndex &Fn) {
  ASTContext &Ctx = Fn.Ctx;
  if (!For->getCond())
    return unknown(For, "the loop has no condition");
  if (std::optional<TripCount> Count = iteratorLoop(For, Scope, Vector, Fn))
    return *Count;
  std::optional<Stepped> S = stepOf(For->getInc(), Ctx);
  if (!S)
    return unknown(For->getInc() ? static_cast<const Stmt *>(For->getInc())
                                 : For,
                   "the loop does not step its counter by a constant");
  if (!S->Var->getType()->isIntegerType())
    return unknown(For->getCond(), NotInteger);
  CountedLoop L;
  L.Loop = For;
  L.Counter = S->Var;
  L.Step = S->Step;
  if (!orient(For->getCond(), S->Var, /*PreStepped=*/false, Ctx, L) &&
      !orientBoth(For->getCond(), S->Var, Ctx, L))
    return unknown(For->getCond(), NoCompare);
  L.Rule = S->Step.isStrictlyPositive() ? "C1" : "C2";
  if (const Stmt *Init = For->getInit()) {
    L.Start = startValue(Init, S->Var);
    if (!L.Start)
      return unknown(For, "the counter's start value is not set in the init "
                          "statement");
  } else {
    L.Start = constantStartBefore(For, S->Var, Fn);
    L.Rule += "+C4";
  }
  if (const Stmt *Mutation = Fn.Mutations.findMutation(S->Var, *For->getBody()))
    return unknown(Mutation, "the loop counter is changed in the body");
  return countIterations(L, Scope, Vector, Fn);
}

/// W2 with the step in the condition: do { ... } while (++i < n).
static std::optional<Stepped> preSteppedCounter(const Expr *CondE) {
  const auto *Cond = dyn_cast<BinaryOperator>(CondE->IgnoreParenImpCasts());
  if (!Cond || !Cond->isComparisonOp())
    return std::nullopt;
  for (const Expr *Side : {Cond->getLHS(), Cond->getRHS()})
    if (const auto *Un = dyn_cast<UnaryOperator>(Side->IgnoreParenImpCasts()))
      if (Un->isPrefix() && Un->isIncrementDecrementOp() &&
          varOf(Un->getSubExpr()))
        return Stepped{varOf(Un->getSubExpr()),
                       wide(Un->isIncrementOp() ? 1 : -1)};
  return std::nullopt;
}

/// W1, W2 with the step as the last statement of the body.
static std::optional<TripCount> stepLast(const Stmt *Loop, const Expr *Cond,
                                         CountedLoop &L,
                                         const FunctionIndex &Fn) {
  ASTContext &Ctx = Fn.Ctx;
  const auto *Body = dyn_cast<CompoundStmt>(loopBody(Loop));
  const auto *Last =
      Body && !Body->body_empty() ? dyn_cast<Expr>(Body->body_back()) : nullptr;
  std::optional<Stepped> S = stepOf(Last, Ctx);
  if (!S)
    return unknown(Loop, "the counter's step is not the last statement of "
                         "the body");
  if (!S->Var->getType()->isIntegerType())
    return unknown(Cond, NotInteger);
  L.Counter = S->Var;
  L.Step = S->Step;
  if (!orient(Cond, S->Var, /*PreStepped=*/false, Fn.Ctx, L))
    return unknown(Cond, NoCompare);
  for (const Stmt *Child : Body->body())
    if (Child != Last)
      if (const Stmt *Mutation = Fn.Mutations.findMutation(S->Var, *Child))
        return unknown(Mutation, "the loop counter is changed in the body");
  if (const Stmt *Continue = findContinue(Loop))
    return unknown(Continue, "a continue skips the counter's step");
  return std::nullopt;
}

TripCount countedWhile(const Stmt *Loop, const Stmt *Scope,
                       const VarDecl *Vector, const FunctionIndex &Fn) {
  CountedLoop L;
  L.Loop = Loop;
  const Expr *Cond = nullptr;
  if (const auto *While = dyn_cast<WhileStmt>(Loop)) {
    if (While->getConditionVariable())
      return unknown(Loop, "the loop condition declares a variable");
    Cond = While->getCond();
    L.Rule = "W1";
  } else {
    Cond = cast<DoStmt>(Loop)->getCond();
    L.Rule = "W2";
    L.AtLeastOnce = true;
  }
  std::optional<Stepped> Pre =
      L.AtLeastOnce ? preSteppedCounter(Cond) : std::nullopt;
  if (Pre && Pre->Var->getType()->isIntegerType()) {
    L.Counter = Pre->Var;
    L.Step = Pre->Step;
    if (!orient(Cond, Pre->Var, /*PreStepped=*/true, Fn.Ctx, L))
      return unknown(Cond, NoCompare);
    if (const Stmt *Mutation =
            Fn.Mutations.findMutation(L.Counter, *loopBody(Loop)))
      return unknown(Mutation, "the loop counter is changed in the body");
  } else if (std::optional<TripCount> Refused = stepLast(Loop, Cond, L, Fn)) {
    return *Refused;
  }
  L.Start = constantStartBefore(Loop, L.Counter, Fn);
  return countIterations(L, Scope, Vector, Fn);
}

} // namespace detail
} // namespace stacklift
