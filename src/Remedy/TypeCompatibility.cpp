//===- TypeCompatibility.cpp - Can a vector change its type? --------------===//

#include "stacklift/Remedy/TypeCompatibility.h"
#include "stacklift/Analysis/Index/LoopStructure.h"
#include "stacklift/Remedy/RemedyInputs.h"
#include "stacklift/Remedy/TypeSpellings.h"
#include "stacklift/Support/StdNames.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang;

namespace stacklift {

llvm::ArrayRef<llvm::StringRef> compatibleMembers() {
  static const llvm::StringRef Members[] = {
      "push_back", "emplace_back", "pop_back", "size",   "empty",  "clear",
      "begin",     "end",          "cbegin",   "cend",   "rbegin", "rend",
      "crbegin",   "crend",        "front",    "back",   "data",   "at",
      "resize",    "insert",       "erase",    "emplace"};
  return Members;
}

/// Free functions of namespace std that take any container.
static bool isGenericStdAccessor(const FunctionDecl *F) {
  if (!isInStd(F) || isa<CXXMethodDecl>(F) || !F->getDeclName().isIdentifier())
    return false;
  return llvm::is_contained({"begin", "end", "cbegin", "cend", "rbegin", "rend",
                             "size", "ssize", "empty", "data"},
                            F->getName());
}

/// The parent of \p E that is not a parenthesis or an implicit cast, and in
/// \p Child the outermost of those wrappers. Null when the parent is not a
/// statement (a declaration, a type).
static const Stmt *parentOf(const Expr *E, const ParentIndex &Parents,
                            const Expr *&Child) {
  Child = E;
  while (true) {
    llvm::ArrayRef<DynTypedNode> Up = Parents.parents(*Child);
    if (Up.size() != 1)
      return nullptr;
    const auto *Parent = Up[0].get<Stmt>();
    if (!Parent)
      return nullptr;
    if (isa<ParenExpr>(Parent) || isa<ImplicitCastExpr>(Parent)) {
      Child = cast<Expr>(Parent);
      continue;
    }
    return Parent;
  }
}

/// True when \p E initialises the hidden `auto &&__range = v;` of a
/// range-for: the loop only calls begin() and end().
static bool isRangeOfRangeFor(const Expr *E, const ParentIndex &Parents) {
  llvm::ArrayRef<DynTypedNode> Up = Parents.parents(*E);
  const auto *Range = Up.size() == 1 ? Up[0].get<VarDecl>() : nullptr;
  return Range && rangeForOf(Range, Parents);
}

/// Whether \p Member calls a member function that every new type has.
static bool callsCompatibleMember(const MemberExpr *Member) {
  const auto *Method = dyn_cast<CXXMethodDecl>(Member->getMemberDecl());
  return Method && Method->getDeclName().isIdentifier() &&
         llvm::is_contained(compatibleMembers(), Method->getName());
}

/// The local pointer that `&v` initialises, `auto *p = &v;`, when its type
/// is deduced (it follows the vector's) and every use of it only reads the
/// vector through it (`p->size()`, `p->front()`, `p->begin()`); null
/// otherwise. Not `p->push_back(x)`: the capacity bound counts the calls on
/// `v` itself. Whether the pointer escapes is the escape analysis's.
static const VarDecl *compatiblePointer(const UnaryOperator *AddressOf,
                                        const FunctionIndex &Fn) {
  if (AddressOf->getOpcode() != UO_AddrOf)
    return nullptr;
  llvm::ArrayRef<DynTypedNode> Up = Fn.Parents.parents(*AddressOf);
  if (Up.size() == 1 && Up[0].get<ImplicitCastExpr>())
    return nullptr; // Converted: the type is needed.
  const auto *Pointer = Up.size() == 1 ? Up[0].get<VarDecl>() : nullptr;
  if (!Pointer || !Pointer->isLocalVarDecl() || Pointer->isStaticLocal() ||
      Pointer->getInit() != AddressOf ||
      !Pointer->getType()->getContainedDeducedType())
    return nullptr;
  for (const DeclRefExpr *Use : Fn.Uses.of(Pointer)) {
    const MemberExpr *Member = memberUse(Use, Fn.Parents);
    const auto *Method =
        Member ? dyn_cast<CXXMethodDecl>(Member->getMemberDecl()) : nullptr;
    if (!Member || !Member->isArrow() || !Method ||
        !Method->getDeclName().isIdentifier() ||
        !llvm::is_contained({"size", "empty", "begin", "end", "cbegin", "cend",
                             "rbegin", "rend", "crbegin", "crend", "front",
                             "back", "data", "at", "capacity", "max_size"},
                            Method->getName()))
      return nullptr;
  }
  return Pointer;
}

/// Why the use \p Child, the vector under \p Parent, is incompatible when
/// \p Parent takes it by reference or address: empty for a lambda's
/// capture by reference (the closure refers to the new type, and the uses
/// in its body are checked on their own) and for compatiblePointer.
static std::string classifyReference(const Stmt *Parent, const Expr *Child,
                                     const FunctionIndex &Fn) {
  if (const auto *Lambda = dyn_cast<LambdaExpr>(Parent))
    if (llvm::is_contained(Lambda->capture_inits(), Child))
      return {};
  if (const auto *AddressOf = dyn_cast<UnaryOperator>(Parent))
    if (compatiblePointer(AddressOf, Fn))
      return {};
  if (isa<UnaryExprOrTypeTraitExpr>(Parent))
    return "measured with 'sizeof'";
  return "used in a way that needs its type";
}

/// Whether \p Call, a `<=>` call, is how C++20 rewrote a written `<`,
/// `<=`, `>` or `>=`: the nearest CXXRewrittenBinaryOperator above it (a
/// few expressions up: the comparison of the result with 0, temporaries,
/// casts) is one of those, and compares the call's two arguments.
static bool isRewrittenRelational(const CXXOperatorCallExpr *Call,
                                  const ParentIndex &Parents) {
  const Stmt *Node = Call;
  for (int Depth = 0; Depth < 6; ++Depth) {
    llvm::ArrayRef<DynTypedNode> Up = Parents.parents(*Node);
    if (Up.size() != 1 || !Up[0].get<Expr>())
      return false;
    Node = Up[0].get<Expr>();
    const auto *Rewritten = dyn_cast<CXXRewrittenBinaryOperator>(Node);
    if (!Rewritten)
      continue;
    if (!Rewritten->isComparisonOp() || Rewritten->getOpcode() == BO_Cmp)
      return false;
    const Expr *L = Rewritten->getLHS()->IgnoreParenImpCasts();
    const Expr *R = Rewritten->getRHS()->IgnoreParenImpCasts();
    const Expr *A = Call->getArg(0)->IgnoreParenImpCasts();
    const Expr *B = Call->getArg(1)->IgnoreParenImpCasts();
    return (L == A && R == B) || (L == B && R == A);
  }
  return false;
}

const VarDecl *comparedVector(const CXXOperatorCallExpr *Call,
                              const Expr *Operand, const ParentIndex &Parents) {
  if (Call->getNumArgs() != 2)
    return nullptr;
  switch (Call->getOperator()) {
  case OO_EqualEqual:
  case OO_ExclaimEqual:
  case OO_Less:
  case OO_LessEqual:
  case OO_Greater:
  case OO_GreaterEqual:
    break;
  case OO_Spaceship:
    // Written `a <=> b` is refused: not every fixed-capacity template has
    // it (boost::container::static_vector does not).
    if (isRewrittenRelational(Call, Parents))
      break;
    return nullptr;
  default:
    return nullptr;
  }
  const Expr *Other = nullptr;
  if (Call->getArg(0) == Operand)
    Other = Call->getArg(1);
  else if (Call->getArg(1) == Operand)
    Other = Call->getArg(0);
  const auto *Ref =
      Other ? dyn_cast<DeclRefExpr>(Other->IgnoreParenImpCasts()) : nullptr;
  return Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
}

/// Why the use \p Ref is incompatible, or empty when it is compatible. A
/// comparison with \p ComparedWith is compatible.
static std::string classify(const DeclRefExpr *Ref, const FunctionIndex &Fn,
                            const VarDecl *ComparedWith, const Stmt *&Witness) {
  const ParentIndex &Parents = Fn.Parents;
  const Expr *Child = nullptr;
  const Stmt *Parent = parentOf(Ref, Parents, Child);
  Witness = Parent ? Parent : Ref;
  if (!Parent)
    return isRangeOfRangeFor(Child, Parents)
               ? std::string()
               : "used where its type is spelled or deduced";
  if (const auto *Member = dyn_cast<MemberExpr>(Parent)) {
    if (callsCompatibleMember(Member))
      return {};
    return "used to call '" + Member->getMemberDecl()->getNameAsString() + "'";
  }
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Parent)) {
    if (Op->getOperator() == OO_Subscript && Op->getArg(0) == Child)
      return {};
    if (ComparedWith && comparedVector(Op, Child, Parents) == ComparedWith)
      return {};
    const Expr *Value =
        Op->getNumArgs() == 2 ? Op->getArg(1)->IgnoreImplicit() : nullptr;
    // `v = {}` or `v = {a, b}`: a braced list suits every new type.
    const auto *Temporary = dyn_cast_or_null<CXXConstructExpr>(Value);
    if (Op->getOperator() == OO_Equal && Op->getArg(0) == Child && Value &&
        (isa<InitListExpr>(Value) || isa<CXXStdInitializerListExpr>(Value) ||
         (Temporary && Temporary->isListInitialization())))
      return {};
    return "used with 'operator" +
           std::string(getOperatorSpelling(Op->getOperator())) + "'";
  }
  if (const auto *Range = dyn_cast<CXXForRangeStmt>(Parent))
    if (Range->getRangeInit() == Child)
      return {};
  // The range-for's hidden `auto &&__range = v;` is a use through a
  // DeclStmt the parent map shows as the statement.
  if (isa<DeclStmt>(Parent))
    for (const auto &P : Parents.parents(*Parent))
      if (const auto *Range = P.get<CXXForRangeStmt>())
        if (Range->getRangeStmt() == Parent)
          return {};
  if (const auto *Call = dyn_cast<CallExpr>(Parent)) {
    if (isGenericStdAccessor(Call->getDirectCallee()))
      return {};
    const FunctionDecl *Callee = Call->getDirectCallee();
    return "passed to '" +
           (Callee ? Callee->getQualifiedNameAsString() : "a function") + "'";
  }
  if (isa<CXXConstructExpr>(Parent)) {
    // A lambda's capture by copy: the closure holds a copy of the new type,
    // and the uses in its body are checked on their own.
    llvm::ArrayRef<DynTypedNode> Outer = Parents.parents(*Parent);
    if (Outer.size() == 1 && Outer[0].get<LambdaExpr>())
      return {};
    return "copied or moved into another object";
  }
  return classifyReference(Parent, Child, Fn);
}

/// The return statement that returns \p Ref, a use of \p Var, as
/// returnsOfItself describes, or null.
static const ReturnStmt *returnOfItself(const DeclRefExpr *Ref,
                                        const VarDecl *Var,
                                        const FunctionIndex &Fn) {
  const Stmt *Child = Ref;
  while (true) {
    llvm::ArrayRef<DynTypedNode> Up = Fn.Parents.parents(*Child);
    const Stmt *Parent = Up.size() == 1 ? Up[0].get<Stmt>() : nullptr;
    if (!Parent)
      return nullptr;
    if (isa<ParenExpr>(Parent) || isa<ExprWithCleanups>(Parent) ||
        (isa<ImplicitCastExpr>(Parent) &&
         cast<ImplicitCastExpr>(Parent)->getCastKind() == CK_NoOp)) {
      Child = Parent;
      continue;
    }
    // The copy or move into the result, when it is not elided.
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(Parent)) {
      const CXXConstructorDecl *Ctor = Construct->getConstructor();
      if (Construct->getNumArgs() != 1 || !Ctor ||
          !Ctor->isCopyOrMoveConstructor() ||
          !Fn.Ctx.hasSameType(Construct->getType(), Var->getType()))
        return nullptr;
      Child = Parent;
      continue;
    }
    const auto *Ret = dyn_cast<ReturnStmt>(Parent);
    if (!Ret || enclosingFunction(Ret, Fn.Parents) != &Fn.Function ||
        !Fn.Ctx.hasSameType(Fn.Function.getReturnType(),
                            Var->getType().getUnqualifiedType()))
      return nullptr;
    return Ret;
  }
}

std::vector<const ReturnStmt *> returnsOfItself(const VarDecl *Var,
                                                const FunctionIndex &Fn) {
  std::vector<const ReturnStmt *> Returns;
  if (Var->getType()->isReferenceType() || !Var->isLocalVarDecl() ||
      Var->isStaticLocal())
    return Returns;
  for (const DeclRefExpr *Ref : Fn.Uses.of(Var))
    if (const ReturnStmt *Ret = returnOfItself(Ref, Var, Fn))
      Returns.push_back(Ret);
  return Returns;
}

/// Whether the elements of \p Var, a vector (not a reference to one), may
/// not be moved (a move constructor written `= delete`): the new types move
/// elements where the vector copied them.
static bool elementsCannotMove(const VarDecl *Var) {
  if (Var->getType()->isReferenceType())
    return false;
  QualType Type = elementType(Var);
  const CXXRecordDecl *Element =
      Type.isNull() ? nullptr : Type->getAsCXXRecordDecl();
  return Element && Element->hasDefinition() &&
         llvm::any_of(Element->ctors(), [](const CXXConstructorDecl *Ctor) {
           return Ctor->isMoveConstructor() && Ctor->isDeleted();
         });
}

CompatibilityResult
checkTypeChange(const VarDecl *Var, const FunctionIndex &Fn,
                const VarDecl *ComparedWith,
                llvm::ArrayRef<const ReturnStmt *> Returned) {
  CompatibilityResult Result;
  // The new types are not literal types: a constexpr function cannot
  // declare one (before C++23), nor use one in a constant evaluation.
  if (Fn.Function.isConstexprSpecified() || Fn.Function.isConsteval()) {
    Result.Witness = Fn.body();
    Result.Why = "declared in a constexpr function";
    return Result;
  }
  if (elementsCannotMove(Var)) {
    Result.Witness = Fn.body();
    Result.Why = "a vector of elements that cannot be moved";
    return Result;
  }
  if (const Expr *Init = Var->getInit()) {
    const auto *Construct = dyn_cast<CXXConstructExpr>(Init->IgnoreImplicit());
    if (!Construct || Construct->getNumArgs() != 0) {
      Result.Witness = Init;
      Result.Why = "initialised with elements";
      return Result;
    }
  }
  const SourceManager &SM = Fn.Ctx.getSourceManager();
  for (const DeclRefExpr *Ref : Fn.Uses.of(Var)) {
    if (!Returned.empty() &&
        llvm::is_contained(Returned, returnOfItself(Ref, Var, Fn)))
      continue;
    const Stmt *Witness = nullptr;
    std::string Why = classify(Ref, Fn, ComparedWith, Witness);
    if (Why.empty())
      continue;
    if (Result.compatible() ||
        SM.isBeforeInTranslationUnit(Witness->getBeginLoc(),
                                     Result.Witness->getBeginLoc())) {
      Result.Witness = Witness;
      Result.Why = std::move(Why);
    }
  }
  // The values the uses make carry the type further: a written
  // `std::vector<int>::iterator it = v.begin();` pins it too.
  if (Result.compatible())
    return checkTypeSpellings(Var, Fn);
  return Result;
}

const VarDecl *comparisonPartner(const VarDecl *Var, const FunctionIndex &Fn) {
  QualType Type = Var->getType();
  if (Type.isConstQualified() || Type->isReferenceType())
    return nullptr;
  for (const DeclRefExpr *Ref : Fn.Uses.of(Var)) {
    const Expr *Child = nullptr;
    const auto *Op =
        dyn_cast_or_null<CXXOperatorCallExpr>(parentOf(Ref, Fn.Parents, Child));
    const VarDecl *Other = Op ? comparedVector(Op, Child, Fn.Parents) : nullptr;
    if (!Other)
      continue;
    // The first vector Var is compared with decides: a comparison with any
    // other one stays incompatible.
    if (Other == Var || isa<ParmVarDecl>(Other) || !Other->isLocalVarDecl() ||
        Other->isStaticLocal() || Other->getType().isConstQualified() ||
        !Fn.Ctx.hasSameType(Other->getType(), Type) ||
        Other->getDeclContext() != Var->getDeclContext())
      return nullptr;
    return Other;
  }
  return nullptr;
}

} // namespace stacklift
