//===- TripCountMembers.cpp - Bounds that read members (rule M1) ----------===//
//
// Rule M1 of docs/design/TripCount.md: a bound or range that reads a data
// member, `keys_.size()`, `width_`, `opts.threads`, `img.w * img.h`,
// `p->n`, `*items`, is trusted when nothing in the loop can change what it
// reads: not through the path's root (the variable, or `this`), not
// through a member of the object the root points to, and not through
// another reference, pointer or global of a type that may alias it.
//
//===----------------------------------------------------------------------===//

#include "TripCountImpl.h"
#include "stacklift/Analysis/Index/LoopStructure.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/SetVector.h"

using namespace clang;

namespace stacklift {
namespace detail {

static QualType plain(QualType T) {
  return T.getNonReferenceType().getCanonicalType().getUnqualifiedType();
}

static QualType pointeeOf(QualType T) {
  if (const auto *Ptr = T->getAs<PointerType>())
    return Ptr->getPointeeType();
  return T;
}

const Expr *BoundChecker::checkMemberPath(const Expr *E, bool Live,
                                          bool SizeOnly) {
  MemberRead Read;
  Read.Path = E;
  Read.SizeOnly = SizeOnly;
  Read.Live = Live || Loop != Scope;
  const Expr *Cur = E->IgnoreParenImpCasts();
  while (const auto *Member = dyn_cast<MemberExpr>(Cur)) {
    const ValueDecl *D = Member->getMemberDecl();
    if (const auto *Static = dyn_cast<VarDecl>(D)) {
      // `obj.kSize`: a static member, a variable of its own.
      if (Cur == E->IgnoreParenImpCasts() &&
          Static->getType().isConstQualified() && Static->hasInit() &&
          Static->getType()->isIntegralOrEnumerationType() &&
          !Member->getBase()->HasSideEffects(Ctx))
        return nullptr;
      return fail(Member, "the bound reads a global that any call may change");
    }
    const auto *Field = dyn_cast<FieldDecl>(D);
    if (!Field)
      return fail(Member, "the bound names a member that is not a data "
                          "member");
    if (Field->isMutable())
      return fail(Member, "the bound reads a mutable member, which a const "
                          "member function may change");
    if (Field->getType()->isReferenceType())
      return fail(Member, "the bound reads through a reference member");
    if (Field->getParent()->isUnion())
      return fail(Member, "the bound reads a member of a union");
    // Element accesses keep the size of the container read, when it is
    // the root's own field: `keys_[i]`, not `a[i]` for `a.b.size()`.
    if (Read.First)
      Read.SizeOnly = false;
    Read.First = Field;
    Read.Types.push_back(plain(Field->getType()));
    if (Member->isArrow())
      return checkPathRoot(Member->getBase(), Read, Live, /*Pointer=*/true);
    Cur = Member->getBase()->IgnoreParenImpCasts();
  }
  if (const auto *Deref = dyn_cast<UnaryOperator>(Cur))
    if (Deref->getOpcode() == UO_Deref)
      return checkPathRoot(Deref->getSubExpr(), Read, Live, /*Pointer=*/true);
  return checkPathRoot(Cur, Read, Live, /*Pointer=*/false);
}

const Expr *BoundChecker::checkPathRoot(const Expr *Base, MemberRead &Read,
                                        bool Live, bool Pointer) {
  Base = Base->IgnoreParenImpCasts();
  Read.Frozen = Read.First && Read.First->getType().isConstQualified();
  if (Pointer && isa<CXXThisExpr>(Base)) {
    Read.Kind = MemberRead::This;
    Read.Types.push_back(plain(pointeeOf(Base->getType())));
    MemberReads.push_back(std::move(Read));
    return nullptr;
  }
  const auto *Ref = dyn_cast<DeclRefExpr>(Base);
  if (!Ref || !isa<VarDecl>(Ref->getDecl()))
    return fail(Base, Pointer ? "the bound reads through a pointer that is "
                                "not a variable or this"
                              : "the bound reads a member of something "
                                "other than a variable");
  if (const Expr *Bad = checkVariable(Ref, Live))
    return Bad;
  Read.Root = cast<VarDecl>(Ref->getDecl());
  QualType Type = Read.Root->getType();
  Read.Kind = Pointer                   ? MemberRead::Pointer
              : Type->isReferenceType() ? MemberRead::Reference
                                        : MemberRead::Object;
  Read.Types.push_back(plain(Pointer ? pointeeOf(Type) : Type));
  MemberReads.push_back(std::move(Read));
  return nullptr;
}

/// True when \p Outer holds an object of type \p Inner: as a base or a
/// field, a few levels deep.
static bool holds(QualType Outer, QualType Inner, unsigned Depth = 3) {
  if (plain(Outer) == plain(Inner))
    return true;
  const CXXRecordDecl *Class = plain(Outer)->getAsCXXRecordDecl();
  if (!Class || !Class->hasDefinition() || Depth == 0)
    return false;
  for (const CXXBaseSpecifier &Base : Class->bases())
    if (holds(Base.getType(), Inner, Depth - 1))
      return true;
  for (const FieldDecl *Field : Class->fields())
    if (!Field->getType()->isReferenceType() &&
        !Field->getType()->isPointerType() &&
        holds(Field->getType(), Inner, Depth - 1))
      return true;
  return false;
}

/// True when an object of type \p Type may overlap one that \p Read reads:
/// the same type, or one that holds the other.
static bool mayOverlap(QualType Type, const MemberRead &Read) {
  return llvm::any_of(Read.Types, [&](QualType Read) {
    return holds(Type, Read) || holds(Read, Type);
  });
}

/// The expressions in \p S that name a variable or `this`, lambdas
/// included.
static void collectNames(const Stmt *S,
                         llvm::SmallVectorImpl<const Expr *> &Out) {
  if (!S)
    return;
  if (isa<DeclRefExpr>(S) || isa<CXXThisExpr>(S))
    Out.push_back(cast<Expr>(S));
  for (const Stmt *Child : S->children())
    collectNames(Child, Out);
}

namespace {
/// Finds the changes made through a pointer value (`this`, a pointer
/// variable read): to a field through `->`, to the object through `*`, by a
/// non-const member call, or by the pointer escaping.
struct PointerUses {
  const FunctionIndex &Fn;
  /// The field a change must touch to count; null for any.
  const FieldDecl *Field;
  std::string &Why;
  /// Only the size of the field, a container, matters.
  bool SizeOnly = false;

  const Expr *parentExpr(const Expr *E) const {
    llvm::ArrayRef<DynTypedNode> Up = Fn.Parents.parents(*E);
    return Up.size() == 1 ? Up.front().get<Expr>() : nullptr;
  }

  /// \p Value is the pointer as a prvalue.
  const Stmt *changeThrough(const Expr *Value) const {
    const Expr *Use = parentExpr(Value);
    while (const auto *Cast = dyn_cast_or_null<ImplicitCastExpr>(Use)) {
      if (Cast->getCastKind() == CK_PointerToBoolean)
        return nullptr;
      Use = parentExpr(Cast);
    }
    if (!Use)
      return escapes(Value);
    if (const auto *Member = dyn_cast<MemberExpr>(Use)) {
      if (const auto *F = dyn_cast<FieldDecl>(Member->getMemberDecl())) {
        if (Field && F != Field)
          return nullptr;
        if (SizeOnly && keepsSize(Member))
          return nullptr;
        return changed(Member);
      }
      const auto *Method = dyn_cast<CXXMethodDecl>(Member->getMemberDecl());
      if (!Field && SizeOnly && isElementAccess(Method))
        return nullptr;
      if (Method && !Method->isConst() && !Method->isStatic()) {
        Why = "the body calls a non-const member function of the object the "
              "bound reads";
        const Expr *Call = parentExpr(Member);
        return Call ? Call : Member;
      }
      return nullptr;
    }
    if (const auto *Un = dyn_cast<UnaryOperator>(Use))
      if (Un->getOpcode() == UO_Deref)
        return !Field && SizeOnly && keepsSize(Un) ? nullptr : changed(Un);
    if (const auto *Bin = dyn_cast<BinaryOperator>(Use))
      if (Bin->isComparisonOp())
        return nullptr;
    return escapes(Value);
  }

  /// \p Object, a container, is the object of an element access:
  /// `c[i]`, `c.at(i)`, `c.front()`, `c.data()`, `c.begin()`, ... which
  /// may write an element but never adds or removes one.
  bool keepsSize(const Expr *Object) const {
    const Expr *Use = parentExpr(Object);
    while (isa_and_nonnull<ParenExpr>(Use)) {
      Object = Use;
      Use = parentExpr(Use);
    }
    if (const auto *Op = dyn_cast_or_null<CXXOperatorCallExpr>(Use)) {
      // A map's operator[] inserts the key it does not find.
      const CXXRecordDecl *Class = Object->getType()->getAsCXXRecordDecl();
      if (Class && !Class->lookup(&Fn.Ctx.Idents.get("key_type")).empty())
        return false;
      return Op->getOperator() == OO_Subscript && Op->getNumArgs() > 0 &&
             Op->getArg(0) == Object;
    }
    const auto *Member = dyn_cast_or_null<MemberExpr>(Use);
    return Member &&
           isElementAccess(dyn_cast<CXXMethodDecl>(Member->getMemberDecl()));
  }

  static bool isElementAccess(const CXXMethodDecl *Method) {
    return Method && Method->getDeclName().isIdentifier() &&
           llvm::is_contained({"at", "front", "back", "data", "begin", "end",
                               "rbegin", "rend"},
                              Method->getName());
  }

  const Stmt *changed(const Expr *Object) const {
    const Stmt *Change = Fn.Mutations.findChangeOf(Object);
    if (Change)
      Why = "a member the bound reads is changed in the body";
    return Change;
  }

  const Stmt *escapes(const Expr *Value) const {
    if (pointeeOf(Value->getType()).isConstQualified())
      return nullptr;
    Why = "a pointer to the object the bound reads escapes in the body";
    return Value;
  }
};
} // namespace

/// The pointer values of \p Names that point to the object: `this`, or a
/// read of \p Root.
static void pointerValues(llvm::ArrayRef<const Expr *> Names,
                          const VarDecl *Root, const FunctionIndex &Fn,
                          llvm::SmallVectorImpl<const Expr *> &Out) {
  for (const Expr *Name : Names) {
    if (!Root) {
      if (isa<CXXThisExpr>(Name))
        Out.push_back(Name);
      continue;
    }
    const auto *Ref = dyn_cast<DeclRefExpr>(Name);
    if (!Ref || Ref->getDecl() != Root)
      continue;
    llvm::ArrayRef<DynTypedNode> Up = Fn.Parents.parents(*Ref);
    const auto *Read =
        Up.size() == 1 ? Up.front().get<ImplicitCastExpr>() : nullptr;
    if (Read && Read->getCastKind() == CK_LValueToRValue)
      Out.push_back(Read);
  }
}

/// The names used in \p Region and in the function's lambdas, which the
/// loop may call.
static llvm::SmallVector<const Expr *, 16>
namesReaching(const Stmt *Region, const FunctionIndex &Fn) {
  llvm::SmallVector<const Expr *, 16> Names, All;
  collectNames(Region, Names);
  collectNames(Fn.body(), All);
  for (const Expr *Name : All)
    if (!Fn.Mutations.isInside(Name, *Region) &&
        enclosingClosure(Name, Fn.Parents))
      Names.push_back(Name);
  return Names;
}

const Stmt *BoundChecker::findMemberChange(const MemberRead &Read,
                                           const Stmt *Region) {
  if (Read.Frozen)
    return nullptr;
  if (Read.Kind != MemberRead::Pointer && Read.Kind != MemberRead::This &&
      Read.First)
    if (const Stmt *Change = Fn.Mutations.findMutation(Read.Root, *Region)) {
      Why = "a member the bound reads is changed in the body";
      return Change;
    }
  if (Read.Kind == MemberRead::Object)
    return nullptr;
  llvm::SmallVector<const Expr *, 16> Names = namesReaching(Region, Fn);
  PointerUses Uses{Fn, Read.First, Why, Read.SizeOnly};
  if (Read.Kind == MemberRead::Pointer || Read.Kind == MemberRead::This) {
    llvm::SmallVector<const Expr *, 8> Values;
    pointerValues(Names, Read.Root, Fn, Values);
    for (const Expr *Value : Values)
      if (const Stmt *Change = Uses.changeThrough(Value))
        return Change;
  }
  return findAliasChange(Read, Region, Names);
}

const Stmt *BoundChecker::findAliasChange(const MemberRead &Read,
                                          const Stmt *Region,
                                          llvm::ArrayRef<const Expr *> Names) {
  // Another reference, pointer or global that may be the same object.
  std::string Unused;
  PointerUses AnyChange{Fn, nullptr, Unused};
  llvm::SetVector<const VarDecl *> Others;
  bool ThisUsed = false;
  for (const Expr *Name : Names) {
    if (isa<CXXThisExpr>(Name))
      ThisUsed = true;
    else if (const auto *Var =
                 dyn_cast<VarDecl>(cast<DeclRefExpr>(Name)->getDecl()))
      if (Var != Read.Root)
        Others.insert(Var);
  }
  // A parameter or `this` is bound before the function starts: it cannot
  // be a local object. A local reference or pointer may be, unless the
  // object is declared in the loop.
  bool RootBoundOutside = !Read.Root || isa<ParmVarDecl>(Read.Root);
  const SourceManager &SM = Ctx.getSourceManager();
  const Stmt *Change = nullptr;
  for (const VarDecl *Var : Others) {
    if (Var == Counter || (Var == Vector && RootBoundOutside) ||
        isWithin(Var->getLocation(), Scope, SM))
      continue;
    QualType Type = Var->getType();
    if (Type->isPointerType()) {
      if (pointeeOf(Type).isConstQualified() ||
          !mayOverlap(pointeeOf(Type), Read))
        continue;
      llvm::SmallVector<const Expr *, 8> Values;
      pointerValues(Names, Var, Fn, Values);
      for (const Expr *Value : Values)
        if ((Change = AnyChange.changeThrough(Value)))
          break;
    } else if (!Type.getNonReferenceType().isConstQualified() &&
               mayOverlap(Type, Read) &&
               (Type->isReferenceType() || !Var->hasLocalStorage() ||
                !RootBoundOutside)) {
      Change = Fn.Mutations.findMutation(Var, *Region);
    }
    if (Change)
      break;
  }
  // *this, in a member function of a type that may be the object.
  const auto *Method = dyn_cast<CXXMethodDecl>(&Fn.Function);
  if (!Change && ThisUsed && Read.Kind != MemberRead::This && Method &&
      Method->isInstance() &&
      mayOverlap(Method->getThisType()->getPointeeType(), Read)) {
    llvm::SmallVector<const Expr *, 8> Values;
    pointerValues(Names, nullptr, Fn, Values);
    for (const Expr *Value : Values)
      if ((Change = AnyChange.changeThrough(Value)))
        break;
  }
  if (Change)
    Why = "the body changes an object that may be the one the bound reads, "
          "through another reference, pointer or global";
  return Change;
}

const Stmt *aliasChangeIn(const VarDecl *Root, const Stmt *Region,
                          const VarDecl *Vector, const FunctionIndex &Fn) {
  BoundChecker Checker(Region, Region, Vector, Fn);
  MemberRead Read;
  Read.Kind = MemberRead::Reference;
  Read.Root = Root;
  Read.Types.push_back(plain(Root->getType()));
  return Checker.findAliasChange(Read, Region, namesReaching(Region, Fn));
}

} // namespace detail
} // namespace stacklift
