//===- TypeSpellings.cpp - Where a vector's types are pinned --------------===//

#include "stacklift/Remedy/TypeSpellings.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/TypeLoc.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace clang;

namespace stacklift {

namespace {

/// The iterator types of one vector class.
struct IteratorTypes {
  const CXXRecordDecl *Vector = nullptr;
  /// The iterator types that are classes.
  llvm::SmallPtrSet<const CXXRecordDecl *, 4> Classes;
  /// The member typedefs themselves (`std::vector<int>::iterator`).
  llvm::SmallPtrSet<const TypedefNameDecl *, 4> Members;
};

IteratorTypes iteratorTypesOf(const VarDecl *Var, ASTContext &Ctx) {
  IteratorTypes Out;
  const CXXRecordDecl *RD =
      Var->getType().getNonReferenceType()->getAsCXXRecordDecl();
  if (!RD || !RD->hasDefinition())
    return Out;
  Out.Vector = RD->getCanonicalDecl();
  for (llvm::StringRef Name : {"iterator", "const_iterator", "reverse_iterator",
                               "const_reverse_iterator"})
    for (const NamedDecl *D : RD->lookup(&Ctx.Idents.get(Name)))
      if (const auto *Typedef = dyn_cast<TypedefNameDecl>(D)) {
        Out.Members.insert(Typedef->getCanonicalDecl());
        if (const CXXRecordDecl *Class =
                Typedef->getUnderlyingType()->getAsCXXRecordDecl())
          Out.Classes.insert(Class->getCanonicalDecl());
      }
  return Out;
}

bool mentions(QualType T, const IteratorTypes &Types, unsigned Depth = 0);

bool mentionsArgument(const TemplateArgument &Arg, const IteratorTypes &Types,
                      unsigned Depth) {
  if (Arg.getKind() == TemplateArgument::Type)
    return mentions(Arg.getAsType(), Types, Depth + 1);
  if (Arg.getKind() == TemplateArgument::Pack)
    return llvm::any_of(Arg.pack_elements(), [&](const TemplateArgument &A) {
      return mentionsArgument(A, Types, Depth);
    });
  return false;
}

/// Whether \p T is one of the iterator classes, or is built from one: a
/// pointer, reference or array of one, a specialization with one among its
/// arguments (`std::pair<It, It>`), a function taking or returning one.
bool mentions(QualType T, const IteratorTypes &Types, unsigned Depth) {
  if (T.isNull() || Types.Classes.empty() || Depth > 8)
    return false;
  T = T.getCanonicalType();
  while (true) {
    if (const auto *Ref = T->getAs<ReferenceType>())
      T = Ref->getPointeeType();
    else if (T->isPointerType() || T->isMemberPointerType())
      T = T->getPointeeType();
    else if (const ArrayType *Array = T->getAsArrayTypeUnsafe())
      T = Array->getElementType();
    else
      break;
  }
  const CXXRecordDecl *Class = T->getAsCXXRecordDecl();
  if (Class && Types.Classes.count(Class->getCanonicalDecl()))
    return true;
  if (const auto *Fn = T->getAs<FunctionProtoType>())
    return mentions(Fn->getReturnType(), Types, Depth + 1) ||
           llvm::any_of(Fn->getParamTypes(), [&](QualType P) {
             return mentions(P, Types, Depth + 1);
           });
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(Class);
  return Spec && llvm::any_of(Spec->getTemplateArgs().asArray(),
                              [&](const TemplateArgument &A) {
                                return mentionsArgument(A, Types, Depth);
                              });
}

/// Walks the function once and stops at the first place that pins an
/// iterator type.
class SpellingFinder : public RecursiveASTVisitor<SpellingFinder> {
  using Base = RecursiveASTVisitor<SpellingFinder>;

public:
  SpellingFinder(const VarDecl *Var, const IteratorTypes &Types,
                 const FunctionIndex &Fn)
      : Var(Var), Types(Types), Fn(Fn) {}

  CompatibilityResult Result;
  /// A call on the vector that hands one of its iterators to the function.
  const Stmt *OwnIterator = nullptr;
  /// An iterator of the same type from elsewhere: another vector, a
  /// parameter, a member, a function returning one.
  const Stmt *ForeignIterator = nullptr;

  // No data recursion: the stack of statements names the witness of a
  // written type.
  bool TraverseStmt(Stmt *S) {
    if (!S)
      return true;
    Stack.push_back(S);
    bool Continue = Base::TraverseStmt(S);
    Stack.pop_back();
    return Continue;
  }

  bool VisitTypeLoc(TypeLoc TL) {
    if (Stack.empty() || TL.getType()->getContainedDeducedType())
      return true;
    bool Pinned = mentions(TL.getType(), Types);
    if (const auto *Typedef = dyn_cast<TypedefType>(TL.getTypePtr()))
      Pinned |=
          Types.Members.count(Typedef->getDecl()->getCanonicalDecl()) != 0;
    if (!Pinned)
      return true;
    llvm::StringRef Text = Lexer::getSourceText(
        CharSourceRange::getTokenRange(TL.getSourceRange()),
        Fn.Ctx.getSourceManager(), Fn.Ctx.getLangOpts());
    return fail(Stack.back(), "used through the type '" + Text.str() + "'");
  }

  bool VisitReturnStmt(ReturnStmt *Return) {
    const Expr *Value = Return->getRetValue();
    if (Value && mentions(Value->getType(), Types))
      return fail(Return, "used through an iterator returned");
    return true;
  }

  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    const auto *Other = dyn_cast<VarDecl>(Ref->getDecl());
    if (Other && (!Other->isLocalVarDecl() || Other->isStaticLocal()) &&
        mentions(Other->getType(), Types) && !ForeignIterator)
      ForeignIterator = Ref;
    return true;
  }

  bool VisitMemberExpr(MemberExpr *Member) {
    if (isa<FieldDecl>(Member->getMemberDecl()) &&
        mentions(Member->getType(), Types) && !ForeignIterator)
      ForeignIterator = Member;
    return true;
  }

  bool VisitCallExpr(CallExpr *Call);
  bool VisitCXXConstructExpr(CXXConstructExpr *Construct);

private:
  const VarDecl *Var;
  const IteratorTypes &Types;
  const FunctionIndex &Fn;
  llvm::SmallVector<const Stmt *, 16> Stack;

  bool fail(const Stmt *Witness, std::string Why) {
    Result.Witness = Witness;
    Result.Why = std::move(Why);
    return false;
  }
  bool isVector(const Expr *E) const {
    const auto *Ref =
        dyn_cast_or_null<DeclRefExpr>(E ? E->IgnoreParenImpCasts() : nullptr);
    if (Ref && Ref->getDecl() == Var)
      return true;
    // `p->begin()` through `auto *p = &v;` (TypeCompatibility's pointer).
    const auto *Pointer = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
    const auto *AddressOf = dyn_cast_or_null<UnaryOperator>(
        Pointer && Pointer->getInit() ? Pointer->getInit()->IgnoreParens()
                                      : nullptr);
    return AddressOf && AddressOf->getOpcode() == UO_AddrOf &&
           isVector(AddressOf->getSubExpr());
  }
  bool memberOfVectorClass(const FunctionDecl *F) const {
    const auto *Method = dyn_cast_or_null<CXXMethodDecl>(F);
    return Method && Method->getParent()->getCanonicalDecl() == Types.Vector;
  }
  bool memberOfIteratorClass(const FunctionDecl *F) const {
    const auto *Method = dyn_cast_or_null<CXXMethodDecl>(F);
    return Method &&
           Types.Classes.count(Method->getParent()->getCanonicalDecl()) != 0;
  }
  bool isContained(const Expr *Call) const;
  bool checkArguments(const FunctionDecl *Callee,
                      llvm::ArrayRef<const Expr *> Args, unsigned Shift,
                      const Expr *Use);
  void noteProducer(const CallExpr *Call, const FunctionDecl *Callee);
};

/// Whether the iterator \p Call makes goes no further than a call on the
/// vector itself (`v.insert(v.end(), x)`, `v.erase(v.begin())`) or is
/// dropped (`v.insert(v.end(), x);` as a statement).
bool SpellingFinder::isContained(const Expr *Call) const {
  DynTypedNode Node = DynTypedNode::create(*Call);
  while (true) {
    llvm::ArrayRef<DynTypedNode> Up = Fn.Parents.parents(Node);
    if (Up.size() != 1)
      return false;
    const auto *Parent = Up[0].get<Expr>();
    if (!Parent)
      return Up[0].get<Stmt>() != nullptr; // A statement of its own.
    if (isa<ImplicitCastExpr, ParenExpr, MaterializeTemporaryExpr,
            CXXBindTemporaryExpr, ExprWithCleanups>(Parent) ||
        (isa<CXXConstructExpr>(Parent) &&
         cast<CXXConstructExpr>(Parent)->getNumArgs() == 1 &&
         memberOfIteratorClass(
             cast<CXXConstructExpr>(Parent)->getConstructor()))) {
      Node = Up[0];
      continue;
    }
    const auto *Outer = dyn_cast<CXXMemberCallExpr>(Parent);
    return Outer && isVector(Outer->getImplicitObjectArgument()) &&
           Outer->getImplicitObjectArgument() != Node.get<Expr>();
  }
}

/// The arguments that carry an iterator must meet a parameter whose type
/// a template deduces, or a member of the vector or of the iterator class.
bool SpellingFinder::checkArguments(const FunctionDecl *Callee,
                                    llvm::ArrayRef<const Expr *> Args,
                                    unsigned Shift, const Expr *Use) {
  bool Carries = llvm::any_of(Args, [&](const Expr *Arg) {
    return Arg && mentions(Arg->getType(), Types);
  });
  if (!Carries)
    return true;
  if (!Callee)
    return fail(Use, "used through an iterator passed to a function");
  if (memberOfVectorClass(Callee) || memberOfIteratorClass(Callee))
    return true;
  const FunctionDecl *Pattern = Callee->getTemplateInstantiationPattern();
  for (unsigned I = Shift; I < Args.size(); ++I) {
    if (!Args[I] || !mentions(Args[I]->getType(), Types))
      continue;
    unsigned Index = I - Shift;
    bool Deduced =
        Pattern && Pattern->getNumParams() > 0 &&
        Pattern->getParamDecl(std::min(Index, Pattern->getNumParams() - 1))
            ->getType()
            ->isDependentType();
    if (!Deduced)
      return fail(Use, "used through an iterator passed to '" +
                           Callee->getQualifiedNameAsString() + "'");
  }
  return true;
}

/// Records where iterators of the vector's type come from.
void SpellingFinder::noteProducer(const CallExpr *Call,
                                  const FunctionDecl *Callee) {
  if (!mentions(Call->getType(), Types))
    return;
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call);
      Member && memberOfVectorClass(Callee)) {
    if (!isVector(Member->getImplicitObjectArgument()))
      ForeignIterator = ForeignIterator ? ForeignIterator : Call;
    else if (!isContained(Call) && !OwnIterator)
      OwnIterator = Call;
    return;
  }
  // std::begin(v), std::find(first, last, x): a template makes its result
  // from its arguments, which are producers of their own but for `v`.
  const FunctionDecl *Pattern =
      Callee ? Callee->getTemplateInstantiationPattern() : nullptr;
  if (Pattern && Pattern->getReturnType()->isDependentType()) {
    if (!OwnIterator && llvm::any_of(Call->arguments(), [&](const Expr *A) {
          return isVector(A);
        }))
      OwnIterator = Call;
    return;
  }
  if (!memberOfIteratorClass(Callee) && !ForeignIterator)
    ForeignIterator = Call;
}

bool SpellingFinder::VisitCallExpr(CallExpr *Call) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  noteProducer(Call, Callee);
  // it.base(): the new iterator may have no such member.
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call)) {
    const Expr *Object = Member->getImplicitObjectArgument();
    if (Object && mentions(Object->getType(), Types) && Callee &&
        !Callee->isOverloadedOperator() && !isa<CXXConversionDecl>(Callee) &&
        !memberOfVectorClass(Callee))
      return fail(Call, "used through its iterator's member '" +
                            Callee->getNameAsString() + "'");
  }
  llvm::SmallVector<const Expr *, 4> Args(Call->arguments());
  unsigned Shift =
      isa<CXXOperatorCallExpr>(Call) && isa_and_nonnull<CXXMethodDecl>(Callee)
          ? 1
          : 0;
  return checkArguments(Callee, Args, Shift, Call);
}

bool SpellingFinder::VisitCXXConstructExpr(CXXConstructExpr *Construct) {
  llvm::SmallVector<const Expr *, 4> Args(Construct->arguments());
  return checkArguments(Construct->getConstructor(), Args, 0, Construct);
}

} // namespace

CompatibilityResult checkTypeSpellings(const VarDecl *Var,
                                       const FunctionIndex &Fn) {
  IteratorTypes Types = iteratorTypesOf(Var, Fn.Ctx);
  if (!Types.Vector)
    return {};
  SpellingFinder Finder(Var, Types, Fn);
  Finder.TraverseStmt(const_cast<Stmt *>(Fn.body()));
  if (!Finder.Result.compatible())
    return Finder.Result;
  if (Finder.OwnIterator && Finder.ForeignIterator) {
    Finder.Result.Witness = Finder.ForeignIterator;
    Finder.Result.Why =
        "mixed with iterators of another container of the same type";
  }
  return Finder.Result;
}

} // namespace stacklift
