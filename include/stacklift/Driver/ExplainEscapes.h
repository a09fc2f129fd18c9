//===- ExplainEscapes.h - The escape verdict of each vector -----*- C++ -*-===//
//
// The counterpart of Go's -gcflags=-m: for each local vector-like variable
// declared in the main file, whether it escapes and the witness. Front ends
// print it (the standalone tool's --explain).
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_DRIVER_EXPLAINESCAPES_H
#define STACKLIFT_DRIVER_EXPLAINESCAPES_H

#include "stacklift/Analysis/Escape/EscapeAnalysis.h"
#include "llvm/ADT/ArrayRef.h"
#include <string>
#include <vector>

namespace stacklift {

struct VariableVerdict {
  const clang::VarDecl *Var = nullptr;
  EscapeResult Escape;
};

/// Every automatic-storage, non-parameter, non-reference variable of one of
/// \p VectorLikeClasses declared in the main file, outside template
/// instantiations, in source order, with its escape verdict.
std::vector<VariableVerdict>
explainEscapes(clang::ASTContext &Ctx,
               llvm::ArrayRef<std::string> VectorLikeClasses);

/// For each function of the main file that declares local vectors, the
/// escape analysis' dump of them (--debug-escape), in source order.
std::vector<std::pair<const clang::FunctionDecl *, std::string>>
dumpEscapeAnalysis(clang::ASTContext &Ctx,
                   llvm::ArrayRef<std::string> VectorLikeClasses);

/// One line for \p Verdict: "'v' does not escape" or
/// "'v' escapes: returned at <file>:<line>:<column>".
std::string explainLine(const VariableVerdict &Verdict,
                        const clang::SourceManager &SM);

} // namespace stacklift

#endif // STACKLIFT_DRIVER_EXPLAINESCAPES_H
