//===- FixApplier.h - Writes fix-its into files -----------------*- C++ -*-===//

#ifndef STACKLIFT_FRONTEND_FIXAPPLIER_H
#define STACKLIFT_FRONTEND_FIXAPPLIER_H

#include "clang/Tooling/Core/Replacement.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/raw_ostream.h"
#include <map>
#include <string>

namespace stacklift {

/// A digest of \p Content, to tell whether a file still holds what was
/// analysed.
std::string contentHash(llvm::StringRef Content);

/// Writes \p Content to \p Path whole or not at all: a temporary file beside
/// the file, then a rename. A symbolic link is written through: its target is
/// replaced and the link stays. An existing file keeps its permissions and,
/// where the process may set them, its owner and group; where it may not,
/// the file is not written.
llvm::Error writeFileAtomically(llvm::StringRef Path, llvm::StringRef Content);

/// Applies \p ByFile to the files on disk. \p Analysed holds, for each file,
/// the contentHash() of what the analysis read (empty when units read
/// different contents). Paths that name the same file (symbolic links, hard
/// links, different spellings) are one file: their fixes must agree and are
/// applied once. A file is skipped, with an error on \p Log, when it is in
/// \p Skip (it did not compile), is read-only, is not byte for byte what was
/// analysed (another process changed it since), or has several hard links
/// (the rename would split them). Each file is written whole or not at all,
/// under an advisory lock that other stacklift runs honour. Reports what it
/// did to \p Log; returns the number of files it could not fix.
unsigned
applyFixes(const std::map<std::string, clang::tooling::Replacements> &ByFile,
           const std::map<std::string, std::string> &Analysed,
           const llvm::StringSet<> &Skip, llvm::raw_ostream &Log);

} // namespace stacklift

#endif // STACKLIFT_FRONTEND_FIXAPPLIER_H
