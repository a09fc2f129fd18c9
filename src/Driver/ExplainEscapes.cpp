//===- ExplainEscapes.cpp - The escape verdict of every local vector ------===//

#include "stacklift/Driver/ExplainEscapes.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace stacklift {

std::vector<VariableVerdict>
explainEscapes(ASTContext &Ctx, llvm::ArrayRef<std::string> VectorLikeClasses) {
  std::vector<llvm::StringRef> Names(VectorLikeClasses.begin(),
                                     VectorLikeClasses.end());
  const auto VectorType = hasUnqualifiedDesugaredType(
      recordType(hasDeclaration(cxxRecordDecl(hasAnyName(Names)))));
  const auto LocalVector =
      varDecl(isExpansionInMainFile(), hasAutomaticStorageDuration(),
              unless(parmVarDecl()), hasType(VectorType),
              unless(isInstantiated()))
          .bind("var");
  EscapeAnalyzer Escapes(Ctx);
  std::vector<VariableVerdict> Verdicts;
  for (const BoundNodes &Node :
       match(LocalVector, Ctx)) {
    const auto *Var = Node.getNodeAs<VarDecl>("var");
    const auto *Func =
        dyn_cast_or_null<FunctionDecl>(Var->getParentFunctionOrMethod());
    if (!Func || !Func->getBody() || Func->isDependentContext())
      continue;
    Verdicts.push_back({Var, Escapes.analyze(Var, Func->getBody())});
  }
  const SourceManager &SM = Ctx.getSourceManager();
  llvm::stable_sort(Verdicts, [&](const VariableVerdict &A,
                                  const VariableVerdict &B) {
    return SM.isBeforeInTranslationUnit(A.Var->getLocation(),
                                        B.Var->getLocation());
  });
  return Verdicts;
}

std::string explainLine(const VariableVerdict &Verdict,
                        const SourceManager &SM) {
  std::string Name = "'" + Verdict.Var->getName().str() + "'";
  if (!Verdict.Escape.escapes())
    return Name + " does not escape";
  std::string Line = Name + " escapes: " + reasonName(Verdict.Escape.Reason).str();
  if (!Verdict.Escape.Callee.empty())
    Line += " to '" + Verdict.Escape.Callee + "'";
  PresumedLoc Witness =
      SM.getPresumedLoc(SM.getExpansionLoc(Verdict.Escape.Witness->getBeginLoc()));
  if (Witness.isValid())
    Line += " at " + std::string(Witness.getFilename()) + ":" +
            std::to_string(Witness.getLine()) + ":" +
            std::to_string(Witness.getColumn());
  return Line;
}

} // namespace stacklift
