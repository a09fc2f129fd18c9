//===- StdNames.cpp - Is a declaration the standard library's? ------------===//

#include "stacklift/Support/StdNames.h"

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

bool isStdName(const NamedDecl *D, llvm::StringRef Name) {
  return D && D->getDeclName().isIdentifier() && D->getName() == Name &&
         isInStd(D);
}

} // namespace stacklift
