//===- FixApplier.h - Writes fix-its into files ----------------*- C++ -*-===//

#ifndef STACKLIFT_TOOL_FIXAPPLIER_H
#define STACKLIFT_TOOL_FIXAPPLIER_H

#include "clang/Tooling/Core/Replacement.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/raw_ostream.h"
#include <map>
#include <string>

namespace stacklift {

/// Writes \p Content to \p Path whole or not at all: a temporary file beside
/// it, then a rename. An existing file keeps its permissions.
llvm::Error writeFileAtomically(llvm::StringRef Path, llvm::StringRef Content);

/// Applies \p ByFile to the files on disk. Each file is written whole or not
/// at all (a temporary file beside it, then a rename), keeps its permissions,
/// and is skipped when it is in \p Skip (it failed to compile) or is not
/// writable. Reports what it did and each failure to \p Log; returns the
/// number of files it could not fix.
unsigned applyFixes(const std::map<std::string, clang::tooling::Replacements>
                        &ByFile,
                    const llvm::StringSet<> &Skip, llvm::raw_ostream &Log);

} // namespace stacklift

#endif // STACKLIFT_TOOL_FIXAPPLIER_H
