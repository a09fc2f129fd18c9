//===- ExplainEscapes.cpp - The escape verdict of every local vector ------===//

#include "stacklift/Driver/ExplainEscapes.h"
#include "stacklift/Analysis/Index/FunctionIndex.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace stacklift {

/// The local vectors of the main file with the function that declares
/// each, in source order.
static std::vector<std::pair<const VarDecl *, const FunctionDecl *>>
localVectors(ASTContext &Ctx, llvm::ArrayRef<std::string> VectorLikeClasses) {
  std::vector<llvm::StringRef> Names(VectorLikeClasses.begin(),
                                     VectorLikeClasses.end());
  const auto VectorType = hasUnqualifiedDesugaredType(
      recordType(hasDeclaration(cxxRecordDecl(hasAnyName(Names)))));
  const auto LocalVector =
      varDecl(isExpansionInMainFile(), hasAutomaticStorageDuration(),
              unless(parmVarDecl()), hasType(VectorType))
          .bind("var");
  std::vector<std::pair<const VarDecl *, const FunctionDecl *>> Vars;
  for (const BoundNodes &Node : match(LocalVector, Ctx)) {
    const auto *Var = Node.getNodeAs<VarDecl>("var");
    const FunctionDecl *Func = writtenFunctionOf(Var);
    if (Func && !Func->isDependentContext())
      Vars.emplace_back(Var, Func);
  }
  const SourceManager &SM = Ctx.getSourceManager();
  llvm::sort(Vars, [&](const auto &A, const auto &B) {
    return SM.isBeforeInTranslationUnit(A.first->getLocation(),
                                        B.first->getLocation());
  });
  return Vars;
}

std::vector<VariableVerdict>
explainEscapes(ASTContext &Ctx, llvm::ArrayRef<std::string> VectorLikeClasses) {
  EscapeAnalyzer Escapes(Ctx);
  std::vector<VariableVerdict> Verdicts;
  for (const auto &[Var, Func] : localVectors(Ctx, VectorLikeClasses))
    Verdicts.push_back({Var, Escapes.analyze(Var, Func->getBody())});
  return Verdicts;
}

std::vector<std::pair<const FunctionDecl *, std::string>>
dumpEscapeAnalysis(ASTContext &Ctx,
                   llvm::ArrayRef<std::string> VectorLikeClasses) {
  EscapeAnalyzer Escapes(Ctx);
  std::vector<std::pair<const FunctionDecl *, std::string>> Dumps;
  std::vector<const VarDecl *> Group;
  auto Vars = localVectors(Ctx, VectorLikeClasses);
  for (size_t I = 0; I < Vars.size(); ++I) {
    Group.push_back(Vars[I].first);
    const FunctionDecl *Func = Vars[I].second;
    if (I + 1 < Vars.size() && Vars[I + 1].second == Func)
      continue;
    Dumps.emplace_back(Func, Escapes.dump(Group, Func->getBody()));
    Group.clear();
  }
  return Dumps;
}

std::string explainLine(const VariableVerdict &Verdict,
                        const SourceManager &SM) {
  std::string Name = "'" + Verdict.Var->getName().str() + "'";
  if (!Verdict.Escape.escapes())
    return Name + " does not escape";
  std::string Line =
      Name + " escapes: " + reasonName(Verdict.Escape.Reason).str();
  if (!Verdict.Escape.Callee.empty())
    Line += " to '" + Verdict.Escape.Callee + "'";
  if (!Verdict.Escape.Target.empty())
    Line += " '" + Verdict.Escape.Target + "'";
  PresumedLoc Witness = SM.getPresumedLoc(
      SM.getExpansionLoc(Verdict.Escape.Witness->getBeginLoc()));
  if (Witness.isValid())
    Line += " at " + std::string(Witness.getFilename()) + ":" +
            std::to_string(Witness.getLine()) + ":" +
            std::to_string(Witness.getColumn());
  return Line;
}

} // namespace stacklift
