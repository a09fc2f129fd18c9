//===- TemplateInstantiations.cpp - Template code, per instantiation ------===//

#include "stacklift/Driver/TemplateInstantiations.h"
#include "stacklift/Analysis/Index/LoopStructure.h"
#include "stacklift/Analysis/Index/VariableUses.h"
#include "stacklift/Diag/Messages.h"
#include "stacklift/Match/GrowthMatchers.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace stacklift {

bool growsDependently(const VarDecl *Var, const FunctionIndex &Pattern) {
  return llvm::any_of(Pattern.Uses.of(Var), [&](const DeclRefExpr *Ref) {
    DynTypedNode Use = useOf(Ref, Pattern.Parents);
    if (const auto *M = Use.get<CXXDependentScopeMemberExpr>())
      return isGrowthMethodName(M->getMember().getAsString());
    if (const auto *M = Use.get<UnresolvedMemberExpr>())
      return isGrowthMethodName(M->getMemberName().getAsString());
    return false;
  });
}

/// Whether an expression of \p Loop's header is type-dependent.
static bool hasDependentHeader(const Stmt *Loop) {
  auto Dependent = [](const Stmt *S) {
    const auto *E = dyn_cast_or_null<Expr>(S);
    return E && E->isTypeDependent();
  };
  auto DependentInit = [&](const Stmt *Init) {
    if (const auto *DS = dyn_cast_or_null<DeclStmt>(Init))
      return llvm::any_of(DS->decls(), [&](const Decl *D) {
        const auto *V = dyn_cast<VarDecl>(D);
        return V &&
               (V->getType()->isDependentType() || Dependent(V->getInit()));
      });
    return Dependent(Init);
  };
  if (const auto *For = dyn_cast<ForStmt>(Loop))
    return DependentInit(For->getInit()) || Dependent(For->getCond()) ||
           Dependent(For->getInc());
  if (const auto *Range = dyn_cast<CXXForRangeStmt>(Loop))
    return Dependent(Range->getRangeInit());
  if (const auto *While = dyn_cast<WhileStmt>(Loop))
    return Dependent(While->getCond());
  if (const auto *Do = dyn_cast<DoStmt>(Loop))
    return Dependent(Do->getCond());
  return false;
}

bool growsInDependentLoop(const VarDecl *Var, const FunctionIndex &Pattern) {
  return llvm::any_of(Pattern.Uses.of(Var), [&](const DeclRefExpr *Ref) {
    return llvm::any_of(memberCalls(Ref, Pattern.Parents), [&](const auto *C) {
      if (!isGrowthCall(C))
        return false;
      for (const Stmt *Loop = enclosingLoop(C, Pattern.Parents); Loop;
           Loop = enclosingLoop(Loop, Pattern.Parents))
        if (hasDependentHeader(Loop))
          return true;
      return false;
    });
  });
}

bool isVectorForEveryArgument(QualType Type,
                              llvm::ArrayRef<std::string> VectorLikeClasses,
                              ASTContext &Ctx) {
  if (!Type->isDependentType())
    return true;
  std::vector<llvm::StringRef> Names(VectorLikeClasses.begin(),
                                     VectorLikeClasses.end());
  const auto VectorLike = namedDecl(hasAnyName(Names));
  // Each alias template is one level of sugar over the type it names; the
  // bound only guards against a pathological chain.
  for (unsigned Level = 0; Level < 16; ++Level) {
    const auto *Spec = Type->getAs<TemplateSpecializationType>();
    if (!Spec)
      return false;
    TemplateDecl *Template = Spec->getTemplateName().getAsTemplateDecl();
    if (const auto *Class = dyn_cast_or_null<ClassTemplateDecl>(Template))
      return !match(VectorLike, *Class->getTemplatedDecl(), Ctx).empty();
    if (!Spec->isTypeAlias())
      return false;
    Type = Spec->getAliasedType();
  }
  return false;
}

namespace {
class LoopFinder : public RecursiveASTVisitor<LoopFinder> {
public:
  LoopFinder(SourceLocation Loc, Stmt::StmtClass Kind) : Loc(Loc), Kind(Kind) {}
  bool VisitStmt(Stmt *S) {
    if (S->getStmtClass() != Kind || S->getBeginLoc() != Loc)
      return true;
    Found = S;
    return false;
  }
  const Stmt *Found = nullptr;

private:
  SourceLocation Loc;
  Stmt::StmtClass Kind;
};

/// The checks of headersHoldForEveryArgument over one expression.
class HeaderCheck {
public:
  HeaderCheck(llvm::ArrayRef<std::string> Classes, ASTContext &Ctx)
      : Classes(Classes), Ctx(Ctx) {}

  bool holds(const Expr *E, unsigned Depth = 0) const {
    if (!E || Depth > 32)
      return false;
    E = E->IgnoreParenImpCasts();
    if (!E->isTypeDependent())
      return true;
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
      return holdsFor(dyn_cast<VarDecl>(Ref->getDecl()), Depth);
    if (const auto *M = dyn_cast<CXXDependentScopeMemberExpr>(E))
      return !M->isImplicitAccess() &&
             llvm::is_contained(FixedMembers, M->getMember().getAsString()) &&
             holds(M->getBase(), Depth + 1);
    if (const auto *Lookup = dyn_cast<UnresolvedLookupExpr>(E))
      return Lookup->getName().getNameKind() ==
             DeclarationName::CXXOperatorName;
    if (isa<CallExpr, BinaryOperator, UnaryOperator>(E))
      return llvm::all_of(E->children(), [&](const Stmt *Child) {
        return holds(dyn_cast_or_null<Expr>(Child), Depth + 1);
      });
    return false;
  }

  bool holdsFor(const VarDecl *Var, unsigned Depth) const {
    if (!Var)
      return false;
    if (isVectorForEveryArgument(Var->getType().getNonReferenceType(), Classes,
                                 Ctx))
      return true;
    // `auto it = xs.begin()`: an iterator of such a vector.
    return !isa<ParmVarDecl>(Var) && Var->getInit() &&
           holds(Var->getInit(), Depth + 1);
  }

private:
  /// The members whose meaning a vector-like class fixes.
  static constexpr llvm::StringLiteral FixedMembers[] = {
      "size", "begin", "end", "cbegin", "cend", "empty"};
  llvm::ArrayRef<std::string> Classes;
  ASTContext &Ctx;
};

class LoopHeaders : public RecursiveASTVisitor<LoopHeaders> {
public:
  explicit LoopHeaders(const HeaderCheck &Check) : Check(Check) {}
  bool VisitForStmt(ForStmt *S) {
    if (const auto *Init = dyn_cast_or_null<DeclStmt>(S->getInit()))
      for (const Decl *D : Init->decls())
        if (const auto *Var = dyn_cast<VarDecl>(D))
          Holds = Holds && (!Var->getInit() || Check.holds(Var->getInit()));
    if (const auto *Init = dyn_cast_or_null<Expr>(S->getInit()))
      Holds = Holds && Check.holds(Init);
    Holds = Holds && Check.holds(S->getCond()) &&
            (!S->getInc() || Check.holds(S->getInc()));
    return Holds;
  }
  bool VisitCXXForRangeStmt(CXXForRangeStmt *S) {
    Holds = Holds && Check.holds(S->getRangeInit());
    return Holds;
  }
  bool VisitWhileStmt(WhileStmt *S) {
    Holds = Holds && Check.holds(S->getCond());
    return Holds;
  }
  bool VisitDoStmt(DoStmt *S) {
    Holds = Holds && Check.holds(S->getCond());
    return Holds;
  }
  bool Holds = true;

private:
  const HeaderCheck &Check;
};
} // namespace

const Stmt *loopDeclaredAt(const FunctionDecl &Pattern, SourceLocation Loc,
                           Stmt::StmtClass Kind) {
  LoopFinder Finder(Loc, Kind);
  Finder.TraverseStmt(Pattern.getBody());
  return Finder.Found;
}

bool headersHoldForEveryArgument(const Stmt &Loop,
                                 llvm::ArrayRef<std::string> VectorLikeClasses,
                                 ASTContext &Ctx) {
  HeaderCheck Check(VectorLikeClasses, Ctx);
  LoopHeaders Headers(Check);
  Headers.TraverseStmt(const_cast<Stmt *>(&Loop));
  return Headers.Holds;
}

static bool sameFix(const FixItHint &A, const FixItHint &B) {
  return A.CodeToInsert == B.CodeToInsert &&
         A.RemoveRange.getAsRange() == B.RemoveRange.getAsRange() &&
         A.RemoveRange.isTokenRange() == B.RemoveRange.isTokenRange() &&
         A.InsertFromRange.getAsRange() == B.InsertFromRange.getAsRange() &&
         A.BeforePreviousInsertions == B.BeforePreviousInsertions;
}

static bool sameFixes(llvm::ArrayRef<FixItHint> A,
                      llvm::ArrayRef<FixItHint> B) {
  return A.size() == B.size() &&
         std::equal(A.begin(), A.end(), B.begin(), sameFix);
}

static bool sameNote(const FindingNote &A, const FindingNote &B) {
  return A.Loc == B.Loc && A.Message == B.Message &&
         sameFixes(A.Fixes, B.Fixes);
}

void InstantiatedSite::add(std::optional<Finding> F) {
  ++Instantiations;
  if (Differ)
    return;
  if (!F) {
    Differ = true;
    return;
  }
  if (!First) {
    First = std::move(F);
    return;
  }
  if (First->Loc != F->Loc || First->Message != F->Message ||
      First->Remedy != F->Remedy || !sameFixes(First->Fixes, F->Fixes)) {
    Differ = true;
    return;
  }
  // A note one instantiation gives and another does not (an escape through
  // a call that only one of them resolves to a function that keeps the
  // vector) is true of one instantiation only: keep the common ones.
  llvm::erase_if(First->Notes, [&](const FindingNote &Note) {
    return llvm::none_of(F->Notes, [&](const FindingNote &Other) {
      return sameNote(Note, Other);
    });
  });
}

std::optional<Finding> InstantiatedSite::merged(SourceLocation Template) const {
  if (Differ || !First)
    return std::nullopt;
  Finding F = *First;
  F.Notes.push_back(
      {Template, Instantiations == 1
                     ? std::string(msg::FoundInOnlyInstantiation)
                     : formatMessage(msg::FoundInEachInstantiation,
                                     {std::to_string(Instantiations)})});
  return F;
}

} // namespace stacklift
