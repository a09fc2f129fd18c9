//===- TemplateInstantiations.cpp - Template code, per instantiation ------===//

#include "stacklift/Driver/TemplateInstantiations.h"
#include "stacklift/Analysis/Index/VariableUses.h"
#include "stacklift/Diag/Messages.h"
#include "stacklift/Match/GrowthMatchers.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
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
