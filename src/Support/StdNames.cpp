//===- StdNames.cpp - Is a declaration the standard library's? ------------===//

#include "stacklift/Support/StdNames.h"
#include "clang/AST/DeclCXX.h"

using namespace clang;

namespace stacklift {

bool isInStd(const Decl *D) {
  if (!D)
    return false;
  // DeclContext::isStdNamespace is true for ::std and for the inline
  // namespaces inside it; the walk up finds it from nested namespaces,
  // classes and functions.
  for (const DeclContext *DC = D->getDeclContext(); DC; DC = DC->getParent())
    if (DC->isStdNamespace())
      return true;
  return false;
}

bool isStdTopLevel(const Decl *D) {
  if (!D)
    return false;
  if (D->isInStdNamespace())
    return true;
  const auto *Method = dyn_cast<CXXMethodDecl>(D);
  return Method && Method->getParent()->isInStdNamespace();
}

bool isStdName(const NamedDecl *D, llvm::StringRef Name) {
  return D && D->getDeclName().isIdentifier() && D->getName() == Name &&
         isInStd(D);
}

} // namespace stacklift
