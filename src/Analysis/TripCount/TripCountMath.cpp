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
#include "stacklift/Support/SourceText.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/StringExtras.h"

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
  llvm::APSInt A = wide(convertTo(Start, L.CompareType, Ctx)) + L.CounterOffset;
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

/// The text of \p E, one end of \p L, valid before the loop: as written,
/// with the init-statement variables replaced, as an operand when
/// \p Operand; a constant spelled inside a macro body as its value; the
/// counter's own name for a null \p E (its value before the loop: C4, W1,
/// W2). std::nullopt for anything else spelled inside a macro.
static std::optional<std::string> endText(const Expr *E, bool Operand,
                                          const CountedLoop &L,
                                          const Substitutions &Subst,
                                          const ASTContext &Ctx) {
  if (!E)
    return L.Counter->getName().str();
  std::optional<std::string> Spelled =
      Operand ? rewrittenOperand(E, Subst, Ctx) : rewrittenText(E, Subst, Ctx);
  if (Spelled)
    return Spelled;
  std::optional<llvm::APSInt> Value = constantOf(E, Ctx);
  if (!Value)
    return std::nullopt;
  std::string Digits = llvm::toString(*Value, 10);
  return Operand ? parenthesized(Digits) : Digits;
}

namespace {
/// The high end of a symbolic count, as the count's text uses it.
struct HighEnd {
  /// The whole end as an operand, for the guard.
  std::string Whole;
  /// The end without Offset, as an operand and as written.
  std::string Operand;
  std::string Raw;
  /// The constant `n - 1` or `n + 2` adds to n, split off so that it folds
  /// with the other constants of the count; zero when nothing is split.
  llvm::APSInt Offset = wide(0);
};
} // namespace

/// The texts of \p Hi, the high end of \p L; a constant added to it is
/// split off when the low end is a constant too (\p LowIsConstant).
static std::optional<HighEnd> highEnd(const Expr *Hi, bool LowIsConstant,
                                      const CountedLoop &L,
                                      const Substitutions &Subst,
                                      const ASTContext &Ctx) {
  std::optional<std::string> Operand = endText(Hi, true, L, Subst, Ctx);
  std::optional<std::string> Raw = endText(Hi, false, L, Subst, Ctx);
  if (!Operand || !Raw)
    return std::nullopt;
  HighEnd End{*Operand, *Operand, *Raw};
  const auto *Sum =
      Hi ? dyn_cast<BinaryOperator>(Hi->IgnoreParenImpCasts()) : nullptr;
  if (!Sum || !LowIsConstant || !Sum->isAdditiveOp())
    return End;
  std::optional<llvm::APSInt> C = constantOf(Sum->getRHS(), Ctx);
  if (!C || constantOf(Sum->getLHS(), Ctx))
    return End;
  Operand = endText(Sum->getLHS(), true, L, Subst, Ctx);
  Raw = endText(Sum->getLHS(), false, L, Subst, Ctx);
  if (!Operand || !Raw)
    return std::nullopt;
  End.Operand = *Operand;
  End.Raw = *Raw;
  End.Offset = Sum->getOpcode() == BO_Add ? wide(*C) : -wide(*C);
  return End;
}

/// `hi - lo + Adjust`, with the constants folded when the low end is the
/// constant \p LoValue: `n`, `n + 1`, `n - 2`.
static std::string differenceText(const HighEnd &Hi, llvm::StringRef LoOp,
                                  const std::optional<llvm::APSInt> &LoValue,
                                  const llvm::APSInt &Adjust) {
  if (!LoValue) {
    std::string Base = Hi.Operand + " - " + LoOp.str();
    if (!Adjust.isZero())
      Base += " + " + llvm::toString(Adjust, 10);
    return Base;
  }
  llvm::APSInt Net = Adjust + Hi.Offset - wide(*LoValue);
  if (Net.isZero())
    return Hi.Raw;
  if (Net.isStrictlyPositive())
    return Hi.Operand + " + " + llvm::toString(Net, 10);
  return Hi.Operand + " - " + llvm::toString(-Net, 10);
}

/// The loop's condition at its start value: `lo < hi` ascending,
/// `hi >= lo` descending with `>=`.
static std::string startCondition(const Shape &Sh, llvm::StringRef LoOp,
                                  llvm::StringRef HiWhole) {
  llvm::StringRef StartOp = Sh.Ascending ? LoOp : HiWhole;
  llvm::StringRef BoundOp = Sh.Ascending ? HiWhole : LoOp;
  const char *Cmp = Sh.Ascending ? (Sh.Inclusive ? " <= " : " < ")
                                 : (Sh.Inclusive ? " >= " : " > ");
  return (StartOp + Cmp + BoundOp).str();
}

/// The count as text: `hi - lo`, adjusted for `<=` and rounded up for a
/// stride, with a guard unless it cannot be negative.
static TripCount symbolicCount(const CountedLoop &L, const Shape &Sh,
                               const Substitutions &Subst,
                               const ASTContext &Ctx, TripCount Count) {
  const Expr *Lo = Sh.Ascending ? L.Start : L.Bound;
  const Expr *Hi = Sh.Ascending ? L.Bound : L.Start;
  std::optional<llvm::APSInt> LoValue = Lo ? constantOf(Lo, Ctx) : std::nullopt;
  std::optional<std::string> LoOp = endText(Lo, true, L, Subst, Ctx);
  if (!L.CounterOffset.isZero()) {
    // `i + c < n` from a constant a: the condition's side runs from a + c
    // (countIterations allows an offset only then).
    LoValue = wide(*LoValue) + L.CounterOffset;
    LoOp = parenthesized(llvm::toString(*LoValue, 10));
  }
  std::optional<HighEnd> HiEnd =
      LoOp ? highEnd(Hi, LoValue.has_value(), L, Subst, Ctx) : std::nullopt;
  if (!HiEnd)
    return unknown(L.Bound, "the bound is spelled inside a macro");
  llvm::APSInt Adjust = wide(Sh.Inclusive ? 1 : 0) + Sh.Stride - wide(1);
  std::string Base = differenceText(*HiEnd, *LoOp, LoValue, Adjust);
  Count.MayBeSigned = !L.CompareType->isUnsignedIntegerType();
  Count.Text = Sh.Stride == wide(1) ? Base
                                    : parenthesized(Base) + " / " +
                                          llvm::toString(Sh.Stride, 10);
  std::string Guard = startCondition(Sh, *LoOp, HiEnd->Whole);
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

/// True when user code (not a standard header on its way) includes
/// <algorithm>, which declares std::min.
static bool includesAlgorithm(const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  for (auto It = SM.fileinfo_begin(), End = SM.fileinfo_end(); It != End;
       ++It) {
    if (!It->getFirst().getName().ends_with("/algorithm"))
      continue;
    FileID File = SM.translateFile(It->getFirst());
    SourceLocation IncludedAt =
        File.isValid() ? SM.getIncludeLoc(File) : SourceLocation();
    if (IncludedAt.isValid() && !SM.isInSystemHeader(IncludedAt))
      return true;
  }
  return false;
}

/// C5: `i < a && i < b` runs as often as the smaller of the two counts,
/// `std::min(a, b)`, when the loop runs at all: both conditions hold at
/// the start. The two texts must have one type for std::min to take them.
static TripCount smallerCount(const CountedLoop &L, const Stmt *Scope,
                              const VarDecl *Vector, const FunctionIndex &Fn) {
  ASTContext &Ctx = Fn.Ctx;
  CountedLoop A = L, B = L;
  A.Bound2 = B.Bound2 = nullptr;
  B.Bound = L.Bound2;
  B.CompareType = L.CompareType2;
  TripCount CA = countIterations(A, Scope, Vector, Fn);
  if (!CA.isExact())
    return CA;
  TripCount CB = countIterations(B, Scope, Vector, Fn);
  if (!CB.isExact())
    return CB;
  TripCount Count = CA;
  Count.Rule = CA.Rule + "+C5";
  Count.Reads.append(CB.Reads.begin(), CB.Reads.end());
  Count.ReadsMembers |= CB.ReadsMembers;
  Count.Witness = L.Bound;
  if (CA.Constant && CB.Constant) {
    Count.Constant = *CA.Constant < *CB.Constant ? *CA.Constant : *CB.Constant;
    Count.Text = llvm::toString(*Count.Constant, 10);
    return Count;
  }
  QualType TA = L.Bound->IgnoreParenImpCasts()->getType();
  QualType TB = L.Bound2->IgnoreParenImpCasts()->getType();
  if (CA.Constant || CB.Constant || !Ctx.hasSameUnqualifiedType(TA, TB) ||
      !Ctx.hasSameUnqualifiedType(L.CompareType, L.CompareType2))
    return unknown(L.Bound2, "the two bounds of the condition have different "
                             "types");
  Count.Text = includesAlgorithm(Ctx)
                   ? "std::min(" + CA.Text + ", " + CB.Text + ")"
                   : "(" + CA.Text + " < " + CB.Text + " ? " + CA.Text + " : " +
                         CB.Text + ")";
  Count.Guard = CA.Guard;
  if (!CB.Guard.empty() && CB.Guard != CA.Guard)
    Count.Guard += (Count.Guard.empty() ? "" : " && ") + CB.Guard;
  Count.MayBeSigned = CA.MayBeSigned || CB.MayBeSigned;
  Count.SizeTyped = CA.SizeTyped && CB.SizeTyped;
  return Count;
}

TripCount countIterations(const CountedLoop &L, const Stmt *Scope,
                          const VarDecl *Vector, const FunctionIndex &Fn) {
  ASTContext &Ctx = Fn.Ctx;
  if (L.Bound2)
    return smallerCount(L, Scope, Vector, Fn);
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
  Count.Reads.assign(Checker.Named.begin(), Checker.Named.end());
  if (!L.Start && L.Counter)
    Count.Reads.push_back(L.Counter);
  if (llvm::any_of(Checker.MemberReads, [](const MemberRead &Read) {
        return Read.Kind != MemberRead::Reference || Read.First;
      })) {
    Count.Rule += "+M1";
    Count.ReadsMembers = true;
  }
  // An offset on the counter's side (`i + 1 < n`) shifts a constant start;
  // a start or a descending high end spelled as text would need it in the
  // text.
  if (!L.CounterOffset.isZero() &&
      !(StartValue && (Sh.Ascending || BoundValue)))
    return unknown(L.Bound, "the counter is compared with an offset and "
                            "does not start at a constant");
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
