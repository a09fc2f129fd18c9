//===- EscapeCalls.cpp - Calls, constructions and the std model -----------===//
//
// How a call moves its arguments, in order of precedence (the names of the
// `std` functions and classes are in StdModel.h; the rules in full are in
// docs/design/EscapeAnalysis.md, "Calls"):
//
//   1. stdArgumentItself: std::move, std::forward, std::addressof...: the
//      argument itself;
//   2. classAssignment: `a = b` on a class: a store into what `a`
//      designates;
//   3. stdContainerMethod: a method of a standard container: data(),
//      begin(), front(), [] expose the storage; push_back, emplace, insert
//      store into it; swap exchanges; the others (size, reserve, clear...)
//      move nothing;
//   4. stdCall: other `std` functions and methods: make_unique/make_shared
//      store on the heap; make_pair/make_tuple/ref/tie/get build a result
//      from the arguments; a call of a std::function is opaque; a method of
//      another std class stores its arguments in the object; every other
//      function (the algorithms, ranges) keeps nothing and may return an
//      iterator into its arguments;
//   5. opaque: a virtual call, a call through a pointer, or a callee without
//      a body: what a non-const reference or pointer parameter gets is kept,
//      unless [[clang::noescape]]; const references are not kept;
//   6. summarizedCall: a visible callee: its summary (EscapeSummaries.h).
// [[clang::lifetimebound]] parameters of an opaque callee flow into the
// result.
//
// Constructions follow the same model: the std classes by StdModel.h's
// classes, the others by their summary, as opaque, or as aggregates.
//
//===----------------------------------------------------------------------===//

#include "stacklift/Analysis/Escape/EscapeBuilder.h"
#include "stacklift/Analysis/Escape/StdModel.h"
#include "stacklift/Support/CallArgs.h"
#include "stacklift/Support/StdNames.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"

using namespace clang;

namespace stacklift {

/// The callee's name as a user would write it, without anonymous or inline
/// namespaces; a constructor is named by its class.
static std::string calleeName(const NamedDecl *Callee) {
  if (!Callee)
    return "an unknown function";
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(Callee))
    Callee = Ctor->getParent();
  PrintingPolicy Policy(Callee->getASTContext().getLangOpts());
  Policy.SuppressUnwrittenScope = true;
  std::string Name;
  llvm::raw_string_ostream OS(Name);
  Callee->printQualifiedName(OS, Policy);
  return Name;
}

static llvm::StringRef nameOf(const NamedDecl *D) {
  return D && D->getIdentifier() ? D->getName() : llvm::StringRef();
}

/// The element type of a container specialization, or null.
static QualType elementType(QualType Container) {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      Container.getNonReferenceType()->getAsCXXRecordDecl());
  if (!Spec || Spec->getTemplateArgs().size() == 0 ||
      Spec->getTemplateArgs()[0].getKind() != TemplateArgument::Type)
    return QualType();
  return Spec->getTemplateArgs()[0].getAsType();
}

static bool sameType(QualType A, QualType B, ASTContext &Ctx) {
  return !A.isNull() && !B.isNull() &&
         Ctx.hasSameUnqualifiedType(A.getNonReferenceType(),
                                    B.getNonReferenceType());
}

/// The declaration of parameter \p I of \p FD, or null (no declaration, or a
/// variadic argument).
static const ParmVarDecl *paramDecl(const FunctionDecl *FD, unsigned I) {
  return FD && I < FD->getNumParams() ? FD->getParamDecl(I) : nullptr;
}

/// True when the value of call \p E may carry an address: a reference, or a
/// type that may hold a pointer.
static bool resultMayHoldPointer(const Expr *E) {
  return E->isGLValue() || mayHoldPointer(E->getType());
}

/// The pieces of one call, whatever its syntax.
struct EscapeBuilder::CallParts {
  explicit CallParts(const CallExpr *E);

  const CallExpr *E = nullptr;
  const FunctionDecl *FD = nullptr;
  /// FD's name; empty for an operator, a conversion, or no FD.
  llvm::StringRef Name;
  const FunctionProtoType *Proto = nullptr;
  /// The implicit object argument, and whether it is a pointer (`p->f()`).
  const Expr *Obj = nullptr;
  bool ObjIsPtr = false;
  llvm::SmallVector<const Expr *, 4> Args;

  /// The type of the object, through the pointer for `p->f()`.
  QualType objectType() const {
    return ObjIsPtr ? Obj->getType()->getPointeeType() : Obj->getType();
  }
};

EscapeBuilder::CallParts::CallParts(const CallExpr *E)
    : E(E), FD(E->getDirectCallee()), Name(nameOf(FD)) {
  Proto = calleePrototype(E);
  unsigned First = 0;
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) {
    Obj = MC->getImplicitObjectArgument();
    if (const auto *ME = dyn_cast<MemberExpr>(MC->getCallee()->IgnoreParens()))
      ObjIsPtr = ME->isArrow();
  } else if (isa<CXXOperatorCallExpr>(E) &&
             isa_and_nonnull<CXXMethodDecl>(FD) && E->getNumArgs() > 0) {
    Obj = E->getArg(0);
    First = 1;
  }
  if (FD)
    Proto = FD->getType()->getAs<FunctionProtoType>();
  for (unsigned I = First; I < E->getNumArgs(); ++I)
    Args.push_back(E->getArg(I));
}

//===----------------------------------------------------------------------===//
// Pieces of calls
//===----------------------------------------------------------------------===//

void EscapeBuilder::passArg(Hole H, const Expr *Arg, QualType ParamType) {
  if (!ParamType.isNull() && ParamType->isReferenceType())
    exprAddr(H.named(FlowKind::RefBind), Arg);
  else
    expr(H, Arg);
}

void EscapeBuilder::passObject(Hole H, const Expr *Obj, bool ObjIsPtr) {
  if (ObjIsPtr)
    expr(H, Obj);
  else
    exprAddr(H, Obj);
}

LocId EscapeBuilder::designateObject(const CallParts &P) {
  return P.ObjIsPtr ? designatePointee(P.Obj) : designate(P.Obj);
}

void EscapeBuilder::exposeElements(Hole H, const Expr *Container, bool IsPtr) {
  if (H.Dst == NoLoc)
    return;
  if (H.Kind == FlowKind::RefBind)
    H.Kind = FlowKind::Elements; // A reference to an element.
  H = H.named(FlowKind::Elements);
  if (LocId S = IsPtr ? NoLoc : storageOfExpr(Container); S != NoLoc)
    G.flow(H.Dst, S, H.Derefs - 1, H.Kind, H.Where);
  else if (IsPtr)
    expr(H.deref(), Container);
  else
    expr(H, Container);
}

void EscapeBuilder::storeArgs(LocId Dst, QualType Element, const CallParts &P) {
  for (const Expr *A : P.Args) {
    if (!mayHoldPointer(A->getType())) {
      discard(A);
      continue;
    }
    Hole H = Hole::into(Dst, FlowKind::Store, P.E);
    QualType AT = A->getType();
    if (!Element.isNull() && !sameType(AT, Element, Ctx) &&
        (AT->isPointerType() || isContainerType(AT) ||
         isNamedLikeIterator(nameOf(AT->getAsCXXRecordDecl()))))
      expr(H.deref(), A); // A range or iterator: its elements are copied.
    else if (A->isLValue() && isOwningType(AT))
      copyInto(H, A, Element.isNull() ? AT : Element);
    else
      expr(H, A);
  }
}

void EscapeBuilder::holdArg(Hole H, const Expr *A) {
  if (A->isLValue() && isOwningType(A->getType()))
    copyInto(H, A);
  else if (A->isXValue() && isOwningType(A->getType()))
    // A forwarding reference to `std::move(v)`: the held object is
    // move-constructed from it, as a by-value parameter would be.
    expr(H.named(FlowKind::Move), A);
  else
    expr(H, A);
}

//===----------------------------------------------------------------------===//
// Calls
//===----------------------------------------------------------------------===//

/// A method of an iterator class of libstdc++'s `__gnu_cxx` namespace
/// (`__normal_iterator`, std::vector's iterator): a std method.
static bool isLibstdcxxIteratorMethod(const FunctionDecl *FD) {
  const auto *Method = dyn_cast_or_null<CXXMethodDecl>(FD);
  if (!Method || !isNamedLikeIterator(nameOf(Method->getParent())))
    return false;
  const auto *NS = dyn_cast<NamespaceDecl>(
      Method->getParent()->getEnclosingNamespaceContext());
  return NS && NS->getIdentifier() && NS->getName() == "__gnu_cxx" &&
         NS->getParent()->isTranslationUnit();
}

void EscapeBuilder::call(Hole K, const CallExpr *E) {
  CallParts P(E);
  if (stdArgumentItself(K, P) || classAssignment(K, P) ||
      stdContainerMethod(K, P))
    return;
  if (isStdTopLevel(P.FD) || (P.Obj && isLibstdcxxIteratorMethod(P.FD)))
    return stdCall(K, P);
  if (const EscapeSummary *Summary = summaryOf(P))
    return summarizedCall(K, P, *Summary);
  opaque(K, E, P.FD, P.Proto, P.Obj, P.ObjIsPtr, P.Args);
}

/// 1. std::move, std::forward, std::addressof...: the argument itself.
bool EscapeBuilder::stdArgumentItself(Hole K, const CallParts &P) {
  if (!isStdTopLevel(P.FD) || P.Args.size() != 1 || P.Obj)
    return false;
  switch (classifyStdFunction(P.Name)) {
  case StdFunction::Identity:
    exprAddr(K, P.Args[0]);
    return true;
  case StdFunction::AddressOf:
    exprAddr(K.named(FlowKind::AddressOf), P.Args[0]);
    return true;
  case StdFunction::PointerValue:
    expr(K, P.Args[0]);
    return true;
  default:
    return false;
  }
}

/// 2. Assignment to a class object: a store into what the object designates.
bool EscapeBuilder::classAssignment(Hole K, const CallParts &P) {
  const auto *Op = dyn_cast<CXXOperatorCallExpr>(P.E);
  if (!Op || Op->getOperator() != OO_Equal || !P.Obj || P.Args.size() != 1)
    return false;
  const auto *Method = dyn_cast_or_null<CXXMethodDecl>(P.FD);
  bool Move = Method && Method->isMoveAssignmentOperator();
  // A user-defined converting assignment is a call like any other.
  if (Method && !Method->isCopyAssignmentOperator() && !Move &&
      !isStdTopLevel(Method) && Method->hasBody())
    return false;
  assign(P.Obj, P.Args[0], Move, P.E);
  if (K.Dst != NoLoc)
    exprAddr(K, P.Obj);
  return true;
}

/// 3. A method of a standard container.
bool EscapeBuilder::stdContainerMethod(Hole K, const CallParts &P) {
  if (!P.Obj || !isStdTopLevel(P.FD) || !isa<CXXMethodDecl>(P.FD))
    return false;
  QualType ObjType = P.Obj->getType();
  if (!isContainerType(ObjType->isPointerType() ? ObjType->getPointeeType()
                                                : ObjType))
    return false;
  StdContainerMethod What = classifyStdContainerMethod(P.Name);
  if (What == StdContainerMethod::Swap && P.Args.size() == 1) {
    expr(Hole::into(designateObject(P), FlowKind::Move, P.E), P.Args[0]);
    Hole Theirs = Hole::into(designate(P.Args[0]), FlowKind::Move, P.E);
    expr(P.ObjIsPtr ? Theirs.deref() : Theirs, P.Obj);
    return true;
  }
  if (What == StdContainerMethod::Store) {
    LocId Dst = P.ObjIsPtr ? designatePointee(P.Obj) : storageOfExpr(P.Obj);
    if (Dst == NoLoc)
      Dst = designate(P.Obj);
    storeArgs(Dst, elementType(P.objectType()), P);
  } else {
    for (const Expr *A : P.Args)
      discard(A);
  }
  if (K.Dst != NoLoc && resultMayHoldPointer(P.E))
    exposeElements(K, P.Obj, P.ObjIsPtr);
  return true;
}

/// 4. The rest of the standard library.
void EscapeBuilder::stdCall(Hole K, const CallParts &P) {
  if (!P.Obj && stdFreeFunction(K, P))
    return;
  llvm::StringRef Class =
      P.Obj ? nameOf(P.objectType()->getAsCXXRecordDecl()) : "";
  if (classifyStdClass(Class) == StdClass::CallableWrapper && P.Name.empty())
    // Calling a std::function: what it does with its arguments is unknown.
    return opaque(K, P.E, nullptr, P.Proto, P.Obj, false, P.Args);
  if (P.Obj)
    return stdMethod(K, P, Class);
  stdAlgorithm(K, P);
}

/// 4. A free function that StdModel.h names; false for the others, and for
/// a call of another shape than the model's.
bool EscapeBuilder::stdFreeFunction(Hole K, const CallParts &P) {
  switch (StdFunction What = classifyStdFunction(P.Name)) {
  case StdFunction::MakeOnHeap:
  case StdFunction::Async: {
    LocKind Kind = What == StdFunction::Async ? LocKind::Callee : LocKind::Heap;
    storeArgs(sink(Kind, "std::" + P.Name.str()), QualType(), P);
    return true;
  }
  case StdFunction::ElementAccess:
    if (P.Args.size() != 1 || !isContainerType(P.Args[0]->getType()))
      return false;
    exposeElements(K, P.Args[0], false);
    return true;
  case StdFunction::Swap:
    if (P.Args.size() != 2)
      return false;
    expr(Hole::into(designate(P.Args[0]), FlowKind::Move, P.E), P.Args[1]);
    expr(Hole::into(designate(P.Args[1]), FlowKind::Move, P.E), P.Args[0]);
    return true;
  case StdFunction::RefersToArguments:
    for (const Expr *A : P.Args)
      exprAddr(K.named(FlowKind::RefBind), A);
    return true;
  case StdFunction::HoldsArguments:
    for (const Expr *A : P.Args)
      holdArg(K, A);
    return true;
  default:
    return false;
  }
}

/// 4. A method of another std class (optional, pair, smart pointers,
/// span...): arguments are stored in the object; the result refers to what
/// the object holds.
void EscapeBuilder::stdMethod(Hole K, const CallParts &P,
                              llvm::StringRef Class) {
  // FIXME: calls of operator() (std::less, std::hash, a reference_wrapper)
  // store their arguments in the object too. A test of P.Name against
  // "operator()", meant to leave them out, never matched (an operator has no
  // identifier) and is gone.
  if (!P.Args.empty())
    storeArgs(designateObject(P), QualType(), P);
  if (K.Dst == NoLoc || !resultMayHoldPointer(P.E))
    return;
  bool RefResult = P.E->isGLValue();
  if (isStdPointerLike(Class) == RefResult)
    return P.ObjIsPtr ? expr(K.deref(), P.Obj) : expr(K, P.Obj);
  return P.ObjIsPtr ? expr(K, P.Obj) : exprAddr(K, P.Obj);
}

/// 4. Algorithms, ranges and the like keep nothing; a pointer or iterator
/// result may point into an argument.
void EscapeBuilder::stdAlgorithm(Hole K, const CallParts &P) {
  for (const Expr *A : P.Args) {
    if (K.Dst == NoLoc || !resultMayHoldPointer(P.E))
      discard(A);
    else if (isContainerType(A->getType()))
      exposeElements(K, A, false);
    else
      expr(K, A);
  }
}

/// The summary of the callee, or null when the call is opaque (5): a call
/// through a pointer, a virtual call, a callee without a body.
const EscapeSummary *EscapeBuilder::summaryOf(const CallParts &P) {
  const auto *Method = dyn_cast_or_null<CXXMethodDecl>(P.FD);
  bool Virtual = Method && Method->isVirtual() &&
                 !Method->hasAttr<FinalAttr>() &&
                 !Method->getParent()->hasAttr<FinalAttr>();
  if (const auto *ME = dyn_cast<MemberExpr>(P.E->getCallee()->IgnoreParens()))
    if (ME->hasQualifier())
      Virtual = false; // Base::f() is not dispatched.
  const FunctionDecl *Def = P.FD ? P.FD->getDefinition() : nullptr;
  return Def && !Virtual && Summaries ? Summaries->summaryFor(Def) : nullptr;
}

/// 5. Opaque: the callee may keep what its reference and pointer parameters
/// get.
void EscapeBuilder::opaque(Hole K, const Stmt *E, const FunctionDecl *FD,
                           const FunctionProtoType *Proto, const Expr *Obj,
                           bool ObjIsPtr, llvm::ArrayRef<const Expr *> Args) {
  LocId Kept = NoLoc;
  auto Keep = [&](FlowKind Kind) {
    if (Kept == NoLoc)
      Kept = sink(LocKind::Callee, calleeName(FD),
                  FD ? (const void *)FD : (const void *)E);
    return Hole::into(Kept, Kind, E);
  };
  for (unsigned I = 0; I < Args.size(); ++I) {
    const Expr *A = Args[I];
    QualType PT = parameterType(FD, Proto, I);
    const ParmVarDecl *Param = paramDecl(FD, I);
    if (Param && Param->hasAttr<LifetimeBoundAttr>() && K.Dst != NoLoc)
      passArg(K.named(FlowKind::Through), A, PT);
    if ((Param && Param->hasAttr<NoEscapeAttr>()) ||
        !mayHoldPointer(A->getType())) {
      discard(A);
      continue;
    }
    if (!PT.isNull() && PT->isLValueReferenceType() &&
        PT.getNonReferenceType().isConstQualified()) {
      // Assumption: a const reference is not kept.
      discard(A);
      continue;
    }
    passArg(Keep(FlowKind::Assign), A, PT);
  }
  const auto *Method = dyn_cast_or_null<CXXMethodDecl>(FD);
  if (Obj && Method && !Method->isConst() && !Method->isStatic())
    passObject(Keep(FlowKind::RefBind), Obj, ObjIsPtr);
  else if (Obj)
    discard(Obj);
}

LocId EscapeBuilder::summarySink(const ParamReach &R,
                                 const FunctionDecl *Callee,
                                 const FunctionDecl *Def) {
  LocKind Kind = R.HeapKind == LocKind::Heap ? LocKind::Heap : LocKind::Callee;
  return sink(Kind, calleeName(Callee), Def);
}

EscapeBuilder::Hole EscapeBuilder::reachHole(Hole K, const CallParts &P,
                                             const ParamReach &R,
                                             const FunctionDecl *Def,
                                             LocId &Kept) {
  llvm::SmallVector<Hole, 3> Hs;
  if (R.Heap != NoDerefs) {
    if (Kept == NoLoc)
      Kept = summarySink(R, P.FD, Def);
    Hs.push_back(Hole::into(Kept, FlowKind::Assign, P.E, R.Heap));
  }
  if (R.Result != NoDerefs && K.Dst != NoLoc)
    Hs.push_back(K.shift(R.Result).named(FlowKind::Through));
  if (R.This != NoDerefs && P.Obj)
    Hs.push_back(Hole::into(designateObject(P), FlowKind::Store, P.E, R.This));
  return tee(Hs, P.E);
}

/// 6. A visible callee: its summary says where each argument goes.
void EscapeBuilder::summarizedCall(Hole K, const CallParts &P,
                                   const EscapeSummary &Summary) {
  const FunctionDecl *Def = P.FD->getDefinition();
  LocId Kept = NoLoc;
  for (unsigned I = 0; I < P.Args.size(); ++I) {
    if (I >= Summary.Params.size()) {
      discard(P.Args[I]);
      continue;
    }
    passArg(reachHole(K, P, Summary.Params[I], Def, Kept), P.Args[I],
            parameterType(P.FD, P.Proto, I));
  }
  if (P.Obj)
    passObject(reachHole(K, P, Summary.This, Def, Kept), P.Obj, P.ObjIsPtr);
}

//===----------------------------------------------------------------------===//
// Constructions
//===----------------------------------------------------------------------===//

void EscapeBuilder::eachPointerArg(
    const CXXConstructExpr *E,
    llvm::function_ref<void(const Expr *, unsigned)> Visit) {
  for (unsigned I = 0; I < E->getNumArgs(); ++I) {
    const Expr *A = E->getArg(I);
    if (isa<CXXDefaultArgExpr>(A) || !mayHoldPointer(A->getType()))
      discard(A);
    else
      Visit(A, I);
  }
}

void EscapeBuilder::construct(Hole K, const CXXConstructExpr *E) {
  const CXXConstructorDecl *Ctor = E->getConstructor();
  Hole H = K;
  if (!H.Where)
    H.Where = E;
  if (Ctor->isCopyOrMoveConstructor() && E->getNumArgs() >= 1) {
    if (Ctor->isMoveConstructor())
      return expr(H.named(FlowKind::Move), E->getArg(0));
    if (isOwningType(E->getType()))
      return copyInto(H, E->getArg(0), E->getType());
    return expr(H, E->getArg(0)); // A plain copy copies the pointers it holds.
  }
  if (isStdTopLevel(Ctor->getParent()))
    return constructStd(H, E);
  const auto *Def = dyn_cast_or_null<CXXConstructorDecl>(Ctor->getDefinition());
  if (Def && Summaries && !Def->isImplicit())
    if (const EscapeSummary *Summary = Summaries->summaryFor(Def))
      return constructSummarized(H, E, *Summary, Def);
  bool Generated = Ctor->isImplicit() || Ctor->isDefaulted();
  if (!Generated && !Ctor->hasBody()) {
    // An opaque constructor: its reference and pointer parameters may be
    // kept.
    llvm::SmallVector<const Expr *, 4> Args(E->arguments());
    return opaque(K, E, Ctor, nullptr, nullptr, false, Args);
  }
  if (Generated) {
    // An aggregate or implicit constructor: the object holds its arguments.
    eachPointerArg(E, [&](const Expr *A, unsigned) { expr(H, A); });
  }
}

void EscapeBuilder::constructStd(Hole H, const CXXConstructExpr *E) {
  llvm::StringRef Name = nameOf(E->getConstructor()->getParent());
  StdClass Class = classifyStdClass(Name);
  if (Class == StdClass::CallableWrapper || Class == StdClass::Thread) {
    // The callable and its arguments are copied to the heap and kept.
    Hole Kept = Hole::into(sink(LocKind::Heap, "std::" + Name.str()),
                           FlowKind::Assign, E);
    eachPointerArg(E, [&](const Expr *A, unsigned) { holdArg(Kept, A); });
    return;
  }
  if (isContainerType(E->getType()))
    return constructContainer(H, E);
  if (Class == StdClass::View)
    return eachPointerArg(
        E, [&](const Expr *A, unsigned) { constructView(H, A); });
  if (Class == StdClass::ReferenceHolder)
    return eachPointerArg(E, [&](const Expr *A, unsigned) {
      exprAddr(H.named(FlowKind::RefBind), A);
    });
  // pair, tuple, optional, smart pointers...: the object holds its
  // arguments, copied from lvalues, moved from rvalues.
  eachPointerArg(E, [&](const Expr *A, unsigned) { holdArg(H, A); });
}

/// A container made from elements, a range or a list: new storage.
void EscapeBuilder::constructContainer(Hole H, const CXXConstructExpr *E) {
  if (E->getNumArgs() == 0)
    return; // Empty: nothing of anyone else's in it.
  LocId Storage = temp("new storage");
  G.flow(H.Dst, Storage, H.Derefs - 1, FlowKind::Internal, H.Where);
  QualType Element = elementType(E->getType());
  eachPointerArg(E, [&](const Expr *A, unsigned) {
    Hole Into = Hole::into(Storage, FlowKind::Store, H.Where);
    if (sameType(A->getType(), Element, Ctx))
      copyInto(Into, A, Element);
    else
      expr(Into.deref(), A);
  });
}

/// A span or string_view of \p A: a pointer into its elements.
void EscapeBuilder::constructView(Hole H, const Expr *A) {
  LocId S = storageOfExpr(A);
  if (S != NoLoc)
    G.flow(H.Dst, S, H.Derefs - 1, FlowKind::Elements, H.Where);
  else if (isContainerType(A->getType()))
    expr(H.named(FlowKind::Elements), A);
  else if (A->getType()->isArrayType())
    exprAddr(H.named(FlowKind::Elements), A);
  else
    expr(H, A);
}

/// A constructor with a visible body: its summary says where each argument
/// goes; what it stores in *this, the new object holds.
void EscapeBuilder::constructSummarized(Hole H, const CXXConstructExpr *E,
                                        const EscapeSummary &Summary,
                                        const CXXConstructorDecl *Def) {
  const CXXConstructorDecl *Ctor = E->getConstructor();
  eachPointerArg(E, [&](const Expr *A, unsigned I) {
    if (I >= Summary.Params.size())
      return discard(A);
    const ParamReach &R = Summary.Params[I];
    llvm::SmallVector<Hole, 3> Hs;
    if (R.Heap != NoDerefs)
      Hs.push_back(
          Hole::into(summarySink(R, Ctor, Def), FlowKind::Assign, E, R.Heap));
    if (R.This != NoDerefs)
      Hs.push_back(H.shift(R.This).named(FlowKind::Store));
    passArg(tee(Hs, E), A, parameterType(Ctor, nullptr, I));
  });
}

void EscapeBuilder::newExpr(Hole K, const CXXNewExpr *E) {
  (void)K; // The new object's address is a heap address: nothing local.
  Hole H = Hole::into(sink(LocKind::Heap, "new", E->getOperatorNew()),
                      FlowKind::Store, E);
  for (const Expr *Placement : E->placement_arguments())
    discard(Placement);
  if (const Expr *Init = E->getInitializer())
    expr(H, Init);
}

} // namespace stacklift
