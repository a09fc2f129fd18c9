//===- FunctionIndex.cpp - What the analyses ask of one function ----------===//

#include "stacklift/Analysis/Index/FunctionIndex.h"
#include "clang/AST/DeclTemplate.h"

using namespace clang;

namespace stacklift {

const FunctionDecl *writtenFunctionOf(const VarDecl *Var) {
  const auto *Func =
      dyn_cast_or_null<FunctionDecl>(Var->getParentFunctionOrMethod());
  if (!Func || !Func->getBody())
    return nullptr;
  for (const DeclContext *DC = Func; DC; DC = DC->getParent()) {
    if (const auto *F = dyn_cast<FunctionDecl>(DC))
      if (F->isTemplateInstantiation())
        return nullptr;
    if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(DC))
      if (isTemplateInstantiation(Spec->getTemplateSpecializationKind()))
        return nullptr;
  }
  return Func;
}

} // namespace stacklift
