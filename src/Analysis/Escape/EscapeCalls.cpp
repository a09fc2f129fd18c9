//===- EscapeCalls.cpp - Calls, constructions and the std model -----------===//
//
// How a call moves its arguments, in order of precedence:
//
//   1. std::move, std::forward, std::addressof: the argument itself;
//   2. `a = b` on a class: a store into what `a` designates;
//   3. a method of a standard container: data()/begin()/front()/[] expose
//      the storage; push_back/emplace/insert store into it; swap exchanges;
//      the others (size, reserve, clear...) move nothing;
//   4. other `std` functions: make_unique/make_shared and the constructors
//      of std::function, std::thread and std::async store on the heap;
//      make_pair/make_tuple/ref/tie/get build a result from the arguments;
//      every other one (the algorithms, ranges) keeps nothing and may
//      return an iterator into its arguments;
//   5. a virtual call, a call through a pointer, or a callee without a
//      body: opaque; what a non-const reference or pointer parameter gets
//      is kept, unless [[clang::noescape]]; const references are not kept;
//   6. a visible callee: its summary (EscapeSummaries.h).
// [[clang::lifetimebound]] parameters flow into the result in every case.
//
//===----------------------------------------------------------------------===//

#include "stacklift/Analysis/Escape/EscapeBuilder.h"
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

static bool isStd(const Decl *D) {
  if (!D)
    return false;
  if (D->isInStdNamespace())
    return true;
  if (const auto *Method = dyn_cast<CXXMethodDecl>(D))
    return Method->getParent()->isInStdNamespace();
  return false;
}

static bool mayHoldPointerType(QualType T) {
  T = T.getNonReferenceType().getCanonicalType();
  return !(T->isArithmeticType() || T->isEnumeralType() || T->isVoidType() ||
           T->isNullPtrType());
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

/// The parameter type for argument \p I, or null for a variadic argument.
static QualType paramType(const FunctionDecl *FD,
                          const FunctionProtoType *Proto, unsigned I) {
  if (FD && I < FD->getNumParams())
    return FD->getParamDecl(I)->getType();
  if (Proto && I < Proto->getNumParams())
    return Proto->getParamType(I);
  return QualType();
}

namespace {
/// The pieces of one call, whatever its syntax.
struct CallParts {
  const FunctionDecl *FD = nullptr;
  const FunctionProtoType *Proto = nullptr;
  /// The implicit object argument, and whether it is a pointer (`p->f()`).
  const Expr *Obj = nullptr;
  bool ObjIsPtr = false;
  llvm::SmallVector<const Expr *, 4> Args;
};
} // namespace

static CallParts partsOf(const CallExpr *E) {
  CallParts P;
  P.FD = E->getDirectCallee();
  QualType CalleeType = E->getCallee()->getType();
  if (const auto *Ptr = CalleeType->getAs<PointerType>())
    CalleeType = Ptr->getPointeeType();
  P.Proto = CalleeType->getAs<FunctionProtoType>();
  unsigned First = 0;
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) {
    P.Obj = MC->getImplicitObjectArgument();
    if (const auto *ME = dyn_cast<MemberExpr>(MC->getCallee()->IgnoreParens()))
      P.ObjIsPtr = ME->isArrow();
  } else if (isa<CXXOperatorCallExpr>(E) &&
             isa_and_nonnull<CXXMethodDecl>(P.FD) && E->getNumArgs() > 0) {
    P.Obj = E->getArg(0);
    First = 1;
  }
  if (P.FD)
    P.Proto = P.FD->getType()->getAs<FunctionProtoType>();
  for (unsigned I = First; I < E->getNumArgs(); ++I)
    P.Args.push_back(E->getArg(I));
  return P;
}

void EscapeBuilder::call(Hole K, const CallExpr *E) {
  CallParts P = partsOf(E);
  const FunctionDecl *FD = P.FD;
  llvm::StringRef Name = nameOf(FD);
  const Stmt *Where = E;
  auto HoleTo = [&](LocId Dst, int Derefs, FlowKind Kind) {
    Hole H;
    H.Dst = Dst;
    H.Derefs = Derefs;
    H.Kind = Kind;
    H.Where = Where;
    return H;
  };
  // The object, as the callee's `this` sees it: a pointer.
  auto PassObject = [&](Hole H) {
    if (P.ObjIsPtr)
      expr(H, P.Obj);
    else
      exprAddr(H, P.Obj);
  };
  // An argument as its parameter sees it.
  auto PassArg = [&](Hole H, unsigned I) {
    QualType PT = paramType(FD, P.Proto, I);
    if (!PT.isNull() && PT->isReferenceType())
      exprAddr(H.named(FlowKind::RefBind), P.Args[I]);
    else
      expr(H, P.Args[I]);
  };
  // What a container's storage is to a pointer result.
  auto ExposeElements = [&](Hole H, const Expr *Container, bool IsPtr) {
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
  };
  // Stores the arguments into \p Dst, copying containers given as lvalues.
  auto StoreArgs = [&](LocId Dst, QualType Element, size_t From) {
    for (size_t I = From; I < P.Args.size(); ++I) {
      const Expr *A = P.Args[I];
      if (!mayHoldPointerType(A->getType())) {
        discard(A);
        continue;
      }
      Hole H = HoleTo(Dst, 0, FlowKind::Store);
      QualType AT = A->getType();
      if (!Element.isNull() && !sameType(AT, Element, Ctx) &&
          (AT->isPointerType() || isContainerType(AT) ||
           nameOf(AT->getAsCXXRecordDecl()).contains("iterator")))
        expr(H.deref(), A); // A range or iterator: its elements are copied.
      else if (A->isLValue() && isOwningType(AT))
        copyInto(H, A, Element.isNull() ? AT : Element);
      else
        expr(H, A);
    }
  };

  // 1. The argument itself.
  if (FD && isStd(FD) && P.Args.size() == 1 && !P.Obj &&
      llvm::is_contained({"move", "forward", "move_if_noexcept", "as_const",
                          "addressof", "launder", "to_address"},
                         Name)) {
    if (Name == "addressof")
      return exprAddr(K.named(FlowKind::AddressOf), P.Args[0]);
    if (Name == "launder" || Name == "to_address")
      return expr(K, P.Args[0]);
    return exprAddr(K, P.Args[0]);
  }
  // 2. Assignment to a class object.
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E))
    if (Op->getOperator() == OO_Equal && P.Obj && P.Args.size() == 1) {
      const auto *Method = dyn_cast_or_null<CXXMethodDecl>(FD);
      bool Move = Method && Method->isMoveAssignmentOperator();
      if (Method && !Method->isCopyAssignmentOperator() && !Move &&
          !isStd(Method) && Method->hasBody())
        ; // A user-defined converting assignment: a call like any other.
      else {
        assign(P.Obj, P.Args[0], Move, E);
        if (K.Dst != NoLoc)
          exprAddr(K, P.Obj);
        return;
      }
    }
  // 3. A method of a standard container.
  if (P.Obj && isStd(FD) && isa<CXXMethodDecl>(FD) &&
      isContainerType(P.Obj->getType()->isPointerType()
                          ? P.Obj->getType()->getPointeeType()
                          : P.Obj->getType())) {
    QualType Container =
        P.ObjIsPtr ? P.Obj->getType()->getPointeeType() : P.Obj->getType();
    if (Name == "swap" && P.Args.size() == 1) {
      LocId Mine = P.ObjIsPtr ? designatePointee(P.Obj) : designate(P.Obj);
      expr(HoleTo(Mine, 0, FlowKind::Move), P.Args[0]);
      Hole Theirs = HoleTo(designate(P.Args[0]), 0, FlowKind::Move);
      return P.ObjIsPtr ? expr(Theirs.deref(), P.Obj) : expr(Theirs, P.Obj);
    }
    static const char *const Stores[] = {
        "push_back", "emplace_back", "push_front",       "emplace_front",
        "insert",    "emplace",      "emplace_hint",     "assign",
        "resize",    "try_emplace",  "insert_or_assign", "append"};
    if (llvm::is_contained(Stores, Name)) {
      LocId Dst = P.ObjIsPtr ? designatePointee(P.Obj) : storageOfExpr(P.Obj);
      if (Dst == NoLoc)
        Dst = designate(P.Obj);
      StoreArgs(Dst, elementType(Container), 0);
    } else {
      for (const Expr *A : P.Args)
        discard(A);
    }
    if (K.Dst != NoLoc && (E->isGLValue() || mayHoldPointerType(E->getType())))
      ExposeElements(K, P.Obj, P.ObjIsPtr);
    return;
  }
  // 4. The rest of the standard library.
  if (isStd(FD)) {
    std::string Qualified = calleeName(FD);
    if (llvm::is_contained({"make_unique", "make_shared", "allocate_shared",
                            "make_unique_for_overwrite", "async"},
                           Name) &&
        !P.Obj) {
      LocKind Kind = Name == "async" ? LocKind::Callee : LocKind::Heap;
      StoreArgs(sink(Kind, "std::" + Name.str()), QualType(), 0);
      return;
    }
    if (!P.Obj && P.Args.size() == 1 &&
        llvm::is_contained(
            {"begin", "end", "cbegin", "cend", "rbegin", "rend", "data"},
            Name) &&
        isContainerType(P.Args[0]->getType()))
      return ExposeElements(K, P.Args[0], false);
    if (Name == "swap" && !P.Obj && P.Args.size() == 2) {
      expr(HoleTo(designate(P.Args[0]), 0, FlowKind::Move), P.Args[1]);
      return expr(HoleTo(designate(P.Args[1]), 0, FlowKind::Move), P.Args[0]);
    }
    if (!P.Obj && llvm::is_contained({"tie", "forward_as_tuple", "ref", "cref",
                                      "back_inserter", "front_inserter",
                                      "inserter", "get", "get_if"},
                                     Name)) {
      for (const Expr *A : P.Args)
        exprAddr(K.named(FlowKind::RefBind), A);
      return;
    }
    if (!P.Obj &&
        llvm::is_contained(
            {"make_pair", "make_tuple", "make_optional", "tuple_cat"}, Name)) {
      for (const Expr *A : P.Args)
        if (A->isLValue() && isOwningType(A->getType()))
          copyInto(K, A);
        else
          expr(K, A);
      return;
    }
    const auto *Record = P.Obj
                             ? (P.ObjIsPtr ? P.Obj->getType()->getPointeeType()
                                           : P.Obj->getType())
                                   ->getAsCXXRecordDecl()
                             : nullptr;
    llvm::StringRef Class = nameOf(Record);
    if (llvm::is_contained({"function", "move_only_function",
                            "copyable_function", "packaged_task"},
                           Class) &&
        Name.empty()) {
      // Calling a std::function: what it does with its arguments is
      // unknown.
      return opaque(K, E, nullptr, P.Proto, P.Obj, false, P.Args);
    }
    if (P.Obj) {
      // A method of another std class (optional, pair, smart pointers,
      // span...): arguments are stored in the object; the result refers to
      // what the object holds.
      if (!P.Args.empty() && Name != "operator()")
        StoreArgs(P.ObjIsPtr ? designatePointee(P.Obj) : designate(P.Obj),
                  QualType(), 0);
      if (K.Dst == NoLoc ||
          (!E->isGLValue() && !mayHoldPointerType(E->getType())))
        return;
      bool PointerLike =
          llvm::is_contained({"unique_ptr", "shared_ptr", "weak_ptr",
                              "reference_wrapper", "span", "basic_string_view"},
                             Class) ||
          Class.contains("iterator");
      bool RefResult = E->isGLValue();
      if (PointerLike == RefResult)
        return P.ObjIsPtr ? expr(K.deref(), P.Obj) : expr(K, P.Obj);
      return P.ObjIsPtr ? expr(K, P.Obj) : exprAddr(K, P.Obj);
    }
    // Algorithms, ranges and the like keep nothing; a pointer or iterator
    // result may point into an argument.
    for (const Expr *A : P.Args) {
      if (K.Dst == NoLoc ||
          (!E->isGLValue() && !mayHoldPointerType(E->getType())))
        discard(A);
      else if (isContainerType(A->getType()))
        ExposeElements(K, A, false);
      else
        expr(K, A);
    }
    return;
  }
  // 5. Opaque: a call through a pointer, a virtual call, no body.
  const auto *Method = dyn_cast_or_null<CXXMethodDecl>(FD);
  bool Virtual = Method && Method->isVirtual() &&
                 !Method->hasAttr<FinalAttr>() &&
                 !Method->getParent()->hasAttr<FinalAttr>();
  if (const auto *ME = dyn_cast<MemberExpr>(E->getCallee()->IgnoreParens()))
    if (ME->hasQualifier())
      Virtual = false; // Base::f() is not dispatched.
  const FunctionDecl *Def = FD ? FD->getDefinition() : nullptr;
  const EscapeSummary *Summary =
      Def && !Virtual && Summaries ? Summaries->summaryFor(Def) : nullptr;
  if (!Summary)
    return opaque(K, E, FD, P.Proto, P.Obj, P.ObjIsPtr, P.Args);
  // 6. A visible callee: its summary says where each argument goes.
  LocId Kept = NoLoc;
  auto Holes = [&](const ParamReach &R) {
    llvm::SmallVector<Hole, 3> Hs;
    if (R.Heap != NoDerefs) {
      if (Kept == NoLoc)
        Kept = R.HeapKind == LocKind::Heap
                   ? sink(LocKind::Heap, calleeName(FD), Def)
                   : sink(LocKind::Callee, calleeName(FD), Def);
      Hs.push_back(HoleTo(Kept, R.Heap, FlowKind::Assign));
    }
    if (R.Result != NoDerefs && K.Dst != NoLoc)
      Hs.push_back(K.shift(R.Result).named(FlowKind::Through));
    if (R.This != NoDerefs && P.Obj)
      Hs.push_back(
          HoleTo(P.ObjIsPtr ? designatePointee(P.Obj) : designate(P.Obj),
                 R.This, FlowKind::Store));
    return tee(Hs, Where);
  };
  for (unsigned I = 0; I < P.Args.size(); ++I) {
    if (I >= Summary->Params.size()) {
      discard(P.Args[I]);
      continue;
    }
    PassArg(Holes(Summary->Params[I]), I);
  }
  if (P.Obj)
    PassObject(Holes(Summary->This));
}

void EscapeBuilder::opaque(Hole K, const Stmt *E, const FunctionDecl *FD,
                           const FunctionProtoType *Proto, const Expr *Obj,
                           bool ObjIsPtr, llvm::ArrayRef<const Expr *> Args) {
  LocId Kept = NoLoc;
  auto Keep = [&](FlowKind Kind) {
    if (Kept == NoLoc)
      Kept = sink(LocKind::Callee, calleeName(FD),
                  FD ? (const void *)FD : (const void *)E);
    Hole H;
    H.Dst = Kept;
    H.Kind = Kind;
    H.Where = E;
    return H;
  };
  for (unsigned I = 0; I < Args.size(); ++I) {
    const Expr *A = Args[I];
    QualType PT = paramType(FD, Proto, I);
    const ParmVarDecl *Param =
        FD && I < FD->getNumParams() ? FD->getParamDecl(I) : nullptr;
    if (Param && Param->hasAttr<LifetimeBoundAttr>() && K.Dst != NoLoc) {
      if (PT->isReferenceType())
        exprAddr(K.named(FlowKind::Through), A);
      else
        expr(K.named(FlowKind::Through), A);
    }
    if ((Param && Param->hasAttr<NoEscapeAttr>()) ||
        !mayHoldPointerType(A->getType())) {
      discard(A);
      continue;
    }
    if (!PT.isNull() && PT->isLValueReferenceType() &&
        PT.getNonReferenceType().isConstQualified()) {
      // Assumption: a const reference is not kept.
      discard(A);
      continue;
    }
    if (!PT.isNull() && PT->isReferenceType())
      exprAddr(Keep(FlowKind::RefBind), A);
    else
      expr(Keep(FlowKind::Assign), A);
  }
  const auto *Method = dyn_cast_or_null<CXXMethodDecl>(FD);
  if (Obj && Method && !Method->isConst() && !Method->isStatic()) {
    if (ObjIsPtr)
      expr(Keep(FlowKind::RefBind), Obj);
    else
      exprAddr(Keep(FlowKind::RefBind), Obj);
  } else if (Obj) {
    discard(Obj);
  }
}

void EscapeBuilder::construct(Hole K, const CXXConstructExpr *E) {
  const CXXConstructorDecl *Ctor = E->getConstructor();
  const CXXRecordDecl *Class = Ctor->getParent();
  llvm::StringRef Name = nameOf(Class);
  auto Arg = [&](unsigned I) { return E->getArg(I); };
  Hole H = K;
  if (!H.Where)
    H.Where = E;
  if (Ctor->isCopyOrMoveConstructor() && E->getNumArgs() >= 1) {
    if (Ctor->isMoveConstructor())
      return expr(H.named(FlowKind::Move), Arg(0));
    if (isOwningType(E->getType()))
      return copyInto(H, Arg(0), E->getType());
    return expr(H, Arg(0)); // A plain copy copies the pointers it holds.
  }
  auto Each = [&](auto Fn) {
    for (unsigned I = 0; I < E->getNumArgs(); ++I) {
      if (isa<CXXDefaultArgExpr>(Arg(I)) ||
          !mayHoldPointerType(Arg(I)->getType()))
        discard(Arg(I));
      else
        Fn(Arg(I), I);
    }
  };
  if (Class->isInStdNamespace()) {
    if (llvm::is_contained({"function", "move_only_function",
                            "copyable_function", "thread", "jthread",
                            "packaged_task"},
                           Name)) {
      // The callable and its arguments are copied to the heap and kept.
      Hole Kept;
      Kept.Dst = sink(LocKind::Heap, "std::" + Name.str());
      Kept.Where = E;
      Each([&](const Expr *A, unsigned) {
        if (A->isLValue() && isOwningType(A->getType()))
          copyInto(Kept, A);
        else
          expr(Kept, A);
      });
      return;
    }
    if (isContainerType(E->getType())) {
      if (E->getNumArgs() == 0)
        return; // Empty: nothing of anyone else's in it.
      // A container made from elements, a range or a list: new storage.
      LocId Storage = temp("new storage");
      G.flow(H.Dst, Storage, H.Derefs - 1, FlowKind::Internal, H.Where);
      QualType Element = elementType(E->getType());
      Each([&](const Expr *A, unsigned) {
        Hole Into;
        Into.Dst = Storage;
        Into.Kind = FlowKind::Store;
        Into.Where = H.Where;
        if (sameType(A->getType(), Element, Ctx))
          copyInto(Into, A, Element);
        else
          expr(Into.deref(), A);
      });
      return;
    }
    if (llvm::is_contained({"span", "basic_string_view"}, Name)) {
      Each([&](const Expr *A, unsigned) {
        LocId S = storageOfExpr(A);
        if (S != NoLoc)
          G.flow(H.Dst, S, H.Derefs - 1, FlowKind::Elements, H.Where);
        else if (isContainerType(A->getType()))
          expr(H.named(FlowKind::Elements), A);
        else if (A->getType()->isArrayType())
          exprAddr(H.named(FlowKind::Elements), A);
        else
          expr(H, A);
      });
      return;
    }
    if (llvm::is_contained({"reference_wrapper", "back_insert_iterator",
                            "front_insert_iterator", "insert_iterator"},
                           Name)) {
      Each([&](const Expr *A, unsigned) {
        exprAddr(H.named(FlowKind::RefBind), A);
      });
      return;
    }
    // pair, tuple, optional, smart pointers...: the object holds its
    // arguments, copied from lvalues, moved from rvalues.
    Each([&](const Expr *A, unsigned) {
      if (A->isLValue() && isOwningType(A->getType()))
        copyInto(H, A);
      else
        expr(H, A);
    });
    return;
  }
  const CXXConstructorDecl *Def =
      dyn_cast_or_null<CXXConstructorDecl>(Ctor->getDefinition());
  const EscapeSummary *Summary = Def && Summaries && !Def->isImplicit()
                                     ? Summaries->summaryFor(Def)
                                     : nullptr;
  if (!Summary) {
    if (Ctor->isImplicit() || Ctor->isDefaulted() || !Ctor->hasBody()) {
      if (!Ctor->hasBody() && !Ctor->isImplicit() && !Ctor->isDefaulted()) {
        // An opaque constructor: its reference and pointer parameters may
        // be kept.
        llvm::SmallVector<const Expr *, 4> Args(E->arguments());
        return opaque(K, E, Ctor, nullptr, nullptr, false, Args);
      }
      // An aggregate or implicit constructor: the object holds its
      // arguments.
      Each([&](const Expr *A, unsigned) { expr(H, A); });
    }
    return;
  }
  Each([&](const Expr *A, unsigned I) {
    if (I >= Summary->Params.size())
      return discard(A);
    const ParamReach &R = Summary->Params[I];
    llvm::SmallVector<Hole, 3> Hs;
    if (R.Heap != NoDerefs) {
      Hole Kept;
      Kept.Dst = R.HeapKind == LocKind::Heap
                     ? sink(LocKind::Heap, calleeName(Ctor), Def)
                     : sink(LocKind::Callee, calleeName(Ctor), Def);
      Kept.Derefs = R.Heap;
      Kept.Where = E;
      Hs.push_back(Kept);
    }
    // What the constructor stores in *this, the new object holds.
    if (R.This != NoDerefs)
      Hs.push_back(H.shift(R.This).named(FlowKind::Store));
    Hole Into = tee(Hs, E);
    if (Ctor->getParamDecl(I)->getType()->isReferenceType())
      exprAddr(Into.named(FlowKind::RefBind), A);
    else
      expr(Into, A);
  });
}

void EscapeBuilder::newExpr(Hole K, const CXXNewExpr *E) {
  (void)K; // The new object's address is a heap address: nothing local.
  Hole H;
  H.Dst = sink(LocKind::Heap, "new", E->getOperatorNew());
  H.Kind = FlowKind::Store;
  H.Where = E;
  for (const Expr *Placement : E->placement_arguments())
    discard(Placement);
  if (const Expr *Init = E->getInitializer())
    expr(H, Init);
}

} // namespace stacklift
