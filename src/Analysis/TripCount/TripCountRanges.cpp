//===- TripCountRanges.cpp - Range-for and iterator loops -----------------===//
//
// Rules R1-R5 (range-for over containers, C arrays, braced lists, std::array
// and std::views::iota) and I1 (iterator loops from begin() to end()).
//
//===----------------------------------------------------------------------===//

#include "TripCountImpl.h"
#include "stacklift/Analysis/Index/LoopStructure.h"
#include "stacklift/Support/SourceText.h"
#include "stacklift/Support/StdNames.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;

namespace stacklift {
namespace detail {

bool hasConstSize(QualType Type) {
  const CXXRecordDecl *Class = Type.getNonReferenceType()->getAsCXXRecordDecl();
  if (!Class || !Class->hasDefinition())
    return false;
  for (const CXXMethodDecl *Method : Class->methods())
    if (Method->getDeclName().isIdentifier() && Method->getName() == "size" &&
        Method->isConst() && Method->getNumParams() == 0)
      return true;
  return false;
}

/// The N of a std::array<T, N>.
static std::optional<llvm::APSInt> stdArraySize(QualType Type) {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      Type.getNonReferenceType()->getAsCXXRecordDecl());
  if (!isStdName(Spec, "array") || Spec->getTemplateArgs().size() != 2 ||
      Spec->getTemplateArgs()[1].getKind() != TemplateArgument::Integral)
    return std::nullopt;
  return Spec->getTemplateArgs()[1].getAsIntegral();
}

/// A container declared before Scope and not changed inside it; for a
/// nested loop, its range must be the same at every outer iteration.
static const char *containerProblem(const VarDecl *Container, const Stmt *Loop,
                                    const Stmt *Scope,
                                    const FunctionIndex &Fn) {
  ASTContext &Ctx = Fn.Ctx;
  // `for (auto &r = make(); T x : r)`: r does not exist before the loop.
  if (isWithin(Container->getLocation(), Scope, Ctx.getSourceManager()))
    return Loop == Scope
               ? "the range is declared in the loop's init statement"
               : "the count of a nested loop changes with the outer loop";
  if (Loop == Scope)
    return nullptr;
  if (Fn.Mutations.findMutation(Container, *loopBody(Scope)))
    return "the range of a nested loop is changed in the outer loop";
  return nullptr;
}

/// R5: std::views::iota(a, b), std::ranges::views::iota(a, b).
static const CallExpr *iotaCall(const Expr *Range, unsigned &FirstArg) {
  const Expr *E = Range->IgnoreImplicit();
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E)) {
    const auto *Object = dyn_cast<DeclRefExpr>(Op->getArg(0)->IgnoreImplicit());
    const auto *Var = Object ? dyn_cast<VarDecl>(Object->getDecl()) : nullptr;
    FirstArg = 1;
    if (Op->getOperator() == OO_Call && isStdName(Var, "iota") &&
        Op->getNumArgs() == 3)
      return Op;
  } else if (const auto *Call = dyn_cast<CallExpr>(E)) {
    const FunctionDecl *F = Call->getDirectCallee();
    FirstArg = 0;
    if (isStdName(F, "iota") && Call->getNumArgs() == 2)
      return Call;
  }
  return nullptr;
}

static TripCount iotaRange(const CXXForRangeStmt *For, const Stmt *Scope,
                           const VarDecl *Vector, const FunctionIndex &Fn) {
  unsigned First = 0;
  const CallExpr *Call = iotaCall(For->getRangeInit(), First);
  if (!Call)
    return unknown(For->getRangeInit(),
                   "the loop ranges over a call or a temporary");
  CountedLoop L;
  L.Loop = For;
  L.Start = Call->getArg(First);
  L.Bound = Call->getArg(First + 1);
  L.Op = BO_LT;
  L.CompareType = L.Bound->getType();
  L.Step = wide(1);
  L.BoundIsLive = false;
  L.Rule = "R5";
  return countIterations(L, Scope, Vector, Fn);
}

/// R1, R2 or R4 for a range of type \p Type spelled \p Name; \p Count
/// holds the rest of the answer.
static TripCount sizedRange(QualType Type, const std::string &SizeText,
                            TripCount Count, const ASTContext &Ctx) {
  if (const auto *Array = Ctx.getAsConstantArrayType(Type)) {
    // R2: a C array of known size.
    Count.Rule += "R2";
    Count.Constant = llvm::APSInt(Array->getSize(), /*isUnsigned=*/true);
    Count.Text = llvm::toString(Array->getSize(), 10, /*Signed=*/false);
    return Count;
  }
  if (!hasConstSize(Type))
    return unknown(Count.Witness, Type->getAsCXXRecordDecl()
                                      ? "the container has no size()"
                                      : "the range is not a container");
  Count.Text = SizeText;
  Count.MayBeSigned = false;
  Count.SizeTyped = true;
  // R4: std::array<T, N> holds N elements; R1: any other sized container.
  if (std::optional<llvm::APSInt> N = stdArraySize(Type)) {
    Count.Rule += "R4";
    Count.Constant = *N;
  } else {
    Count.Rule += "R1";
  }
  return Count;
}

/// M1 with R1, R2 or R4: a range that is a member path, `Numbers` in a
/// const member function, `cfg.include_dirs`, `*items`. The range-for
/// evaluates it once, when the loop starts: evaluated just before, it is
/// the same object, as the path has no side effects. The path of a nested
/// loop must hold still in the outer loop, as a bound does.
static TripCount memberRange(const CXXForRangeStmt *For, const Expr *Path,
                             const Stmt *Scope, const VarDecl *Vector,
                             const FunctionIndex &Fn) {
  ASTContext &Ctx = Fn.Ctx;
  BoundChecker Checker(For, Scope, Vector, Fn);
  const Stmt *Bad = Checker.check(Path, /*Live=*/false);
  if (!Bad)
    Bad = Checker.findMutation();
  if (Bad) {
    llvm::StringRef Why = Checker.Why;
    return unknown(Bad, Why.consume_front("the bound ")
                            ? ("the range " + Why).str()
                            : Why.str());
  }
  // *items is spelled items->size().
  const Expr *Object = Path;
  std::string Access = ".size()";
  if (const auto *Deref = dyn_cast<UnaryOperator>(Path)) {
    Object = Deref->getSubExpr()->IgnoreParenImpCasts();
    Access = "->size()";
  }
  std::optional<std::string> Name = sourceText(Object, Ctx);
  if (!Name)
    return unknown(Path, "the range is spelled inside a macro");
  if (!isa<DeclRefExpr>(Object) && !isa<MemberExpr>(Object) &&
      !isa<CXXThisExpr>(Object))
    Name = "(" + *Name + ")";
  TripCount Count;
  Count.Kind = CountKind::Exact;
  Count.Witness = For->getRangeInit();
  Count.Rule = "M1+";
  Count.ReadsMembers = true;
  return sizedRange(Path->getType().getNonReferenceType(), *Name + Access,
                    Count, Ctx);
}

TripCount rangeFor(const CXXForRangeStmt *For, const Stmt *Scope,
                   const VarDecl *Vector, const FunctionIndex &Fn) {
  ASTContext &Ctx = Fn.Ctx;
  const Expr *Range = For->getRangeInit();
  if (!Range)
    return unknown(For, "the loop does not range over a named variable");
  TripCount Count;
  Count.Kind = CountKind::Exact;
  Count.Witness = Range;
  // R3: a braced list, through std::initializer_list.
  const Expr *Bare = Range->IgnoreImplicit();
  if (const auto *List = dyn_cast<CXXStdInitializerListExpr>(Bare))
    Bare = List->getSubExpr()->IgnoreImplicit();
  if (const auto *Init = dyn_cast<InitListExpr>(Bare)) {
    Count.Rule = "R3";
    Count.Constant = wide(Init->getNumInits());
    Count.Text = std::to_string(Init->getNumInits());
    return Count;
  }
  const VarDecl *Container = varOf(Range);
  const Expr *Path = Range->IgnoreParenImpCasts();
  if (!Container && (isa<MemberExpr>(Path) || isa<UnaryOperator>(Path)))
    return memberRange(For, Path, Scope, Vector, Fn);
  if (!Container)
    return iotaRange(For, Scope, Vector, Fn);
  if (Container == Vector)
    return unknown(Range, "the loop ranges over the vector itself");
  if (const char *Problem = containerProblem(Container, For, Scope, Fn))
    return unknown(Range, Problem);
  std::optional<std::string> Name = sourceText(Range, Ctx);
  if (!Name)
    return unknown(Range, "the range is spelled inside a macro");
  Count.Rule.clear();
  Count.Reads.push_back(Container);
  return sizedRange(Container->getType().getNonReferenceType(),
                    *Name + ".size()", Count, Ctx);
}

//===----------------------------------------------------------------------===//
// I1: for (auto it = c.begin(); it != c.end(); ++it)
//===----------------------------------------------------------------------===//

/// The container \p E calls begin() (or end(), with \p End) on:
/// c.begin(), c.cbegin(), std::begin(c), std::cbegin(c).
static const VarDecl *containerOf(const Expr *E, bool End) {
  if (!E)
    return nullptr;
  E = E->IgnoreImplicit();
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E))
    if (Construct->getNumArgs() == 1)
      E = Construct->getArg(0)->IgnoreImplicit();
  auto IsName = [&](const NamedDecl *D) {
    if (!D || !D->getDeclName().isIdentifier())
      return false;
    llvm::StringRef Name = D->getName();
    return End ? Name == "end" || Name == "cend"
               : Name == "begin" || Name == "cbegin";
  };
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(E))
    if (IsName(Member->getMethodDecl()) && Member->getNumArgs() == 0)
      return varOf(Member->getImplicitObjectArgument());
  // A free function: std::begin(c), not the bucket iterator m.begin(n).
  if (const auto *Call = dyn_cast<CallExpr>(E))
    if (const FunctionDecl *F = Call->getDirectCallee())
      if (!isa<CXXMethodDecl>(F) && isInStd(F) && IsName(F) &&
          Call->getNumArgs() == 1)
        return varOf(Call->getArg(0));
  return nullptr;
}

/// The variable ++it or it++ steps, for any type.
static const VarDecl *iteratorStepped(const Expr *Inc) {
  if (!Inc)
    return nullptr;
  Inc = Inc->IgnoreParenImpCasts();
  if (const auto *Un = dyn_cast<UnaryOperator>(Inc))
    return Un->isIncrementOp() ? varOf(Un->getSubExpr()) : nullptr;
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Inc))
    return Op->getOperator() == OO_PlusPlus ? varOf(Op->getArg(0)) : nullptr;
  return nullptr;
}

/// A comparison as written: its operator and operands. C++20 rewrites
/// `a != b` into `!(a == b)` (or `!(b == a)`) and `a < b` into
/// `(a <=> b) < 0` when the class only declares == or <=>; the decomposed
/// form of the rewritten operator is what the user wrote.
struct Comparison {
  BinaryOperatorKind Op = BO_Comma;
  const Expr *LHS = nullptr;
  const Expr *RHS = nullptr;
};

static Comparison comparisonOf(const Expr *Cond) {
  Cond = Cond->IgnoreImplicit();
  if (const auto *Bin = dyn_cast<BinaryOperator>(Cond))
    return {Bin->getOpcode(), Bin->getLHS(), Bin->getRHS()};
  if (const auto *Rewritten = dyn_cast<CXXRewrittenBinaryOperator>(Cond)) {
    CXXRewrittenBinaryOperator::DecomposedForm D =
        Rewritten->getDecomposedForm();
    return {D.Opcode, D.LHS, D.RHS};
  }
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Cond))
    if (Op->isInfixBinaryOp() && Op->getNumArgs() == 2)
      return {BinaryOperator::getOverloadedOpcode(Op->getOperator()),
              Op->getArg(0), Op->getArg(1)};
  return {};
}

/// The end that `It != X`, `X != It`, `It < X` or `X > It` compares the
/// iterator with, or null. Each stops the loop at the first iterator equal
/// to (or, for a random-access iterator, not before) X, which ++It from
/// begin() reaches after size() steps.
static const Expr *comparedWith(const Expr *Cond, const VarDecl *It) {
  Comparison C = comparisonOf(Cond);
  if (!C.LHS)
    return nullptr;
  const Expr *Left = C.LHS->IgnoreImplicit();
  const Expr *Right = C.RHS->IgnoreImplicit();
  switch (C.Op) {
  case BO_NE:
    if (varOf(Left) == It)
      return Right;
    return varOf(Right) == It ? Left : nullptr;
  case BO_LT:
    return varOf(Left) == It ? Right : nullptr;
  case BO_GT:
    return varOf(Right) == It ? Left : nullptr;
  default:
    return nullptr;
  }
}

std::optional<TripCount> iteratorLoop(const ForStmt *For, const Stmt *Scope,
                                      const VarDecl *Vector,
                                      const FunctionIndex &Fn) {
  ASTContext &Ctx = Fn.Ctx;
  const VarDecl *It = iteratorStepped(For->getInc());
  const auto *Init = dyn_cast_or_null<DeclStmt>(For->getInit());
  if (!It || It->getType()->isIntegerType() || !Init ||
      !llvm::is_contained(Init->decls(), It))
    return std::nullopt;
  const VarDecl *Container = containerOf(It->getInit(), /*End=*/false);
  const Expr *Other = comparedWith(For->getCond(), It);
  if (!Container || !Other)
    return unknown(For->getCond(), "the iterator loop does not run from "
                                   "begin() to end()");
  const VarDecl *EndOf = containerOf(Other, /*End=*/true);
  if (const VarDecl *EndVar = varOf(Other))
    if (llvm::is_contained(Init->decls(), EndVar))
      EndOf = containerOf(EndVar->getInit(), /*End=*/true);
  if (EndOf != Container)
    return unknown(Other, "the iterator loop does not run from begin() to "
                          "end() of one container");
  if (Container == Vector)
    return unknown(Other, "the loop iterates over the vector itself");
  if (!hasConstSize(Container->getType()))
    return unknown(Other, "the container has no size()");
  if (isWithin(Container->getLocation(), Scope, Ctx.getSourceManager()))
    return unknown(Other, "the count of a nested loop changes with the outer "
                          "loop");
  if (const Stmt *Mutation =
          Fn.Mutations.findMutation(Container, *loopBody(Scope)))
    return unknown(Mutation, "the container is changed in the body");
  if (const Stmt *Mutation = Fn.Mutations.findMutation(It, *For->getBody()))
    return unknown(Mutation, "the iterator is changed in the body");
  TripCount Count;
  Count.Kind = CountKind::Exact;
  Count.Witness = Other;
  Count.Rule = "I1";
  Count.Reads.push_back(Container);
  Count.Text = Container->getName().str() + ".size()";
  Count.MayBeSigned = false;
  Count.SizeTyped = true;
  return Count;
}

} // namespace detail
} // namespace stacklift
