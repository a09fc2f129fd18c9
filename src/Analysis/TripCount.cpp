//===- TripCount.cpp - How many elements a loop adds ----------------------===//
//
// The rule names (C1, R1, ...) follow docs/design/TripCount.md.
//
//===----------------------------------------------------------------------===//

#include "stacklift/Analysis/TripCount.h"
#include "stacklift/Analysis/LoopStructure.h"
#include "stacklift/Analysis/SourceText.h"
#include "stacklift/Match/GrowthMatchers.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Analysis/Analyses/ExprMutationAnalyzer.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace stacklift {

llvm::StringRef kindName(CountKind Kind) {
  switch (Kind) {
  case CountKind::Exact:
    return "exact";
  case CountKind::UpperBound:
    return "upper-bound";
  case CountKind::Unknown:
    return "unknown";
  }
  llvm_unreachable("unknown CountKind");
}

static TripCount unknown(const Stmt *Witness, llvm::StringRef Reason) {
  TripCount Count;
  Count.Witness = Witness;
  Count.Reason = Reason.str();
  return Count;
}

static bool isWithin(SourceLocation Loc, const Stmt *S,
                     const SourceManager &SM) {
  SourceRange R = S->getSourceRange();
  return SM.isPointWithin(SM.getExpansionLoc(Loc), SM.getExpansionLoc(R.getBegin()),
                          SM.getExpansionLoc(R.getEnd()));
}

namespace {
/// Decides whether an expression evaluated just before a loop has the value
/// it has at every evaluation of the loop's condition, and collects the
/// variables it reads.
class BoundChecker {
public:
  BoundChecker(const Stmt *Loop, const VarDecl *Vector, ASTContext &Ctx)
      : Loop(Loop), Vector(Vector), Ctx(Ctx) {}

  /// Null when \p E can be evaluated again before the loop; otherwise the
  /// sub-expression that prevents it, with Why set.
  const Expr *check(const Expr *E) {
    E = E->IgnoreParenImpCasts();
    if (isa<IntegerLiteral>(E) || isa<CharacterLiteral>(E) ||
        isa<CXXBoolLiteralExpr>(E) || isa<UnaryExprOrTypeTraitExpr>(E))
      return nullptr;
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
      return checkVariable(Ref);
    if (const auto *Bin = dyn_cast<BinaryOperator>(E)) {
      if (!Bin->isAdditiveOp() && !Bin->isMultiplicativeOp() &&
          !Bin->isShiftOp() && !Bin->isBitwiseOp())
        return fail(E, "the bound has an operator with side effects");
      if (const Expr *Bad = check(Bin->getLHS()))
        return Bad;
      return check(Bin->getRHS());
    }
    if (const auto *Un = dyn_cast<UnaryOperator>(E)) {
      if (Un->getOpcode() != UO_Minus && Un->getOpcode() != UO_Plus &&
          Un->getOpcode() != UO_Not)
        return fail(E, "the bound has an operator with side effects");
      return check(Un->getSubExpr());
    }
    if (const auto *Call = dyn_cast<CXXMemberCallExpr>(E))
      return checkSizeCall(Call);
    return fail(E, "the bound is not a variable, a constant, a size() call "
                   "or arithmetic on them");
  }

  std::string Why;
  llvm::SmallPtrSet<const VarDecl *, 4> Reads;

private:
  const Expr *fail(const Expr *E, llvm::StringRef Reason) {
    Why = Reason.str();
    return E;
  }

  const Expr *checkVariable(const DeclRefExpr *Ref) {
    if (isa<EnumConstantDecl>(Ref->getDecl()))
      return nullptr;
    const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
    if (!Var)
      return fail(Ref, "the bound names something that is not a variable");
    if (Var == Vector)
      return fail(Ref, "the bound depends on the vector itself");
    if (Var->getType().isConstQualified() && Var->hasInit() &&
        Var->getType()->isIntegralOrEnumerationType())
      return nullptr;
    if (!Var->hasLocalStorage())
      return fail(Ref, "the bound reads a global that any call may change");
    if (isWithin(Var->getLocation(), Loop, Ctx.getSourceManager()))
      return fail(Ref, "the bound names a variable declared inside the loop");
    Reads.insert(Var);
    return nullptr;
  }

  const Expr *checkSizeCall(const CXXMemberCallExpr *Call) {
    const CXXMethodDecl *Method = Call->getMethodDecl();
    if (!Method || Call->getNumArgs() != 0 || !Method->isConst() ||
        !Method->getDeclName().isIdentifier() ||
        (Method->getName() != "size" && Method->getName() != "length"))
      return fail(Call, "the bound calls a function other than size()");
    const auto *Object = dyn_cast<DeclRefExpr>(
        Call->getImplicitObjectArgument()->IgnoreParenImpCasts());
    if (!Object)
      return fail(Call, "the bound calls size() on something other than a "
                        "named variable");
    return checkVariable(Object);
  }

  const Stmt *Loop;
  const VarDecl *Vector;
  ASTContext &Ctx;
};
} // namespace

/// The variable of \p E, looking through parentheses and implicit casts.
static const VarDecl *varOf(const Expr *E) {
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts()))
    return dyn_cast<VarDecl>(Ref->getDecl());
  return nullptr;
}

/// True when \p Inc adds one to \p Var: ++i, i++ or i += 1.
static bool isUnitIncrement(const Expr *Inc, const VarDecl *Var) {
  if (!Inc)
    return false;
  Inc = Inc->IgnoreParenImpCasts();
  if (const auto *Un = dyn_cast<UnaryOperator>(Inc))
    return Un->isIncrementOp() && varOf(Un->getSubExpr()) == Var;
  if (const auto *Assign = dyn_cast<CompoundAssignOperator>(Inc)) {
    const auto *Step =
        dyn_cast<IntegerLiteral>(Assign->getRHS()->IgnoreParenImpCasts());
    return Assign->getOpcode() == BO_AddAssign &&
           varOf(Assign->getLHS()) == Var && Step && Step->getValue() == 1;
  }
  return false;
}

/// The start value of \p Var in the init statement of a for loop.
static const Expr *startValue(const Stmt *Init, const VarDecl *Var) {
  if (!Init)
    return nullptr;
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

static std::optional<llvm::APSInt> constantOf(const Expr *E,
                                              const ASTContext &Ctx) {
  Expr::EvalResult Result;
  if (E->isValueDependent() || !E->EvaluateAsInt(Result, Ctx))
    return std::nullopt;
  return Result.Val.getInt();
}

TripCount TripCountAnalyzer::countedFor(const ForStmt *For,
                                        const VarDecl *Vector) {
  // C1: for (i = a; i < b; ++i), also i != b and b > i.
  const auto *Cond =
      dyn_cast_or_null<BinaryOperator>(For->getCond()
                                           ? For->getCond()->IgnoreParenImpCasts()
                                           : nullptr);
  if (!Cond)
    return unknown(For, "the loop condition is not a comparison");
  const Expr *Counter = nullptr, *Bound = nullptr;
  switch (Cond->getOpcode()) {
  case BO_LT:
  case BO_NE:
    Counter = Cond->getLHS();
    Bound = Cond->getRHS();
    break;
  case BO_GT:
    Counter = Cond->getRHS();
    Bound = Cond->getLHS();
    break;
  default:
    return unknown(Cond, "the loop condition is not 'i < n' or 'i != n'");
  }
  const VarDecl *Var = varOf(Counter);
  if (!Var || !Var->getType()->isIntegerType())
    return unknown(Cond, "the loop does not count with an integer variable");
  if (!isUnitIncrement(For->getInc(), Var))
    return unknown(For->getInc() ? For->getInc() : static_cast<const Stmt *>(For),
                   "the loop does not step its counter by one");
  const Expr *Start = startValue(For->getInit(), Var);
  if (!Start)
    return unknown(For, "the counter's start value is not set in the init "
                        "statement");

  // Proofs: the counter and what the bound reads stay unchanged.
  ExprMutationAnalyzer BodyMutations(*For->getBody(), Ctx);
  if (const Stmt *Mutation = BodyMutations.findMutation(Var))
    return unknown(Mutation, "the loop counter is changed in the body");
  BoundChecker Checker(For, Vector, Ctx);
  if (const Expr *Bad = Checker.check(Bound))
    return unknown(Bad, Checker.Why);
  if (const Expr *Bad = Checker.check(Start))
    return unknown(Bad, Checker.Why);
  Checker.Reads.erase(Var);
  for (const VarDecl *Read : Checker.Reads) {
    if (const Stmt *Mutation = BodyMutations.findMutation(Read))
      return unknown(Mutation, "a variable of the bound is changed in the "
                               "body");
    if (For->getInc()) {
      ExprMutationAnalyzer IncMutations(*For->getInc(), Ctx);
      if (const Stmt *Mutation = IncMutations.findMutation(Read))
        return unknown(Mutation, "a variable of the bound is changed in the "
                                 "increment");
    }
  }

  std::optional<std::string> BoundText = sourceText(Bound, Ctx);
  if (!BoundText)
    return unknown(Cond, "the bound is spelled inside a macro");

  TripCount Count;
  Count.Kind = CountKind::Exact;
  Count.Witness = Bound;
  Count.Rule = "C1";
  std::optional<llvm::APSInt> StartValue = constantOf(Start, Ctx);
  std::optional<llvm::APSInt> BoundValue = constantOf(Bound, Ctx);
  bool StartsAtZero = StartValue && StartValue->isZero();
  if (StartValue && BoundValue) {
    // Exact arithmetic in a type wide enough for any difference.
    llvm::APSInt B = BoundValue->extend(130), A = StartValue->extend(130);
    B.setIsSigned(true);
    A.setIsSigned(true);
    llvm::APSInt Diff = B - A;
    bool Clamped = Diff.isNegative();
    if (Clamped)
      Diff = llvm::APSInt::get(0);
    Count.Constant = Diff;
    // A named bound reads better than its value, unless the value is not
    // the count.
    Count.Text = StartsAtZero && !Clamped ? *BoundText
                                          : llvm::toString(Diff, 10);
    return Count;
  }
  if (StartsAtZero) {
    Count.Text = *BoundText;
    if (Bound->IgnoreParenImpCasts()->getType()->isSignedIntegerType())
      Count.Guard = "0 < " + *operandText(Bound, Ctx);
    return Count;
  }
  std::optional<std::string> StartText = operandText(Start, Ctx);
  if (!StartText)
    return unknown(Start, "the start value is spelled inside a macro");
  std::string BoundOperand = *operandText(Bound, Ctx);
  Count.Text = BoundOperand + " - " + *StartText;
  Count.Guard = *StartText + " < " + BoundOperand;
  return Count;
}

TripCount TripCountAnalyzer::rangeFor(const CXXForRangeStmt *For,
                                      const VarDecl *Vector) {
  const Expr *Range = For->getRangeInit();
  const VarDecl *Container = Range ? varOf(Range) : nullptr;
  if (!Container)
    return unknown(For, "the loop does not range over a named variable");
  if (Container == Vector)
    return unknown(Range, "the loop ranges over the vector itself");
  QualType Type = Container->getType().getNonReferenceType();
  std::optional<std::string> Name = sourceText(Range, Ctx);
  if (!Name)
    return unknown(Range, "the range is spelled inside a macro");

  TripCount Count;
  Count.Kind = CountKind::Exact;
  Count.Witness = Range;
  if (const auto *Array = Ctx.getAsConstantArrayType(Type)) {
    // R2: a C array of known size.
    Count.Rule = "R2";
    Count.Constant = llvm::APSInt(Array->getSize(), /*isUnsigned=*/true);
    Count.Text = llvm::toString(Array->getSize(), 10, /*Signed=*/false);
    return Count;
  }
  // R1: a named object whose class has a const size() taking no arguments.
  const CXXRecordDecl *Class = Type->getAsCXXRecordDecl();
  if (!Class || !Class->hasDefinition())
    return unknown(Range, "the range is not a container");
  bool HasSize = false;
  for (const CXXMethodDecl *Method : Class->methods())
    if (Method->getDeclName().isIdentifier() && Method->getName() == "size" &&
        Method->isConst() && Method->getNumParams() == 0)
      HasSize = true;
  if (!HasSize)
    return unknown(Range, "the container has no size()");
  Count.Rule = "R1";
  Count.Text = *Name + ".size()";
  return Count;
}

TripCount TripCountAnalyzer::iterations(const Stmt *Loop,
                                        const VarDecl *Vector) {
  if (const auto *For = dyn_cast<ForStmt>(Loop))
    return countedFor(For, Vector);
  if (const auto *Range = dyn_cast<CXXForRangeStmt>(Loop))
    return rangeFor(Range, Vector);
  return unknown(Loop, "while and do-while loops are not counted yet");
}

TripCount TripCountAnalyzer::elementsAdded(const Stmt *Loop,
                                           const VarDecl *Vector) {
  // G1/G2: how often the body grows the vector.
  auto GrowthOfVector = cxxMemberCallExpr(
      callee(cxxMethodDecl(hasAnyName(GrowthMethods[0], GrowthMethods[1]))),
      on(declRefExpr(to(varDecl(equalsNode(Vector))))));
  llvm::SmallVector<const Stmt *, 2> Growth;
  for (const BoundNodes &Node :
       match(findAll(GrowthOfVector.bind("g")), *loopBody(Loop), Ctx)) {
    const auto *Call = Node.getNodeAs<Stmt>("g");
    const Stmt *Owner = enclosingLoop(Call, Ctx);
    if (!Owner)
      continue; // Inside a lambda: not growth of this loop.
    if (Owner != Loop)
      return unknown(Call, "the vector also grows in a nested loop");
    Growth.push_back(Call);
  }
  if (Growth.empty())
    return unknown(Loop, "the loop does not grow the vector");
  if (Growth.size() > 1)
    return unknown(Growth[1], "the vector grows more than once per iteration");

  TripCount Count = iterations(Loop, Vector);
  if (!Count.isExact())
    return Count;
  Count.Rule += "+G1";
  if (!runsOncePerIteration(Growth.front(), Loop, Ctx)) {
    Count.Kind = CountKind::UpperBound;
    Count.Rule = Count.Rule.substr(0, Count.Rule.size() - 2) + "G2";
    Count.Reason = "the growth is conditional";
    Count.Witness = Growth.front();
  } else if (const Stmt *Exit = findEarlyExit(Loop)) {
    Count.Kind = CountKind::UpperBound;
    Count.Rule = Count.Rule.substr(0, Count.Rule.size() - 2) + "G2";
    Count.Reason = "the loop can end an iteration early";
    Count.Witness = Exit;
  }
  return Count;
}

std::string TripCountAnalyzer::describe(const TripCount &Count,
                                        const SourceManager &SM) {
  std::string Out = kindName(Count.Kind).str();
  if (!Count.Text.empty())
    Out += " '" + Count.Text + "'";
  if (Count.Constant)
    Out += " = " + llvm::toString(*Count.Constant, 10);
  if (!Count.Guard.empty())
    Out += " if '" + Count.Guard + "'";
  if (!Count.Rule.empty())
    Out += " [" + Count.Rule + "]";
  if (!Count.Reason.empty())
    Out += ": " + Count.Reason;
  if (Count.Witness)
    Out += " @" + std::to_string(SM.getExpansionLineNumber(
                      Count.Witness->getBeginLoc()));
  return Out;
}

} // namespace stacklift
