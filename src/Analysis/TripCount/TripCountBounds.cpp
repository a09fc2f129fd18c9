//===- TripCountBounds.cpp - Bounds that can be evaluated again -----------===//
//
// The proofs shared by the trip-count rules: an expression spelled before a
// loop has the value the loop uses, and the count's text as the user wrote
// it, with init-statement variables replaced by their initialisers (C3).
//
//===----------------------------------------------------------------------===//

#include "TripCountImpl.h"
#include "stacklift/Analysis/Index/LoopStructure.h"
#include "stacklift/Analysis/Index/VariableUses.h"
#include "stacklift/Support/SourceText.h"
#include "stacklift/Support/StdNames.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;

namespace stacklift {
namespace detail {

TripCount unknown(const Stmt *Witness, llvm::StringRef Reason) {
  TripCount Count;
  Count.Witness = Witness;
  Count.Reason = Reason.str();
  return Count;
}

const VarDecl *varOf(const Expr *E) {
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts()))
    return dyn_cast<VarDecl>(Ref->getDecl());
  return nullptr;
}

std::optional<llvm::APSInt> constantOf(const Expr *E, const ASTContext &Ctx) {
  Expr::EvalResult Result;
  if (E->isValueDependent() || !E->EvaluateAsInt(Result, Ctx))
    return std::nullopt;
  return Result.Val.getInt();
}

BoundChecker::BoundChecker(const Stmt *Loop, const Stmt *Scope,
                           const VarDecl *Vector, const FunctionIndex &Fn)
    : Loop(Loop), Scope(Scope), Vector(Vector), Fn(Fn), Ctx(Fn.Ctx) {}

const Expr *BoundChecker::fail(const Expr *E, llvm::StringRef Reason) {
  Why = Reason.str();
  return E;
}

const Expr *BoundChecker::check(const Expr *E, bool Live) {
  E = E->IgnoreParenImpCasts();
  // A constant expression reads nothing that can change.
  if (constantOf(E, Ctx) && !isa<DeclRefExpr>(E))
    return nullptr;
  if (isa<IntegerLiteral>(E) || isa<CharacterLiteral>(E) ||
      isa<CXXBoolLiteralExpr>(E) || isa<UnaryExprOrTypeTraitExpr>(E))
    return nullptr;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    return checkVariable(Ref, Live);
  if (const auto *Bin = dyn_cast<BinaryOperator>(E)) {
    if (!Bin->isAdditiveOp() && !Bin->isMultiplicativeOp() &&
        !Bin->isShiftOp() && !Bin->isBitwiseOp())
      return fail(E, "the bound has an operator with side effects");
    if (const Expr *Bad = check(Bin->getLHS(), Live))
      return Bad;
    return check(Bin->getRHS(), Live);
  }
  if (isa<MemberExpr>(E))
    return checkMemberPath(E, Live);
  if (const auto *Un = dyn_cast<UnaryOperator>(E)) {
    if (Un->getOpcode() == UO_Deref)
      return checkMemberPath(E, Live);
    if (Un->getOpcode() != UO_Minus && Un->getOpcode() != UO_Plus &&
        Un->getOpcode() != UO_Not)
      return fail(E, "the bound has an operator with side effects");
    return check(Un->getSubExpr(), Live);
  }
  if (const auto *Cast = dyn_cast<ExplicitCastExpr>(E)) {
    if (!Cast->getType()->isIntegerType())
      return fail(E, "the bound casts to a type that is not an integer");
    return check(Cast->getSubExpr(), Live);
  }
  if (const auto *Call = dyn_cast<CXXMemberCallExpr>(E))
    return checkSizeCall(Call, Live);
  if (const auto *Call = dyn_cast<CallExpr>(E))
    return checkFreeSizeCall(Call, Live);
  return fail(E, "the bound is not a variable, a constant, a size() call "
                 "or arithmetic on them");
}

const Expr *BoundChecker::checkVariable(const DeclRefExpr *Ref, bool Live) {
  if (isa<EnumConstantDecl>(Ref->getDecl()))
    return nullptr;
  // `template <int N>`: a constant of each instantiation, which the
  // template's text can name (`v.reserve(N)`).
  if (const auto *Param = dyn_cast<NonTypeTemplateParmDecl>(Ref->getDecl()))
    return !Param->getType()->isDependentType() &&
                   Param->getType()->isIntegralOrEnumerationType()
               ? nullptr
               : fail(Ref, "the bound names a template parameter of a "
                           "dependent type");
  const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
  if (!Var)
    return fail(Ref, "the bound names something that is not a variable");
  Named.insert(Var);
  if (Var == Vector)
    return fail(Ref, "the bound depends on the vector itself");
  if (Var == Counter)
    return fail(Ref, "the bound reads the loop counter");
  const SourceManager &SM = Ctx.getSourceManager();
  if (isWithin(Var->getLocation(), Loop, SM) && isa<ForStmt>(Loop) &&
      isWithin(Var->getLocation(), cast<ForStmt>(Loop)->getInit(), SM))
    return checkInitVariable(Ref, Var);
  if (isWithin(Var->getLocation(), Scope, SM))
    return fail(Ref, Loop == Scope
                         ? "the bound names a variable declared inside the "
                           "loop"
                         : "the count of a nested loop changes with the "
                           "outer loop");
  if (Var->getType().isConstQualified() && Var->hasInit() &&
      Var->getType()->isIntegralOrEnumerationType())
    return nullptr;
  if (!Var->hasLocalStorage())
    return fail(Ref, "the bound reads a global that any call may change");
  // A start value of a nested loop is read again at every outer iteration.
  if (Live || Loop != Scope)
    LiveReads.insert(Var);
  else
    StartReads.insert(Var);
  return nullptr;
}

const Expr *BoundChecker::checkInitVariable(const DeclRefExpr *Ref,
                                            const VarDecl *Var) {
  // C3: `n` in `for (int i = 0, n = c.size(); i < n; ++i)` is c.size() just
  // before the loop, provided n itself never changes.
  if (!Var->getInit() || !Var->getType()->isIntegerType())
    return fail(Ref, "the bound names a variable declared inside the loop");
  if (const Expr *Bad = check(Var->getInit(), /*Live=*/false))
    return Bad;
  Substituted[Var] = Var->getInit();
  LiveReads.insert(Var);
  return nullptr;
}

const Expr *BoundChecker::checkSizeCall(const CXXMemberCallExpr *Call,
                                        bool Live) {
  const CXXMethodDecl *Method = Call->getMethodDecl();
  if (!Method || Call->getNumArgs() != 0 || !Method->isConst() ||
      !Method->getDeclName().isIdentifier() ||
      (Method->getName() != "size" && Method->getName() != "length"))
    return fail(Call, "the bound calls a function other than size()");
  // p->size(), size() in a member function: the object p points to.
  const auto *Callee = dyn_cast<MemberExpr>(Call->getCallee()->IgnoreParens());
  if (Callee && Callee->isArrow()) {
    MemberRead Read;
    Read.Path = Call;
    Read.SizeOnly = true;
    Read.Live = Live || Loop != Scope;
    return checkPathRoot(Callee->getBase(), Read, Live, /*Pointer=*/true);
  }
  return checkSizeObject(Call->getImplicitObjectArgument(), Live);
}

const Expr *BoundChecker::checkSizeObject(const Expr *Object, bool Live) {
  Object = Object->IgnoreParenImpCasts();
  if (isa<MemberExpr>(Object) || isa<UnaryOperator>(Object))
    return checkMemberPath(Object, Live, /*SizeOnly=*/true);
  const auto *Ref = dyn_cast<DeclRefExpr>(Object);
  if (!Ref)
    return fail(Object, "the bound calls size() on something other than a "
                        "named variable or a member");
  if (const Expr *Bad = checkVariable(Ref, Live))
    return Bad;
  // M1: a container behind a reference may be changed through another.
  const auto *Var = cast<VarDecl>(Ref->getDecl());
  if (Var->getType()->isReferenceType()) {
    MemberRead Read;
    Read.Path = Ref;
    Read.Kind = MemberRead::Reference;
    Read.Root = Var;
    Read.Types.push_back(Var->getType().getNonReferenceType());
    Read.Live = Live || Loop != Scope;
    MemberReads.push_back(std::move(Read));
  }
  return nullptr;
}

const Expr *BoundChecker::checkFreeSizeCall(const CallExpr *Call, bool Live) {
  // std::size(c) and std::ssize(c) on a named variable.
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (Call->getNumArgs() != 1 ||
      (!isStdName(Callee, "size") && !isStdName(Callee, "ssize")))
    return fail(Call, "the bound calls a function other than size()");
  return checkSizeObject(Call->getArg(0), Live);
}

/// Whether \p Ref, the object of a call, keeps its container's size: an
/// element access (`c[i]`, `c.at(i)`, `c.front()`, `c.data()`, `c.begin()`,
/// ...) may write an element but never adds or removes one.
static bool keepsSize(const DeclRefExpr *Ref, const FunctionIndex &Fn) {
  if (const auto *Op = useOf(Ref, Fn.Parents).get<CXXOperatorCallExpr>()) {
    // A map's operator[] inserts the key it does not find.
    const CXXRecordDecl *Class =
        Ref->getType().getNonReferenceType()->getAsCXXRecordDecl();
    if (Class && !Class->lookup(&Fn.Ctx.Idents.get("key_type")).empty())
      return false;
    return Op->getOperator() == OO_Subscript && Op->getNumArgs() > 0 &&
           Op->getArg(0)->IgnoreImpCasts() == Ref;
  }
  return llvm::is_contained(
      {"at", "front", "back", "data", "begin", "end", "rbegin", "rend"},
      calledMethod(Ref, Fn.Parents));
}

/// The first statement in \p Region that may change what the bound reads of
/// \p Var. For a container the bound reads only its size: a use that writes
/// an element through `c[i]` or `c.at(i)` does not count.
static const Stmt *findSizeMutation(const VarDecl *Var, const Stmt *Region,
                                    const FunctionIndex &Fn) {
  if (!Var->getType().getNonReferenceType()->isRecordType())
    return Fn.Mutations.findMutation(Var, *Region);
  for (const DeclRefExpr *Ref : Fn.Uses.of(Var))
    if (Fn.Mutations.isInside(Ref, *Region))
      if (const Stmt *Mutation = Fn.Mutations.findMutation(Ref))
        if (!keepsSize(Ref, Fn))
          return Mutation;
  return nullptr;
}

const Stmt *BoundChecker::findMutation() {
  // Everything the count reads must hold still wherever the loop, or the
  // outer loop of its nest, runs.
  llvm::SmallVector<const Stmt *, 2> Regions = {loopBody(Scope)};
  if (const auto *For = dyn_cast<ForStmt>(Scope))
    if (For->getInc())
      Regions.push_back(For->getInc());
  for (const Stmt *Region : Regions) {
    for (const auto *Set : {&LiveReads, &StartReads}) {
      if (Set == &StartReads && Loop == Scope)
        continue;
      for (const VarDecl *Read : *Set)
        if (const Stmt *Mutation = findSizeMutation(Read, Region, Fn)) {
          Why = Region == loopBody(Scope)
                    ? "a variable of the bound is changed in the body"
                    : "a variable of the bound is changed in the increment";
          return Mutation;
        }
    }
    for (const MemberRead &Read : MemberReads)
      if (Read.Live)
        if (const Stmt *Change = findMemberChange(Read, Region))
          return Change;
  }
  return nullptr;
}

/// Collects the references to substituted variables inside \p S.
static void collectRefs(const Stmt *S, const Substitutions &Subst,
                        llvm::SmallVectorImpl<const DeclRefExpr *> &Out) {
  if (!S)
    return;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(S))
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
      if (Subst.count(Var))
        Out.push_back(Ref);
  for (const Stmt *Child : S->children())
    collectRefs(Child, Subst, Out);
}

std::optional<std::string> rewrittenText(const Expr *E,
                                         const Substitutions &Subst,
                                         const ASTContext &Ctx) {
  if (const VarDecl *Var = varOf(E))
    if (const Expr *Init = Subst.lookup(Var))
      return rewrittenText(Init, Subst, Ctx);
  std::optional<std::string> Text = sourceText(E, Ctx);
  if (!Text)
    return std::nullopt;
  llvm::SmallVector<const DeclRefExpr *, 2> Refs;
  collectRefs(E, Subst, Refs);
  if (Refs.empty())
    return Text;
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation Begin = SM.getFileLoc(E->getBeginLoc());
  // Replace from the last reference to the first, so offsets stay valid.
  llvm::sort(Refs, [&](const DeclRefExpr *A, const DeclRefExpr *B) {
    return SM.isBeforeInTranslationUnit(B->getBeginLoc(), A->getBeginLoc());
  });
  for (const DeclRefExpr *Ref : Refs) {
    SourceLocation At = Ref->getBeginLoc();
    if (At.isMacroID())
      return std::nullopt;
    unsigned Offset = SM.getFileOffset(At) - SM.getFileOffset(Begin);
    unsigned Length = Ref->getNameInfo().getAsString().size();
    std::optional<std::string> Init = rewrittenOperand(
        Subst.lookup(cast<VarDecl>(Ref->getDecl())), Subst, Ctx);
    if (!Init || Offset + Length > Text->size())
      return std::nullopt;
    Text->replace(Offset, Length, *Init);
  }
  return Text;
}

std::optional<std::string> rewrittenOperand(const Expr *E,
                                            const Substitutions &Subst,
                                            const ASTContext &Ctx) {
  if (const VarDecl *Var = varOf(E))
    if (const Expr *Init = Subst.lookup(Var))
      return rewrittenOperand(Init, Subst, Ctx);
  std::optional<std::string> Text = rewrittenText(E, Subst, Ctx);
  if (!Text)
    return std::nullopt;
  return asOperand(E, std::move(*Text));
}

} // namespace detail
} // namespace stacklift
