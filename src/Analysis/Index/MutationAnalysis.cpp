//===- MutationAnalysis.cpp - Does a region change a variable? ------------===//

#include "stacklift/Analysis/Index/MutationAnalysis.h"
#include "stacklift/Analysis/Index/LoopStructure.h"
#include "stacklift/Support/CallArgs.h"
#include "stacklift/Support/StdNames.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/AST/TypeLoc.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang;

namespace stacklift {

namespace {

/// True when binding a glvalue to something of type \p T cannot change it:
/// a reference to const, or a value (a copy).
bool bindsWithoutChange(QualType T) {
  if (const auto *Ref = T->getAs<ReferenceType>())
    return Ref->getPointeeType().isConstQualified();
  return true;
}

/// True when parameter \p Index of \p Callee, an instantiation, is declared
/// as a forwarding reference (`U &&` for a template parameter `U` of the
/// function template itself), alone or as a pack (`Args &&...`).
bool isForwardingReference(const FunctionDecl *Callee, unsigned Index) {
  const FunctionDecl *Pattern = Callee->getTemplateInstantiationPattern();
  const FunctionTemplateDecl *Template =
      Pattern ? Pattern->getDescribedFunctionTemplate() : nullptr;
  if (!Template)
    return false;
  const ParmVarDecl *Param = nullptr;
  for (unsigned I = 0, N = Pattern->getNumParams(); I != N && !Param; ++I)
    if (I == Index || Pattern->getParamDecl(I)->isParameterPack())
      Param = Pattern->getParamDecl(I);
  if (!Param)
    return false;
  QualType T = Param->getType();
  if (const auto *Pack = T->getAs<PackExpansionType>())
    T = Pack->getPattern();
  const auto *RValue = T->getAs<RValueReferenceType>();
  if (!RValue || RValue->getPointeeType().hasQualifiers())
    return false;
  // A parameter of the function template itself, by depth and index: the
  // type may be canonical, without the parameter's declaration (clang 19
  // gives one for a member template of a class template specialization).
  const auto *Parm = RValue->getPointeeType()->getAs<TemplateTypeParmType>();
  const TemplateParameterList *Own = Template->getTemplateParameters();
  return Parm && Parm->getDepth() == Own->getDepth() &&
         Parm->getIndex() < Own->size();
}

/// True for a type that a copy of a scalar lvalue builds without keeping a
/// way back to it: a scalar that is not a pointer, not a reference.
bool isPlainScalar(QualType T) {
  return !T.isNull() && T->isScalarType() && !T->isPointerType() &&
         !T->isMemberPointerType();
}

/// The type argument \p Index of the class template specialization \p RD,
/// looking into a trailing pack (std::tuple<int, int>); null when none.
QualType templateTypeArgument(const CXXRecordDecl *RD, unsigned Index) {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(RD);
  if (!Spec)
    return {};
  llvm::SmallVector<TemplateArgument, 4> Flat;
  for (const TemplateArgument &Arg : Spec->getTemplateArgs().asArray()) {
    if (Arg.getKind() == TemplateArgument::Pack)
      llvm::append_range(Flat, Arg.pack_elements());
    else
      Flat.push_back(Arg);
  }
  if (Index >= Flat.size() || Flat[Index].getKind() != TemplateArgument::Type)
    return {};
  return Flat[Index].getAsType();
}

/// Whether parameter type \p T can bind an lvalue and change it: a reference
/// to non-const, or a forwarding reference `U &&`.
bool mayChangeLValue(QualType T) {
  if (const auto *RValue = T->getAs<RValueReferenceType>())
    return RValue->getPointeeType()->getAs<TemplateTypeParmType>() &&
           !RValue->getPointeeType().hasQualifiers();
  return !bindsWithoutChange(T);
}

/// Whether constructing a \p Target from an lvalue in position \p Index of
/// its arguments (forwarded to it as an lvalue reference) only copies it:
/// a plain scalar; a std::pair, std::tuple or std::optional whose element
/// there is a plain scalar; a class none of whose constructors (templates
/// included) takes that position by reference to non-const or by
/// forwarding reference, and that inherits no constructors; an aggregate
/// (C++20 parenthesised initialisation) whose member there is not a
/// reference.
bool recordConstructionCopies(const CXXRecordDecl *RD, unsigned Index) {
  if (!RD || !RD->hasDefinition())
    return false;
  RD = RD->getDefinition();
  if (isStdName(RD, "pair") || isStdName(RD, "tuple"))
    return isPlainScalar(templateTypeArgument(RD, Index));
  if (isStdName(RD, "optional"))
    return Index == 0 && isPlainScalar(templateTypeArgument(RD, 0));
  if (RD->isAggregate()) {
    if (RD->getNumBases() != 0)
      return false; // The first arguments initialise the bases.
    unsigned I = 0;
    for (const FieldDecl *Field : RD->fields())
      if (I++ == Index)
        return !Field->getType()->isReferenceType();
    return true;
  }
  for (const Decl *D : RD->decls()) {
    if (isa<UsingDecl, ConstructorUsingShadowDecl>(D))
      return false; // Inherited constructors.
    const auto *Ctor = dyn_cast<CXXConstructorDecl>(D);
    if (const auto *Template = dyn_cast<FunctionTemplateDecl>(D))
      Ctor = dyn_cast<CXXConstructorDecl>(Template->getTemplatedDecl());
    if (!Ctor)
      continue;
    for (unsigned I = 0, N = Ctor->getNumParams(); I != N; ++I) {
      const ParmVarDecl *Param = Ctor->getParamDecl(I);
      if ((I == Index || Param->isParameterPack()) &&
          mayChangeLValue(Param->getType().getNonPackExpansionType()))
        return false;
    }
  }
  return true;
}

bool constructionCopies(QualType Target, unsigned Index) {
  if (isPlainScalar(Target))
    return true;
  return !Target.isNull() &&
         recordConstructionCopies(Target->getAsCXXRecordDecl(), Index);
}

/// True when a scalar lvalue passed to parameter \p Index of \p Callee, a
/// forwarding reference of namespace std, is only copied: into the pair or
/// tuple of ints built by `v.push_back({i, x})`, into the element
/// `v.emplace_back(i, x)` constructs (see constructionCopies),
/// `std::make_unique<T>(i)`, `std::make_pair(i, x)`. Anything else
/// (reference_wrapper, call_once, invoke, an element type whose
/// constructor takes a reference, ...) may keep or change the argument.
bool copiesFromLValue(const FunctionDecl *Callee, unsigned Index) {
  if (!isInStd(Callee) || !isForwardingReference(Callee, Index))
    return false;
  const auto *Method = dyn_cast<CXXMethodDecl>(Callee);
  const CXXRecordDecl *Class = Method ? Method->getParent() : nullptr;
  if (isa<CXXConstructorDecl>(Callee))
    return Class && Class->getDeclName().isIdentifier() &&
           llvm::is_contained({"pair", "tuple", "optional"},
                              Class->getName()) &&
           recordConstructionCopies(Class, Index);
  if (!Callee->getDeclName().isIdentifier())
    return false;
  llvm::StringRef Name = Callee->getName();
  if (Method &&
      llvm::is_contained({"emplace_back", "emplace_front", "emplace"}, Name))
    // Sequence containers and optional: the element is the first template
    // argument, built from all the arguments (not a map's emplace, which
    // builds a pair in its own ways).
    return Class->lookup(&Callee->getASTContext().Idents.get("key_type"))
               .empty() &&
           constructionCopies(templateTypeArgument(Class, 0), Index);
  if (!Method &&
      llvm::is_contained({"make_unique", "make_shared", "make_optional"}, Name))
    if (const TemplateArgumentList *Args =
            Callee->getTemplateSpecializationArgs())
      return Args->size() > 0 &&
             Args->get(0).getKind() == TemplateArgument::Type &&
             constructionCopies(Args->get(0).getAsType(), Index);
  if (!Method && llvm::is_contained({"make_pair", "make_tuple"}, Name))
    // The result holds decayed copies; a scalar lvalue is copied.
    return Index < Callee->getNumParams() &&
           isPlainScalar(
               Callee->getParamDecl(Index)->getType().getNonReferenceType());
  return false;
}

/// True for std::move and std::forward: the result names the argument.
bool isIdentityCast(const CallExpr *Call) {
  const FunctionDecl *F = Call->getDirectCallee();
  return Call->getNumArgs() == 1 &&
         (isStdName(F, "move") || isStdName(F, "forward"));
}

/// True for a call of the customisation-point object `std::views::iota`
/// (`std::ranges::views::iota`), whose view holds decayed copies of its
/// arguments. The object's class is the library's own (`_Iota` in libstdc++,
/// `__iota::__fn` in libc++): the object is recognised by its name.
bool callsIotaObject(const CXXOperatorCallExpr *Op) {
  if (Op->getOperator() != OO_Call || Op->getNumArgs() == 0)
    return false;
  const auto *Object = dyn_cast<DeclRefExpr>(Op->getArg(0)->IgnoreImpCasts());
  const auto *Var = Object ? dyn_cast<VarDecl>(Object->getDecl()) : nullptr;
  return Var && Var->getDeclName().isIdentifier() && Var->getName() == "iota" &&
         isInStd(Var);
}

/// Whether passing \p Arg to \p Call can change what it names.
bool argumentChanges(const CallExpr *Call, const Expr *Arg) {
  unsigned Index = 0;
  while (Index < Call->getNumArgs() && Call->getArg(Index) != Arg)
    ++Index;
  if (Index == Call->getNumArgs())
    return true; // The callee itself: calling through a function reference.
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call))
    if (const auto *Method =
            dyn_cast_or_null<CXXMethodDecl>(Op->getDirectCallee())) {
      if (Index == 0)
        return !Method->isConst() && !Method->isStatic();
      --Index;
      if (callsIotaObject(Op) && Index < Method->getNumParams() &&
          isPlainScalar(
              Method->getParamDecl(Index)->getType().getNonReferenceType()))
        return false;
    }
  QualType Param = parameterType(Call, Index);
  if (!Param.isNull() && Param->isLValueReferenceType() &&
      copiesFromLValue(Call->getDirectCallee(), Index))
    return false;
  return Param.isNull() || !bindsWithoutChange(Param);
}

/// Whether constructing with \p Arg can change what it names.
bool constructorArgumentChanges(const CXXConstructExpr *Construct,
                                const Expr *Arg) {
  const CXXConstructorDecl *Ctor = Construct->getConstructor();
  for (unsigned I = 0, E = Construct->getNumArgs(); I != E; ++I) {
    if (Construct->getArg(I) != Arg)
      continue;
    if (I >= Ctor->getNumParams())
      return true;
    QualType Param = Ctor->getParamDecl(I)->getType();
    if (Param->isLValueReferenceType() && copiesFromLValue(Ctor, I))
      return false;
    return !bindsWithoutChange(Param);
  }
  return true;
}

/// The one node that uses an expression with parents \p Up, or std::nullopt.
/// A braced list has two forms, as written and as initialised, that share
/// their operands: `Cell{i, 1}` initialises its first field with the
/// conversion of `i`, and the list as written holds `i` itself, so `i` has
/// two parents, the list and the conversion in it. The conversion is the
/// use; the list is not a use of its own.
std::optional<DynTypedNode> soleUse(llvm::ArrayRef<DynTypedNode> Up,
                                    const ParentIndex &Parents) {
  // Whether Node is, or is inside the implicit nodes of, an initialiser of
  // List's form as initialised.
  auto InitialisesPartOf = [&](const DynTypedNode &Node,
                               const InitListExpr &List) {
    const InitListExpr *Semantic =
        List.getSemanticForm() ? List.getSemanticForm() : &List;
    const Expr *E = Node.get<Expr>();
    for (unsigned Steps = 0; E && Steps != 4; ++Steps) {
      if (llvm::is_contained(Semantic->inits(), E))
        return true;
      llvm::ArrayRef<DynTypedNode> Above = Parents.parents(*E);
      E = Above.size() == 1 ? Above.front().get<Expr>() : nullptr;
      if (E && !isa<ImplicitCastExpr, MaterializeTemporaryExpr,
                    CXXBindTemporaryExpr, CXXConstructExpr>(E))
        return false;
    }
    return false;
  };
  std::optional<DynTypedNode> Sole;
  for (const DynTypedNode &Node : Up) {
    const auto *List = Node.get<InitListExpr>();
    if (List && llvm::any_of(Up, [&](const DynTypedNode &Other) {
          return InitialisesPartOf(Other, *List);
        }))
      continue;
    if (Sole)
      return std::nullopt;
    Sole = Node;
  }
  return Sole;
}

/// True for an operand that C++ never evaluates: sizeof, alignof, noexcept,
/// typeid of an object that is not polymorphic.
bool isUnevaluatedOperandOf(const Stmt *Parent) {
  if (const auto *Trait = dyn_cast<UnaryExprOrTypeTraitExpr>(Parent))
    return !Trait->isArgumentType() &&
           !Trait->getArgumentExpr()->getType()->isVariableArrayType();
  if (const auto *TypeId = dyn_cast<CXXTypeidExpr>(Parent))
    return !TypeId->isPotentiallyEvaluated();
  return isa<CXXNoexceptExpr>(Parent);
}

/// True when \p E lies in an unevaluated operand, however deep: the call in
/// `sizeof(v[0])` or `noexcept(v.push_back(1))` is not made either.
bool isInUnevaluatedOperand(const Expr *E, const ParentIndex &Parents) {
  DynTypedNode Found = Parents.firstAncestor(
      DynTypedNode::create(*E), [](const DynTypedNode &N) {
        const auto *S = N.get<Stmt>();
        return N.get<TypeLoc>() || (S && isUnevaluatedOperandOf(S));
      });
  if (const auto *TL = Found.get<TypeLoc>())
    return TL->getAs<DecltypeTypeLoc>() || TL->getAs<TypeOfExprTypeLoc>();
  return Found.get<Stmt>() != nullptr;
}

/// True when the pointer \p Ptr points to const as the program keeps it:
/// its own type says so, or an implicit conversion right after it adds the
/// const (`const int *p = &i;`, `&i` passed as `const void *`).
bool pointsToConst(const Expr *Ptr, const ParentIndex &Parents) {
  while (true) {
    const auto *Type = Ptr->getType()->getAs<PointerType>();
    if (!Type)
      return false;
    if (Type->getPointeeType().isConstQualified())
      return true;
    llvm::ArrayRef<DynTypedNode> Up = Parents.parents(*Ptr);
    const Expr *Next = Up.size() == 1 ? Up.front().get<Expr>() : nullptr;
    if (!Next || !(isa<ParenExpr>(Next) || isa<ImplicitCastExpr>(Next)))
      return false;
    Ptr = Next;
  }
}

/// True when the result of \p Call cannot refer to its argument \p Arg
/// (as a new alias): it is void or an arithmetic value, \p Arg is the
/// object of an operator (`++it`), or an operator returns its left operand
/// (the stream of `std::cin >> n`), which \p Arg is not.
bool resultCannotKeep(const CallExpr *Call, const Expr *Arg) {
  QualType T = Call->getType();
  if (T->isVoidType() || T->isArithmeticType() || T->isEnumeralType())
    return true;
  const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call);
  if (!Op)
    return false;
  // The object of its own operator: `++it`, `v = w`, `it += 2`.
  if (Op->getNumArgs() > 0 && Op->getArg(0) == Arg)
    return true;
  if (Op->getNumArgs() != 2 || !Op->isGLValue())
    return false;
  return T.getCanonicalType().getUnqualifiedType() ==
         Op->getArg(0)->getType().getCanonicalType().getUnqualifiedType();
}

/// True when the pointer \p E is handed straight to a call as an argument
/// (`scanf("%d", &n)`, `read(&n)`): the callee is assumed to write through
/// it then, not to keep it.
bool isCallArgument(const Expr *E, const ParentIndex &Parents) {
  while (true) {
    llvm::ArrayRef<DynTypedNode> Up = Parents.parents(*E);
    if (Up.size() != 1)
      return false;
    if (const auto *Wrapper = Up[0].get<Expr>();
        Wrapper &&
        (isa<ParenExpr>(Wrapper) || isa<ImplicitCastExpr>(Wrapper))) {
      E = Wrapper;
      continue;
    }
    const auto *Call = Up[0].get<CallExpr>();
    return Call && resultCannotKeep(Call, E);
  }
}

} // namespace

bool MutationAnalysis::isInside(const Stmt *S, const Stmt &Region) const {
  // Nodes shared by the instantiations of a generic lambda have several
  // parents: S is inside when any way up reaches Region.
  llvm::SmallVector<DynTypedNode, 8> Work = {DynTypedNode::create(*S)};
  llvm::DenseSet<const void *> Seen;
  while (!Work.empty()) {
    DynTypedNode Node = Work.pop_back_val();
    if (Node.get<Stmt>() == &Region)
      return true;
    for (const DynTypedNode &Up : Parents.parents(Node))
      if (Seen.insert(Up.getMemoizationData()).second)
        Work.push_back(Up);
  }
  return false;
}

const std::vector<MutationAnalysis::Change> &
MutationAnalysis::changesOf(const VarDecl *Var) const {
  auto [It, Inserted] = Changes.try_emplace(Var->getCanonicalDecl());
  if (!Inserted)
    return It->second;
  const SourceManager &SM = Var->getASTContext().getSourceManager();
  for (const DeclRefExpr *Ref : Uses.of(Var)) {
    Ending End = endingOf(Ref, /*Depth=*/0);
    if (!End.Mutation)
      continue;
    Change C;
    C.Ref = Ref;
    C.Mutation = End.Mutation;
    C.Kind = End.Kind;
    C.Loc = SM.getExpansionLoc(Ref->getBeginLoc());
    C.Closure = enclosingClosure(Ref, Parents);
    It->second.push_back(C);
  }
  return It->second;
}

const Stmt *MutationAnalysis::findMutation(const VarDecl *Var,
                                           const Stmt &Region) const {
  return findMutation(Var, Region, nullptr);
}

/// The return statement of the function (not of a lambda in it) whose
/// value holds \p S, or null.
static const ReturnStmt *enclosingReturn(const Stmt *S,
                                         const ParentIndex &Parents) {
  const ReturnStmt *Found = nullptr;
  DynTypedNode Node = DynTypedNode::create(*S);
  while (true) {
    llvm::ArrayRef<DynTypedNode> Up = Parents.parents(Node);
    if (Up.empty())
      return Found; // The function's body.
    if (Up.size() != 1 || Up[0].get<LambdaExpr>() || Up[0].get<BlockExpr>())
      return nullptr; // A lambda's return ends only the lambda.
    if (!Found)
      Found = Up[0].get<ReturnStmt>();
    Node = Up[0];
  }
}

const Stmt *MutationAnalysis::findMutation(
    const VarDecl *Var, const Stmt &Region,
    llvm::function_ref<bool(const DeclRefExpr *)> Ignore) const {
  // Each question about a shared bound (every loop up to n) looks at the
  // few uses that change n, found once, not at all the uses of n.
  const SourceManager &SM = Var->getASTContext().getSourceManager();
  SourceLocation RegionEnd = SM.getExpansionLoc(Region.getEndLoc());
  for (const Change &C : changesOf(Var)) {
    // A capture by reference changes nothing itself: the uses in the
    // lambda's body, which are changes of their own, say what it does.
    if (C.Kind == ChangeKind::Capture || (Ignore && Ignore(C.Ref)))
      continue;
    if (isInside(C.Ref, Region) || isInside(C.Mutation, Region))
      return C.Mutation;
    // A change before or after the region is harmless, but a pointer or a
    // reference made before it, or a lambda defined before it, may change
    // the variable in it. (Not a range-for's loop variable: it is gone when
    // its loop ends.)
    if (!SM.isBeforeInTranslationUnit(C.Loc, RegionEnd))
      continue;
    // A reference made in a return statement (`return v;` binds v to the
    // move constructor) dies with the function: the region cannot run
    // after it.
    if (const ReturnStmt *Return = enclosingReturn(C.Ref, Parents))
      if (!isInside(&Region, *Return))
        continue;
    if (C.Kind == ChangeKind::Alias)
      return C.Mutation;
    if (C.Kind != ChangeKind::Capture && C.Closure &&
        !isInside(&Region, *C.Closure))
      return C.Mutation;
  }
  return nullptr;
}

const Stmt *MutationAnalysis::findMutation(const DeclRefExpr *Ref) const {
  return endingOf(Ref, /*Depth=*/0).Mutation;
}

const Stmt *MutationAnalysis::findChangeOf(const Expr *Object) const {
  if (isInUnevaluatedOperand(Object, Parents))
    return nullptr;
  const Expr *E = Object;
  while (true) {
    Step S = step(E, /*Depth=*/0);
    if (!S.Next)
      return S.End.Mutation;
    E = S.Next;
  }
}

const Stmt *MutationAnalysis::changeThrough(const VarDecl *Alias,
                                            const Stmt *Binding,
                                            unsigned Depth) const {
  // Only a local reference has all its uses in this function. A structured
  // binding's uses name its bindings, not the variable: not followed.
  if (Depth >= MaxReferenceDepth || isa<DecompositionDecl>(Alias) ||
      !Alias->hasLocalStorage() || !Alias->getType()->isReferenceType())
    return Binding;
  for (const DeclRefExpr *Use : Uses.of(Alias))
    if (const Stmt *Mutation = endingOf(Use, Depth + 1).Mutation)
      return Mutation;
  return nullptr;
}

MutationAnalysis::Ending MutationAnalysis::endingOf(const DeclRefExpr *Ref,
                                                    unsigned Depth) const {
  // E is the glvalue that still names the variable (or a part of it); each
  // step finds the use of E and either decides or moves E outwards.
  if (isInUnevaluatedOperand(Ref, Parents))
    return {};
  const Expr *E = Ref;
  while (true) {
    Step S = step(E, Depth);
    if (!S.Next)
      return S.End;
    E = S.Next;
  }
}

MutationAnalysis::Step MutationAnalysis::step(const Expr *E,
                                              unsigned Depth) const {
  if (E->isPRValue())
    return Step::read(); // A value computed from it, no longer the variable.
  // No shortcut for a const E: a mutable member or a const_cast can still
  // change it; only the last, catch-all case of stepIntoExpr trusts const.
  llvm::ArrayRef<DynTypedNode> Up = Parents.parents(*E);
  std::optional<DynTypedNode> Use = soleUse(Up, Parents);
  if (!Use) // No use, or shared implicit nodes: be careful.
    return Up.empty() ? Step::read() : Step::change(E);
  if (Use->get<TypeLoc>())
    return Step::read(); // decltype(v)
  if (const auto *D = Use->get<Decl>())
    return stepIntoDecl(E, *D, Depth);
  const auto *P = Use->get<Stmt>();
  if (!P)
    return Step::change(E);
  if (const auto *PE = dyn_cast<Expr>(P))
    return stepIntoExpr(E, PE);
  return stepIntoStatement(E, *P);
}

MutationAnalysis::Step MutationAnalysis::stepIntoDecl(const Expr *E,
                                                      const Decl &D,
                                                      unsigned Depth) const {
  if (isa<FieldDecl>(D))
    return Step::change(E); // A default member initialiser binding a reference.
  const auto *VD = dyn_cast<VarDecl>(&D);
  if (!VD)
    return Step::read();
  // A range-for reaches the elements through its loop variable.
  if (const CXXForRangeStmt *For = rangeForOf(VD, Parents)) {
    const VarDecl *Element = For->getLoopVariable();
    if (bindsWithoutChange(Element->getType()))
      return Step::read();
    return Step::change(changeThrough(Element, For, Depth),
                        ChangeKind::RangeElement);
  }
  if (bindsWithoutChange(VD->getType()))
    return Step::read();
  return Step::change(changeThrough(VD, E, Depth));
}

MutationAnalysis::Step
MutationAnalysis::stepIntoStatement(const Expr *E, const Stmt &S) const {
  // A glvalue returned as it is: the function returns a reference. And
  // co_return v; an asm operand, output or not.
  if (isa<ReturnStmt>(S) || isa<CoreturnStmt>(S) || isa<AsmStmt>(S))
    return Step::change(E);
  // A statement that holds an expression as its own: `v;`, a condition
  // (which converts first), a case label.
  return Step::read();
}

MutationAnalysis::Step MutationAnalysis::stepIntoExpr(const Expr *E,
                                                      const Expr *P) const {
  if (isUnevaluatedOperandOf(P))
    return Step::read();
  if (isa<ParenExpr>(P) || isa<FullExpr>(P) || isa<CXXBindTemporaryExpr>(P) ||
      isa<MaterializeTemporaryExpr>(P))
    return Step::moveTo(P);
  if (const auto *Cast = dyn_cast<CastExpr>(P))
    return stepThroughCast(Cast);
  if (const auto *Member = dyn_cast<MemberExpr>(P))
    return stepThroughMember(E, Member);
  if (const auto *Un = dyn_cast<UnaryOperator>(P))
    return stepThroughUnary(Un);
  if (const auto *Bin = dyn_cast<BinaryOperator>(P))
    return stepThroughBinary(E, Bin);
  if (const auto *Cond = dyn_cast<ConditionalOperator>(P))
    return Cond->getCond() == E ? Step::read() : Step::moveTo(Cond);
  if (const auto *Index = dyn_cast<ArraySubscriptExpr>(P))
    return Index->getBase() == E ? Step::moveTo(Index) : Step::read();
  if (const auto *Call = dyn_cast<CallExpr>(P))
    return stepThroughCall(E, Call);
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(P))
    return constructorArgumentChanges(Construct, E) ? Step::change(Construct)
                                                    : Step::read();
  if (const auto *Lambda = dyn_cast<LambdaExpr>(P))
    // A glvalue as a capture's initialiser is a capture by reference. The
    // changes the lambda can make are the uses in its body, which are
    // references of their own.
    return Step::change(Lambda, ChangeKind::Capture);
  if (const auto *Init = dyn_cast<InitListExpr>(P))
    return stepThroughInitList(E, Init);
  // Anything else that takes the variable as an object may change it,
  // unless it is const.
  return E->getType().isConstQualified() ? Step::read() : Step::change(P);
}

MutationAnalysis::Step
MutationAnalysis::stepThroughCast(const CastExpr *Cast) const {
  switch (Cast->getCastKind()) {
  case CK_LValueToRValue:
  case CK_ToVoid:
  case CK_LValueToRValueBitCast:
    return Step::read();
  case CK_ArrayToPointerDecay: {
    // v[i] on an array: the element is still part of the variable.
    llvm::ArrayRef<DynTypedNode> Up = Parents.parents(*Cast);
    const auto *Index =
        Up.size() == 1 ? Up.front().get<ArraySubscriptExpr>() : nullptr;
    if (Index && Index->getBase() == Cast)
      return Step::moveTo(Index);
    return pointerTaken(Cast);
  }
  default:
    return Cast->isGLValue() ? Step::moveTo(Cast) : Step::read();
  }
}

MutationAnalysis::Step MutationAnalysis::pointerTaken(const Expr *Ptr) const {
  if (pointsToConst(Ptr, Parents))
    return Step::read();
  return Step::change(Ptr, isCallArgument(Ptr, Parents) ? ChangeKind::Direct
                                                        : ChangeKind::Alias);
}

MutationAnalysis::Step
MutationAnalysis::stepThroughMember(const Expr *E,
                                    const MemberExpr *Member) const {
  if (Member->getBase() != E || Member->isArrow())
    return Step::read(); // p->m reads the pointer p.
  if (isa<FieldDecl>(Member->getMemberDecl()))
    return Step::moveTo(Member);
  if (const auto *Method = dyn_cast<CXXMethodDecl>(Member->getMemberDecl()))
    if (Method->isConst() || Method->isStatic())
      return Step::read();
  llvm::ArrayRef<DynTypedNode> CallUp = Parents.parents(*Member);
  if (CallUp.size() == 1)
    if (const auto *Call = CallUp.front().get<CXXMemberCallExpr>())
      return Step::change(Call, ChangeKind::Direct);
  return Step::change(Member, ChangeKind::Direct);
}

MutationAnalysis::Step
MutationAnalysis::stepThroughUnary(const UnaryOperator *Un) const {
  switch (Un->getOpcode()) {
  case UO_PreInc:
  case UO_PreDec:
  case UO_PostInc:
  case UO_PostDec:
    return Step::change(Un, ChangeKind::Direct);
  case UO_AddrOf:
    return pointerTaken(Un);
  case UO_Extension:
    return Step::moveTo(Un);
  default:
    return Step::change(Un);
  }
}

MutationAnalysis::Step
MutationAnalysis::stepThroughBinary(const Expr *E,
                                    const BinaryOperator *Bin) const {
  if (Bin->isAssignmentOp()) {
    bool AssignsE = Bin->getLHS()->IgnoreParens() == E->IgnoreParens() ||
                    Bin->getLHS() == E;
    return AssignsE ? Step::change(Bin, ChangeKind::Direct) : Step::read();
  }
  if (Bin->isCommaOp())
    return Bin->getRHS() == E ? Step::moveTo(Bin) : Step::read();
  if (Bin->isPtrMemOp() && Bin->getLHS() == E && Bin->isGLValue())
    return Step::moveTo(Bin);
  return Bin->isGLValue() || E->isGLValue() ? Step::change(Bin) : Step::read();
}

MutationAnalysis::Step
MutationAnalysis::stepThroughCall(const Expr *E, const CallExpr *Call) const {
  if (isIdentityCast(Call))
    return Step::moveTo(Call);
  if (!argumentChanges(Call, E))
    return Step::read();
  // A call whose result cannot hold a pointer or reference to its argument
  // is assumed to change it then, not to keep it: `parse(text, n)`,
  // `scanf("%d", &n)`, and `std::cin >> n`, which returns its stream.
  // std::ref(n), std::tie(n, m), addressof(n) keep it.
  return Step::change(Call, resultCannotKeep(Call, E) ? ChangeKind::Direct
                                                      : ChangeKind::Alias);
}

MutationAnalysis::Step
MutationAnalysis::stepThroughInitList(const Expr *E,
                                      const InitListExpr *Init) const {
  // A glvalue that initialises an element as it is binds a reference.
  if (!Init->getType()->isRecordType() && !Init->getType()->isArrayType() &&
      llvm::is_contained(Init->inits(), E))
    return Step::change(Init);
  // A class: map the slot to its field when the slots are the fields one
  // for one (no bases, no unnamed bit-fields, not a union); else the slot
  // may bind a reference.
  const auto *Record = Init->getType()->getAsCXXRecordDecl();
  if (!Record || Record->isUnion() || Record->getNumBases() != 0)
    return Step::change(Init);
  unsigned I = 0;
  for (const FieldDecl *Field : Record->fields()) {
    if (Field->isUnnamedBitField())
      return Step::change(Init);
    if (I < Init->getNumInits() && Init->getInit(I) == E)
      return bindsWithoutChange(Field->getType()) ? Step::read()
                                                  : Step::change(Init);
    ++I;
  }
  return Step::change(Init);
}

} // namespace stacklift
