//===- EscapeBuilder.cpp - Statements and expressions into flows ----------===//
//
// The statement and expression half of the builder: locations for
// variables, holes through expressions, assignments and stores. Calls and
// constructions are in EscapeCalls.cpp.
//
//===----------------------------------------------------------------------===//

#include "stacklift/Analysis/Escape/EscapeBuilder.h"
#include "stacklift/Analysis/Escape/StdModel.h"
#include "stacklift/Support/StdNames.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"

using namespace clang;

namespace stacklift {

EscapeSummarySource::~EscapeSummarySource() = default;

/// A standard container, or a class named like a vector.
static bool isContainerRecord(const CXXRecordDecl *RD) {
  if (!RD || !RD->getIdentifier())
    return false;
  llvm::StringRef Name = RD->getName();
  if (isStdTopLevel(RD) && classifyStdClass(Name) == StdClass::Container)
    return true;
  // User containers named like a vector (SmallVector, small_vector...).
  return isNamedLikeVector(Name);
}

bool isContainerType(QualType T) {
  return isContainerRecord(T.getNonReferenceType()->getAsCXXRecordDecl());
}

static bool isOwningRecord(const CXXRecordDecl *RD, unsigned Depth) {
  if (!RD || Depth > 3)
    return false;
  if (isContainerRecord(RD))
    return true;
  if (!RD->hasDefinition() || RD->isLambda())
    return false;
  for (const FieldDecl *F : RD->getDefinition()->fields())
    if (isOwningRecord(F->getType()->getAsCXXRecordDecl(), Depth + 1))
      return true;
  return false;
}

bool isOwningType(QualType T) {
  T = T.getNonReferenceType();
  return isOwningRecord(T->getAsCXXRecordDecl(), 0);
}

bool mayHoldPointer(QualType T) {
  T = T.getNonReferenceType().getCanonicalType();
  return !(T->isArithmeticType() || T->isEnumeralType() || T->isVoidType() ||
           T->isNullPtrType());
}

//===----------------------------------------------------------------------===//
// Locations
//===----------------------------------------------------------------------===//

LocId EscapeBuilder::sink(LocKind Kind, std::string Name, const void *Key) {
  if (Key == nullptr) {
    // Unkeyed sinks are one per kind and name.
    std::string K = std::string(locKindName(Kind)) + ":" + Name;
    auto Found = NamedSinks.find(K);
    if (Found != NamedSinks.end())
      return Found->second;
    LocId Id = G.add(Kind, Name);
    NamedSinks[K] = Id;
    return Id;
  }
  auto [It, New] = Sinks.try_emplace({static_cast<unsigned>(Kind), Key}, NoLoc);
  if (New)
    It->second = G.add(Kind, std::move(Name));
  return It->second;
}

LocId EscapeBuilder::temp(std::string Name) {
  return G.add(LocKind::Temp, std::move(Name));
}

LocId EscapeBuilder::varLoc(const VarDecl *V) {
  auto Found = Vars.find(V);
  if (Found != Vars.end())
    return Found->second;
  if (V->hasGlobalStorage())
    return sink(LocKind::Global, V->getNameAsString(), V);
  LocId Id = G.add(LocKind::Local, V->getNameAsString(), V);
  Vars[V] = Id;
  if (!V->getType()->isReferenceType() && isOwningType(V->getType()))
    Storages[V] = G.add(LocKind::Storage, V->getNameAsString(), V, Id);
  return Id;
}

LocId EscapeBuilder::locationOf(const VarDecl *V) const {
  auto Found = Vars.find(V);
  return Found == Vars.end() ? NoLoc : Found->second;
}

LocId EscapeBuilder::storageOf(const VarDecl *V) const {
  auto Found = Storages.find(V);
  return Found == Storages.end() ? NoLoc : Found->second;
}

static const Expr *skipNoOps(const Expr *E) {
  while (true) {
    E = E->IgnoreParens();
    if (const auto *Full = dyn_cast<FullExpr>(E)) {
      E = Full->getSubExpr();
      continue;
    }
    if (const auto *Bind = dyn_cast<CXXBindTemporaryExpr>(E)) {
      E = Bind->getSubExpr();
      continue;
    }
    if (const auto *Cast = dyn_cast<CastExpr>(E)) {
      CastKind K = Cast->getCastKind();
      if (K == CK_NoOp || K == CK_DerivedToBase ||
          K == CK_UncheckedDerivedToBase || K == CK_BaseToDerived ||
          K == CK_LValueToRValue) {
        E = Cast->getSubExpr();
        continue;
      }
    }
    return E;
  }
}

const VarDecl *EscapeBuilder::localVarOf(const Expr *E) const {
  for (unsigned Depth = 0; E && Depth < 8; ++Depth) {
    const auto *Ref = dyn_cast<DeclRefExpr>(skipNoOps(E));
    const auto *V = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
    if (!V || !V->hasLocalStorage() ||
        Ref->refersToEnclosingVariableOrCapture())
      return nullptr;
    if (!V->getType()->isReferenceType())
      return V;
    if (isa<ParmVarDecl>(V))
      return nullptr;
    E = V->getInit(); // A local reference aliases what it was bound to.
  }
  return nullptr;
}

LocId EscapeBuilder::storageOfExpr(const Expr *E) {
  const VarDecl *V = localVarOf(E);
  if (!V)
    return NoLoc;
  varLoc(V);
  return storageOf(V);
}

void EscapeBuilder::recordCopy(const Expr *Source, const Stmt *Where,
                               QualType Target) {
  if (const VarDecl *V = localVarOf(Source))
    Copies.push_back(
        {V, Where ? Where : CurStmt,
         Target.getUnqualifiedType().getAsString(Ctx.getPrintingPolicy())});
}

/// The capture of \p V by the lambda whose call operator is \p F, if any.
static const LambdaCapture *captureOf(const FunctionDecl *F,
                                      const ValueDecl *V) {
  const auto *Method = dyn_cast_or_null<CXXMethodDecl>(F);
  if (!Method || !Method->getParent()->isLambda())
    return nullptr;
  for (const LambdaCapture &C : Method->getParent()->captures())
    if (C.capturesVariable() && C.getCapturedVar() == V)
      return &C;
  return nullptr;
}

LocId EscapeBuilder::designate(const Expr *E, unsigned Depth) {
  LocId Unknown = sink(LocKind::Heap, "");
  if (!E || Depth > 8)
    return Unknown;
  E = skipNoOps(E);
  if (const auto *MTE = dyn_cast<MaterializeTemporaryExpr>(E))
    return designate(MTE->getSubExpr(), Depth + 1);
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    return designateDecl(Ref, Depth);
  if (const auto *Member = dyn_cast<MemberExpr>(E)) {
    const Expr *Base = skipNoOps(Member->getBase());
    if (isa<CXXThisExpr>(Base))
      return sink(LocKind::Member, Member->getMemberDecl()->getNameAsString(),
                  Member->getMemberDecl());
    if (!Member->isArrow())
      return designate(Base, Depth + 1);
    return designatePointee(Base, Depth + 1);
  }
  if (const auto *Un = dyn_cast<UnaryOperator>(E))
    if (Un->getOpcode() == UO_Deref)
      return designatePointee(Un->getSubExpr(), Depth + 1);
  if (const auto *Sub = dyn_cast<ArraySubscriptExpr>(E))
    return designatePointee(Sub->getBase(), Depth + 1);
  if (const auto *Call = dyn_cast<CallExpr>(E))
    return designateCall(Call, Depth);
  return Unknown;
}

LocId EscapeBuilder::designateDecl(const DeclRefExpr *Ref, unsigned Depth) {
  if (const auto *B = dyn_cast<BindingDecl>(Ref->getDecl()))
    return designate(B->getBinding(), Depth + 1);
  const auto *V = dyn_cast<VarDecl>(Ref->getDecl());
  if (!V)
    return sink(LocKind::Heap, "");
  if (Ref->refersToEnclosingVariableOrCapture() && captureOf(Func, V))
    return sink(LocKind::Member, V->getNameAsString(), V);
  if (V->hasGlobalStorage())
    return varLoc(V);
  if (!V->getType()->isReferenceType())
    return varLoc(V);
  if (isa<ParmVarDecl>(V))
    return sink(LocKind::ParamObject, V->getNameAsString(), V);
  return designate(V->getInit(), Depth + 1);
}

LocId EscapeBuilder::designateCall(const CallExpr *Call, unsigned Depth) {
  const auto *FD = Call->getDirectCallee();
  if (isStdTopLevel(FD) && FD->getIdentifier() &&
      designatesStdArgument(FD->getName()) && Call->getNumArgs() == 1)
    return designate(Call->getArg(0), Depth + 1);
  // v[i], v.front(), v.back(), v.at(i): an element of a local container.
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call))
    if (Op->getOperator() == OO_Subscript)
      if (LocId S = storageOfExpr(Op->getArg(0)); S != NoLoc)
        return S;
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Call))
    if (LocId S = storageOfExpr(MC->getImplicitObjectArgument()); S != NoLoc)
      return S;
  return sink(LocKind::Heap, "");
}

LocId EscapeBuilder::designatePointee(const Expr *P, unsigned Depth) {
  LocId Unknown = sink(LocKind::Heap, "");
  P = skipNoOps(P);
  if (isa<CXXThisExpr>(P))
    return sink(LocKind::Member, "*this");
  if (const auto *Un = dyn_cast<UnaryOperator>(P))
    if (Un->getOpcode() == UO_AddrOf)
      return designate(Un->getSubExpr(), Depth + 1);
  const auto *Ref = dyn_cast<DeclRefExpr>(P);
  const auto *V = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (!V || !V->getType()->isPointerType() || V->hasGlobalStorage())
    return Unknown;
  if (isa<ParmVarDecl>(V))
    return sink(LocKind::ParamObject, V->getNameAsString(), V);
  // FIXME: a pointer assigned after its declaration could point anywhere;
  // a store through it goes to the heap, as in Go.
  if (Reseated.count(V) || !V->getInit())
    return Unknown;
  return designatePointee(V->getInit(), Depth + 1);
}

EscapeBuilder::Hole EscapeBuilder::tee(llvm::ArrayRef<Hole> Holes,
                                       const Stmt *Where) {
  llvm::SmallVector<Hole, 4> Live;
  for (const Hole &H : Holes)
    if (H.Dst != NoLoc)
      Live.push_back(H);
  if (Live.empty())
    return Hole();
  if (Live.size() == 1)
    return Live.front();
  LocId T = temp();
  for (const Hole &H : Live)
    G.flow(H.Dst, T, H.Derefs, H.Kind, H.Where);
  Hole Out;
  Out.Dst = T;
  Out.Kind = FlowKind::Internal;
  Out.Where = Where;
  return Out;
}

//===----------------------------------------------------------------------===//
// Functions and statements
//===----------------------------------------------------------------------===//

namespace {
/// Finds the local pointers that are assigned after their declaration,
/// stepped, or whose address is taken. A plain visitor: matchers with
/// findAll cost several times more on large functions.
class ReseatFinder : public RecursiveASTVisitor<ReseatFinder> {
public:
  explicit ReseatFinder(llvm::DenseSet<const VarDecl *> &Out) : Out(Out) {}

  bool shouldVisitImplicitCode() const { return true; }

  bool VisitBinaryOperator(BinaryOperator *Op) {
    if (Op->isAssignmentOp())
      note(Op->getLHS());
    return true;
  }
  bool VisitUnaryOperator(UnaryOperator *Op) {
    if (Op->getOpcode() == UO_AddrOf || Op->isIncrementDecrementOp())
      note(Op->getSubExpr());
    return true;
  }

private:
  void note(const Expr *E) {
    const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParens());
    const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
    if (Var && Var->getType()->isPointerType())
      Out.insert(Var);
  }
  llvm::DenseSet<const VarDecl *> &Out;
};
} // namespace

/// Local pointers that are assigned after their declaration, stepped, or
/// whose address is taken.
static void findReseated(const Stmt *Body,
                         llvm::DenseSet<const VarDecl *> &Out) {
  ReseatFinder(Out).TraverseStmt(const_cast<Stmt *>(Body));
}

void EscapeBuilder::buildFunction(const FunctionDecl *F) {
  Func = F;
  ReturnLoc = sink(LocKind::Return, "");
  for (const ParmVarDecl *P : F->parameters()) {
    LocId L = G.add(LocKind::Param, P->getNameAsString(), P);
    Vars[P] = L;
    ParamLocs.push_back(L);
    QualType T = P->getType();
    if (T->isReferenceType() || T->isPointerType())
      G.flow(L, sink(LocKind::ParamObject, P->getNameAsString(), P), -1,
             FlowKind::Internal, nullptr);
    else if (isOwningType(T))
      Storages[P] = G.add(LocKind::Storage, P->getNameAsString(), P, L);
  }
  if (const auto *Method = dyn_cast<CXXMethodDecl>(F))
    if (Method->isInstance())
      ThisLoc = G.add(LocKind::ThisParam, "this", Method);
  if (!F->getBody())
    return;
  findReseated(F->getBody(), Reseated);
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(F))
    for (const CXXCtorInitializer *Init : Ctor->inits()) {
      if (!Init->getInit() || !Init->isWritten())
        continue;
      std::string Name = Init->getMember()
                             ? Init->getMember()->getNameAsString()
                             : std::string("*this");
      Hole H;
      H.Dst = sink(LocKind::Member, Name, Init->getMember());
      H.Where = Init->getInit();
      CurStmt = Init->getInit();
      if (Init->getMember() && Init->getMember()->getType()->isReferenceType())
        exprAddr(H.named(FlowKind::RefBind), Init->getInit());
      else
        expr(H, Init->getInit());
    }
  stmt(F->getBody());
}

void EscapeBuilder::buildStatement(const Stmt *S) {
  ReturnLoc = sink(LocKind::Return, "");
  findReseated(S, Reseated);
  stmt(S);
}

void EscapeBuilder::varDecl(const VarDecl *V, const Stmt *Where) {
  LocId L = varLoc(V);
  if (const Expr *Init = V->getInit()) {
    Hole H;
    H.Dst = L;
    H.Where = Where;
    if (V->getType()->isReferenceType())
      exprAddr(H.named(FlowKind::RefBind), Init);
    else
      expr(H, Init);
  }
  if (const auto *Decomp = dyn_cast<DecompositionDecl>(V))
    for (const BindingDecl *B : Decomp->bindings())
      if (const VarDecl *Holding = B->getHoldingVar())
        varDecl(Holding, Where);
}

void EscapeBuilder::stmt(const Stmt *S) {
  if (!S)
    return;
  if (const auto *E = dyn_cast<Expr>(S)) {
    const Stmt *Saved = CurStmt;
    CurStmt = S;
    discard(E);
    CurStmt = Saved;
    return;
  }
  if (const auto *DS = dyn_cast<DeclStmt>(S)) {
    CurStmt = S;
    for (const Decl *D : DS->decls())
      if (const auto *V = dyn_cast<VarDecl>(D))
        varDecl(V, S);
    return;
  }
  if (const auto *Ret = dyn_cast<ReturnStmt>(S)) {
    if (IgnoredReturns.contains(Ret))
      return;
    CurStmt = S;
    Hole H;
    H.Dst = ReturnLoc;
    H.Where = S;
    if (Func && Func->getReturnType()->isReferenceType())
      exprAddr(H.named(FlowKind::RefBind), Ret->getRetValue());
    else
      expr(H, Ret->getRetValue());
    return;
  }
  if (const auto *CoRet = dyn_cast<CoreturnStmt>(S)) {
    CurStmt = S;
    Hole H;
    H.Dst = sink(LocKind::CoReturn, "");
    H.Where = S;
    expr(H, CoRet->getOperand());
    return;
  }
  if (const auto *Body = dyn_cast<CoroutineBodyStmt>(S))
    return stmt(Body->getBody());
  for (const Stmt *Child : S->children())
    stmt(Child);
}

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

void EscapeBuilder::varAddr(Hole K, const VarDecl *V, const Expr *Ref) {
  const auto *DRE = dyn_cast_or_null<DeclRefExpr>(Ref);
  if (DRE && DRE->refersToEnclosingVariableOrCapture() && ThisLoc != NoLoc)
    if (const LambdaCapture *C = captureOf(Func, V)) {
      // In a lambda's body: the capture is a field of *this, holding the
      // variable's address (by reference) or a copy of it.
      bool ByRef = C->getCaptureKind() == LCK_ByRef;
      G.flow(K.Dst, ThisLoc, K.Derefs + (ByRef ? 1 : 0), K.Kind, K.Where);
      return;
    }
  LocId L = varLoc(V);
  if (V->getType()->isReferenceType())
    G.flow(K.Dst, L, K.Derefs, K.Kind, K.Where); // Its value is an address.
  else
    G.flow(K.Dst, L, K.Derefs - 1, K.Kind, K.Where);
}

void EscapeBuilder::copyInto(Hole K, const Expr *E, QualType Target) {
  if (!isOwningType(E->getType())) {
    expr(K, E);
    return;
  }
  recordCopy(E, K.Where, Target.isNull() ? E->getType() : Target);
  if (K.Dst == NoLoc) {
    discard(E);
    return;
  }
  // The copy has storage of its own, holding what the source's storage
  // holds: `K <- copy (-1)`, `copy <- *E`.
  LocId Copy = temp("a copy");
  G.flow(K.Dst, Copy, K.Derefs - 1, FlowKind::Internal, K.Where);
  Hole Into;
  Into.Dst = Copy;
  Into.Derefs = 1;
  Into.Kind = FlowKind::Internal;
  Into.Where = K.Where;
  expr(Into, E);
}

void EscapeBuilder::assign(const Expr *Dst, const Expr *Src, bool Move,
                           const Stmt *Where) {
  if (!mayHoldPointer(Dst->getType())) {
    discard(Dst);
    discard(Src);
    return;
  }
  Hole H;
  H.Dst = designate(Dst);
  H.Where = Where;
  if (Move)
    expr(H.with(FlowKind::Move), Src);
  else
    copyInto(H, Src, Dst->getType());
}

void EscapeBuilder::lambda(Hole K, const LambdaExpr *L) {
  Hole H = K;
  H.Where = L;
  auto Init = L->capture_init_begin();
  for (const LambdaCapture &C : L->captures()) {
    const Expr *InitExpr = Init != L->capture_init_end() ? *Init : nullptr;
    ++Init;
    if (C.capturesThis()) {
      if (ThisLoc != NoLoc)
        G.flow(H.Dst, ThisLoc, H.Derefs, FlowKind::Capture, L);
      continue;
    }
    if (!C.capturesVariable() || !InitExpr)
      continue;
    if (C.getCaptureKind() == LCK_ByRef)
      exprAddr(H.with(FlowKind::Capture), InitExpr);
    else
      expr(H, InitExpr);
  }
}

void EscapeBuilder::expr(Hole K, const Expr *E) {
  if (!E)
    return;
  if (K.Dst != NoLoc && !mayHoldPointer(E->getType()))
    K = Hole(); // Numbers carry no address; still look for side effects.
  if (E->isGLValue() && !isa<ParenExpr>(E) && !isa<FullExpr>(E) &&
      !isa<CastExpr>(E) && !isa<ConditionalOperator>(E) &&
      !isa<BinaryOperator>(E)) {
    // The value of an lvalue is what its address points to.
    exprAddr(K.deref(), E);
    return;
  }
  if (exprTransparent(K, E) || exprOperator(K, E) || exprCallOrObject(K, E) ||
      exprThrowOrCoroutine(K, E))
    return;
  if (isa<UnaryExprOrTypeTraitExpr>(E) || isa<CXXTypeidExpr>(E))
    return;
  if (const auto *SE = dyn_cast<StmtExpr>(E))
    return stmt(SE->getSubStmt());
  // Anything else (initializer lists, aggregates, unknown nodes): its value
  // may be made of its children's.
  for (const Stmt *Child : E->children())
    if (const auto *ChildExpr = dyn_cast_or_null<Expr>(Child))
      expr(K, ChildExpr);
    else
      stmt(Child);
}

bool EscapeBuilder::exprTransparent(Hole K, const Expr *E) {
  const Expr *Sub = nullptr;
  if (const auto *Paren = dyn_cast<ParenExpr>(E))
    Sub = Paren->getSubExpr();
  else if (const auto *Full = dyn_cast<FullExpr>(E))
    Sub = Full->getSubExpr();
  else if (const auto *Bind = dyn_cast<CXXBindTemporaryExpr>(E))
    Sub = Bind->getSubExpr();
  else if (const auto *Default = dyn_cast<CXXDefaultArgExpr>(E))
    Sub = Default->getExpr();
  else if (const auto *Default = dyn_cast<CXXDefaultInitExpr>(E))
    Sub = Default->getExpr();
  else if (const auto *List = dyn_cast<CXXStdInitializerListExpr>(E))
    Sub = List->getSubExpr();
  else if (const auto *Opaque = dyn_cast<OpaqueValueExpr>(E))
    Sub = Opaque->getSourceExpr();
  else
    return false;
  expr(K, Sub);
  return true;
}

bool EscapeBuilder::exprOperator(Hole K, const Expr *E) {
  if (const auto *Cast = dyn_cast<CastExpr>(E)) {
    if (Cast->getCastKind() == CK_ArrayToPointerDecay)
      exprAddr(K, Cast->getSubExpr());
    else if (Cast->getCastKind() != CK_FunctionToPointerDecay)
      expr(K, Cast->getSubExpr());
    return true;
  }
  if (const auto *Un = dyn_cast<UnaryOperator>(E)) {
    unaryOperator(K, Un);
    return true;
  }
  if (const auto *Bin = dyn_cast<BinaryOperator>(E)) {
    binaryOperator(K, Bin);
    return true;
  }
  if (const auto *Cond = dyn_cast<AbstractConditionalOperator>(E)) {
    discard(Cond->getCond());
    expr(K, Cond->getTrueExpr());
    expr(K, Cond->getFalseExpr());
    return true;
  }
  return false;
}

void EscapeBuilder::unaryOperator(Hole K, const UnaryOperator *Un) {
  switch (Un->getOpcode()) {
  case UO_AddrOf:
    return exprAddr(K.named(FlowKind::AddressOf), Un->getSubExpr());
  case UO_Deref:
    return expr(K.deref(), Un->getSubExpr());
  case UO_PostInc:
  case UO_PostDec:
  case UO_PreInc:
  case UO_PreDec:
    return expr(K, Un->getSubExpr());
  default:
    return discard(Un->getSubExpr());
  }
}

void EscapeBuilder::binaryOperator(Hole K, const BinaryOperator *Bin) {
  if (Bin->getOpcode() == BO_Assign) {
    assign(Bin->getLHS(), Bin->getRHS(), false, Bin);
    if (K.Dst != NoLoc)
      expr(K, Bin->getLHS());
    return;
  }
  if (Bin->getOpcode() == BO_Comma) {
    discard(Bin->getLHS());
    return expr(K, Bin->getRHS());
  }
  if (Bin->isAdditiveOp() && Bin->getType()->isPointerType()) {
    expr(K, Bin->getLHS());
    return expr(K, Bin->getRHS());
  }
  discard(Bin->getLHS());
  discard(Bin->getRHS());
}

bool EscapeBuilder::exprCallOrObject(Hole K, const Expr *E) {
  if (const auto *Call = dyn_cast<CallExpr>(E))
    call(K, Call);
  else if (const auto *Construct = dyn_cast<CXXConstructExpr>(E))
    construct(K, Construct);
  else if (const auto *New = dyn_cast<CXXNewExpr>(E))
    newExpr(K, New);
  else if (const auto *L = dyn_cast<LambdaExpr>(E))
    lambda(K, L);
  else if (!isa<CXXThisExpr>(E))
    return false;
  else if (ThisLoc != NoLoc)
    G.flow(K.Dst, ThisLoc, K.Derefs, K.Kind, K.Where);
  return true;
}

bool EscapeBuilder::exprThrowOrCoroutine(Hole K, const Expr *E) {
  if (const auto *Throw = dyn_cast<CXXThrowExpr>(E)) {
    expr(Hole::into(sink(LocKind::Thrown, ""), FlowKind::Assign, E),
         Throw->getSubExpr());
    return true;
  }
  if (const auto *Yield = dyn_cast<CoyieldExpr>(E)) {
    coYield(Yield);
    return true;
  }
  if (const auto *Await = dyn_cast<CoawaitExpr>(E)) {
    discard(Await->getOperand());
    return true;
  }
  return false;
}

void EscapeBuilder::coYield(const CoyieldExpr *Yield) {
  Hole H = Hole::into(sink(LocKind::CoYield, ""), FlowKind::Assign, Yield);
  // The operand is `__promise.yield_value(x)`; the promise lives in the
  // coroutine's frame, which the caller reads: x goes to the sink.
  const auto *Call =
      dyn_cast<CXXMemberCallExpr>(Yield->getOperand()->IgnoreImplicit());
  const CXXMethodDecl *Method = Call ? Call->getMethodDecl() : nullptr;
  if (Method && Method->getDeclName().isIdentifier() &&
      Method->getName() == "yield_value") {
    for (const Expr *Arg : Call->arguments())
      expr(H, Arg);
    return;
  }
  expr(H, Yield->getOperand());
}

void EscapeBuilder::materialize(Hole K, const Expr *E) {
  LocId T = temp(isa<LambdaExpr>(skipNoOps(E)) ? "a lambda" : "");
  expr(Hole::into(T, FlowKind::Internal, K.Where), E);
  G.flow(K.Dst, T, K.Derefs - 1, K.Kind, K.Where);
}

void EscapeBuilder::exprAddr(Hole K, const Expr *E) {
  if (!E)
    return;
  if (!E->isGLValue() && !isa<MaterializeTemporaryExpr>(E))
    return materialize(K, E); // A prvalue has no address until it is
                              // materialized.
  if (const auto *MTE = dyn_cast<MaterializeTemporaryExpr>(E)) {
    const Expr *Sub = MTE->getSubExpr();
    return Sub->isGLValue() ? exprAddr(K, Sub) : materialize(K, Sub);
  }
  if (const auto *Paren = dyn_cast<ParenExpr>(E))
    return exprAddr(K, Paren->getSubExpr());
  if (const auto *Full = dyn_cast<FullExpr>(E))
    return exprAddr(K, Full->getSubExpr());
  if (const auto *Cast = dyn_cast<CastExpr>(E))
    return exprAddr(K, Cast->getSubExpr());
  if (const auto *Opaque = dyn_cast<OpaqueValueExpr>(E))
    return exprAddr(K, Opaque->getSourceExpr());
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
    if (const auto *B = dyn_cast<BindingDecl>(Ref->getDecl()))
      return exprAddr(K, B->getBinding());
    if (const auto *V = dyn_cast<VarDecl>(Ref->getDecl()))
      varAddr(K, V, Ref);
    return;
  }
  if (const auto *Member = dyn_cast<MemberExpr>(E))
    return memberAddr(K, Member);
  if (const auto *Un = dyn_cast<UnaryOperator>(E)) {
    if (Un->getOpcode() == UO_Deref)
      return expr(K, Un->getSubExpr());
    return exprAddr(K, Un->getSubExpr());
  }
  if (const auto *Sub = dyn_cast<ArraySubscriptExpr>(E)) {
    discard(Sub->getIdx());
    return expr(K, Sub->getBase());
  }
  if (const auto *Call = dyn_cast<CallExpr>(E))
    return call(K, Call);
  if (operatorAddr(K, E))
    return;
  if (isa<StringLiteral>(E) || isa<CompoundLiteralExpr>(E) ||
      isa<PredefinedExpr>(E))
    return;
  for (const Stmt *Child : E->children())
    if (const auto *ChildExpr = dyn_cast_or_null<Expr>(Child))
      expr(K, ChildExpr);
}

void EscapeBuilder::memberAddr(Hole K, const MemberExpr *Member) {
  const ValueDecl *D = Member->getMemberDecl();
  if (const auto *Static = dyn_cast<VarDecl>(D)) {
    G.flow(K.Dst, varLoc(Static), K.Derefs - 1, K.Kind, K.Where);
    return;
  }
  const Expr *Base = Member->getBase();
  if (isa<CXXThisExpr>(skipNoOps(Base)) && isa<FieldDecl>(D)) {
    // A member of *this: the field's own sink.
    LocId M = sink(LocKind::Member, D->getNameAsString(), D);
    G.flow(K.Dst, M, K.Derefs - 1, K.Kind, K.Where);
    return;
  }
  if (D->getType()->isReferenceType()) {
    // The value of a reference member is an address.
    return expr(K, Base);
  }
  return Member->isArrow() ? expr(K, Base) : exprAddr(K, Base);
}

bool EscapeBuilder::operatorAddr(Hole K, const Expr *E) {
  if (const auto *Cond = dyn_cast<AbstractConditionalOperator>(E)) {
    discard(Cond->getCond());
    exprAddr(K, Cond->getTrueExpr());
    exprAddr(K, Cond->getFalseExpr());
    return true;
  }
  const auto *Bin = dyn_cast<BinaryOperator>(E);
  if (!Bin)
    return false;
  if (Bin->getOpcode() == BO_Comma) {
    discard(Bin->getLHS());
    exprAddr(K, Bin->getRHS());
    return true;
  }
  if (Bin->getOpcode() == BO_Assign)
    assign(Bin->getLHS(), Bin->getRHS(), false, E);
  else
    discard(Bin->getRHS());
  exprAddr(K, Bin->getLHS());
  return true;
}

} // namespace stacklift
