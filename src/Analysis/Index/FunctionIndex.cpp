//===- FunctionIndex.cpp - What the analyses ask of one function ----------===//

#include "stacklift/Analysis/Index/FunctionIndex.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/RecursiveASTVisitor.h"

using namespace clang;

namespace stacklift {

/// True when \p Func is a template instantiation or lies in one (a member
/// of a class template specialization, a lambda in an instantiated
/// function, ...): its text is a template's, shared by all instantiations.
static bool isInstantiated(const FunctionDecl *Func) {
  for (const DeclContext *DC = Func; DC; DC = DC->getParent()) {
    if (const auto *F = dyn_cast<FunctionDecl>(DC))
      if (F->isTemplateInstantiation())
        return true;
    if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(DC))
      if (isTemplateInstantiation(Spec->getTemplateSpecializationKind()))
        return true;
  }
  return false;
}

static const FunctionDecl *declaringFunction(const VarDecl *Var) {
  const auto *Func =
      dyn_cast_or_null<FunctionDecl>(Var->getParentFunctionOrMethod());
  return Func && Func->getBody() ? Func : nullptr;
}

const FunctionDecl *writtenFunctionOf(const VarDecl *Var) {
  const FunctionDecl *Func = declaringFunction(Var);
  return Func && !isInstantiated(Func) ? Func : nullptr;
}

const FunctionDecl *instantiatedFunctionOf(const VarDecl *Var) {
  const FunctionDecl *Func = declaringFunction(Var);
  return Func && isInstantiated(Func) ? Func : nullptr;
}

/// The function \p Function was instantiated from, one level up: a
/// specialization's pattern; a member (or member template) of a class
/// instantiated with its enclosing function or class, the member it was
/// instantiated from (a generic lambda's call operator in an instantiated
/// function template, for one, whose own instantiations are the calls).
static const FunctionDecl *instantiatedFrom(const FunctionDecl *Function) {
  if (const FunctionDecl *Pattern = Function->getTemplateInstantiationPattern())
    return Pattern;
  if (const FunctionTemplateDecl *Template =
          Function->getDescribedFunctionTemplate())
    if (const FunctionTemplateDecl *From =
            Template->getInstantiatedFromMemberTemplate())
      return From->getTemplatedDecl();
  return Function->getInstantiatedFromMemberFunction();
}

const FunctionDecl *writtenPatternOf(const FunctionDecl *Function) {
  // Each step goes one level up (an instantiated member template's
  // specialization comes from the member template of an instantiated
  // class, which comes from the class template's); a few levels suffice,
  // the bound only guards against a cycle.
  for (unsigned Level = 0; Function && Level < 8; ++Level) {
    if (!isInstantiated(Function))
      return Function->getBody() ? Function : nullptr;
    const FunctionDecl *Pattern = instantiatedFrom(Function);
    if (Pattern == Function)
      return nullptr;
    Function = Pattern;
  }
  return nullptr;
}

namespace {
class LocalFinder : public RecursiveASTVisitor<LocalFinder> {
public:
  explicit LocalFinder(SourceLocation Loc) : Loc(Loc) {}
  bool VisitVarDecl(VarDecl *D) {
    if (D->getLocation() != Loc || isa<ParmVarDecl>(D))
      return true;
    Found = D;
    return false;
  }
  const VarDecl *Found = nullptr;

private:
  SourceLocation Loc;
};
} // namespace

const VarDecl *localDeclaredAt(const FunctionDecl &Function,
                               SourceLocation Loc) {
  LocalFinder Finder(Loc);
  Finder.TraverseStmt(Function.getBody());
  return Finder.Found;
}

} // namespace stacklift
