//===- TripCountMath.cpp - Counting a normalised counted loop -------------===//
//
// countIterations: how many times `for (i = a; i Op b; i += s)` runs, for
// C1/C2 (and through them C3, C4, W1, W2, R5). Constants are counted exactly
// in 130-bit arithmetic; anything else is spelled as source text with a
// guard, the loop's condition at its start value.
//
//   ascending  (s > 0):  d = b - a (+ 1 for <=),  count = ceil(d / s)
//   descending (s < 0):  d = a - b (+ 1 for >=),  count = ceil(d / -s)
//   do-while:            max(1, count)
//
//===----------------------------------------------------------------------===//

#include "TripCountImpl.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace stacklift {
namespace detail {

llvm::APSInt wide(const llvm::APSInt &V) {
  llvm::APSInt W = V.extend(130);
  W.setIsSigned(true);
  return W;
}

llvm::APSInt wide(int64_t V) {
  return llvm::APSInt(llvm::APInt(130, V, /*isSigned=*/true), false);
}

llvm::APSInt convertTo(const llvm::APSInt &V, QualType Type,
                       const ASTContext &Ctx) {
  llvm::APSInt R = V.extOrTrunc(Ctx.getIntWidth(Type));
  R.setIsUnsigned(Type->isUnsignedIntegerOrEnumerationType());
  return R;
}

namespace {
/// The parts of a count that do not depend on whether it is constant.
struct Shape {
  bool Ascending;
  bool Inclusive;
  llvm::APSInt Stride; ///< |step|, 130-bit.
};
} // namespace

/// The count when the start and the bound are both constants.
static TripCount constantCount(const CountedLoop &L, const Shape &Sh,
                               const llvm::APSInt &Start,
                               const llvm::APSInt &Bound,
                               const std::string &BoundText,
                               const ASTContext &Ctx, TripCount Count) {
  llvm::APSInt A = wide(convertTo(Start, L.CompareType, Ctx));
  llvm::APSInt B = wide(Bound);
  llvm::APSInt D = Sh.Ascending ? B - A : A - B;
  if (Sh.Inclusive)
    D += wide(1);
  if (D.isNegative() && L.Op == BO_NE)
    return unknown(L.Bound, "the counter never reaches the bound");
  llvm::APSInt N = wide(0);
  if (D.isStrictlyPositive()) {
    if (L.Op == BO_NE && !(D % Sh.Stride).isZero())
      return unknown(L.Bound, "the counter steps over the bound");
    N = (D + Sh.Stride - wide(1)) / Sh.Stride;
  }
  if (L.Counter && (N.isStrictlyPositive() || Sh.Inclusive)) {
    // The value after the last step must fit in the counter's type.
    QualType T = L.Counter->getType();
    unsigned Width = Ctx.getIntWidth(T);
    bool Unsigned = T->isUnsignedIntegerOrEnumerationType();
    llvm::APSInt Final = wide(convertTo(Start, T, Ctx)) + N * L.Step;
    if (Final > wide(llvm::APSInt::getMaxValue(Width, Unsigned)) ||
        Final < wide(llvm::APSInt::getMinValue(Width, Unsigned)))
      return unknown(L.Bound, "the counter overflows before it reaches the "
                              "bound");
  }
  if (L.AtLeastOnce && N < wide(1))
    N = wide(1);
  Count.Constant = N;
  // A named bound reads better than its value, when it is the count.
  bool BoundIsCount = !L.AtLeastOnce && Sh.Ascending && !Sh.Inclusive &&
                      Sh.Stride == wide(1) && A.isZero() && N == B;
  Count.Text =
      BoundIsCount && !BoundText.empty() ? BoundText : llvm::toString(N, 10);
  return Count;
}

/// The count as text: `hi - lo`, adjusted for `<=` and rounded up for a
/// stride, with a guard unless it cannot be negative.
static TripCount symbolicCount(const CountedLoop &L, const Shape &Sh,
                               const Substitutions &Subst,
                               const ASTContext &Ctx, TripCount Count) {
  const Expr *Lo = Sh.Ascending ? L.Start : L.Bound;
  const Expr *Hi = Sh.Ascending ? L.Bound : L.Start;
  auto Text = [&](const Expr *E, bool Operand) -> std::optional<std::string> {
    if (!E) // The counter's own value before the loop (C4, W1, W2).
      return L.Counter->getName().str();
    std::optional<std::string> Spelled = Operand
                                             ? rewrittenOperand(E, Subst, Ctx)
                                             : rewrittenText(E, Subst, Ctx);
    // A constant spelled inside a macro body is written as its value.
    std::optional<llvm::APSInt> Value = constantOf(E, Ctx);
    if (!Spelled && Value)
      return Operand && Value->isNegative()
                 ? "(" + llvm::toString(*Value, 10) + ")"
                 : llvm::toString(*Value, 10);
    return Spelled;
  };
  std::optional<std::string> LoOp = Text(Lo, true), HiOp = Text(Hi, true),
                             HiRaw = Text(Hi, false);
  if (!LoOp || !HiOp || !HiRaw)
    return unknown(L.Bound, "the bound is spelled inside a macro");
  llvm::APSInt Adjust = wide(Sh.Inclusive ? 1 : 0) + Sh.Stride - wide(1);
  std::optional<llvm::APSInt> LoValue = Lo ? constantOf(Lo, Ctx) : std::nullopt;
  std::string HiWhole = *HiOp;
  // `n - 1` from 0 with `>=`: fold the constants, to count `n`.
  llvm::APSInt HiOffset = wide(0);
  if (const auto *Sum =
          Hi ? dyn_cast<BinaryOperator>(Hi->IgnoreParenImpCasts()) : nullptr)
    if (std::optional<llvm::APSInt> C = constantOf(Sum->getRHS(), Ctx))
      if (LoValue && Sum->isAdditiveOp() && !constantOf(Sum->getLHS(), Ctx)) {
        HiOffset = Sum->getOpcode() == BO_Add ? wide(*C) : -wide(*C);
        HiOp = Text(Sum->getLHS(), true);
        HiRaw = Text(Sum->getLHS(), false);
        if (!HiOp || !HiRaw)
          return unknown(L.Bound, "the bound is spelled inside a macro");
      }
  std::string Base;
  if (LoValue) {
    llvm::APSInt Net = Adjust + HiOffset - wide(*LoValue);
    if (Net.isZero())
      Base = *HiRaw;
    else if (Net.isStrictlyPositive())
      Base = *HiOp + " + " + llvm::toString(Net, 10);
    else
      Base = *HiOp + " - " + llvm::toString(-Net, 10);
  } else {
    Base = *HiOp + " - " + *LoOp;
    if (!Adjust.isZero())
      Base += " + " + llvm::toString(Adjust, 10);
  }
  Count.MayBeSigned = !L.CompareType->isUnsignedIntegerType();
  Count.Text = Sh.Stride == wide(1) ? Base
                                    : parenthesized(Base) + " / " +
                                          llvm::toString(Sh.Stride, 10);
  // The loop's condition at its start value.
  std::string StartOp = Sh.Ascending ? *LoOp : HiWhole;
  std::string BoundOp = Sh.Ascending ? HiWhole : *LoOp;
  const char *Cmp = Sh.Ascending ? (Sh.Inclusive ? " <= " : " < ")
                                 : (Sh.Inclusive ? " >= " : " > ");
  std::string Guard = StartOp + Cmp + BoundOp;
  QualType HiType =
      Hi ? Hi->IgnoreParenImpCasts()->getType() : L.Counter->getType();
  bool NeverNegative =
      LoValue && LoValue->isZero() && HiType->isUnsignedIntegerType();
  if (L.AtLeastOnce)
    Count.Text = Guard + " ? " + Count.Text + " : 1";
  else if (!NeverNegative)
    Count.Guard = Guard;
  return Count;
}

TripCount countIterations(const CountedLoop &L, const Stmt *Scope,
                          const VarDecl *Vector, const FunctionIndex &Fn) {
  ASTContext &Ctx = Fn.Ctx;
  Shape Sh{L.Step.isStrictlyPositive(), L.Op == BO_LE || L.Op == BO_GE,
           L.Step.isNegative() ? -L.Step : L.Step};
  if ((Sh.Ascending && (L.Op == BO_GT || L.Op == BO_GE)) ||
      (!Sh.Ascending && (L.Op == BO_LT || L.Op == BO_LE)))
    return unknown(L.Bound, "the counter moves away from the bound");

  // Proofs: the bound and the start can be evaluated again before Scope.
  BoundChecker Checker(L.Loop, Scope, Vector, Fn);
  Checker.Counter = L.Counter;
  if (const Expr *Bad = Checker.check(L.Bound, L.BoundIsLive))
    return unknown(Bad, Checker.Why);
  if (L.Start) {
    if (const Expr *Bad = Checker.check(L.Start, /*Live=*/false))
      return unknown(Bad, Checker.Why);
  } else if (L.Loop != Scope) {
    return unknown(L.Loop, "the count of a nested loop changes with the "
                           "outer loop");
  }
  if (const Stmt *Mutation = Checker.findMutation())
    return unknown(Mutation, Checker.Why);

  std::optional<llvm::APSInt> StartValue =
      L.Start ? constantOf(L.Start, Ctx) : std::nullopt;
  std::optional<llvm::APSInt> BoundValue = constantOf(L.Bound, Ctx);
  // FIXME: a start of another type could be converted with a cast.
  if (L.Start && L.Counter && !StartValue &&
      !Ctx.hasSameUnqualifiedType(
          L.Start->IgnoreParenImpCasts()->getType().getNonReferenceType(),
          L.Counter->getType()))
    return unknown(L.Start, "the start value has another type than the "
                            "counter");
  if (!Sh.Ascending && Sh.Inclusive && L.Counter &&
      L.Counter->getType()->isUnsignedIntegerType() && BoundValue &&
      BoundValue->isZero())
    return unknown(L.Bound, "the condition is always true");

  TripCount Count;
  Count.Kind = CountKind::Exact;
  Count.Witness = L.Bound;
  Count.Rule = L.Rule + (Checker.Substituted.empty() ? "" : "+C3");
  if (L.Op == BO_NE && Sh.Stride != wide(1) && !(StartValue && BoundValue))
    return unknown(L.Bound, "the counter may step over the bound");
  if (StartValue && BoundValue) {
    std::optional<std::string> BoundText =
        rewrittenText(L.Bound, Checker.Substituted, Ctx);
    return constantCount(L, Sh, *StartValue, *BoundValue,
                         BoundText.value_or(""), Ctx, Count);
  }
  return symbolicCount(L, Sh, Checker.Substituted, Ctx, Count);
}

} // namespace detail
} // namespace stacklift
