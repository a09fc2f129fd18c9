//===- Sources.h - Which files a run analyses -------------------*- C++ -*-===//

#ifndef STACKLIFT_FRONTEND_SOURCES_H
#define STACKLIFT_FRONTEND_SOURCES_H

#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace stacklift {

/// One shard of a run: the I-th (from 1) of N.
struct Shard {
  unsigned Index = 1;
  unsigned Count = 1;
  /// Parses "i/N" with 1 <= i <= N.
  static llvm::Expected<Shard> parse(llvm::StringRef Spec);
};

/// The files to analyse. Without \p Paths, every file of \p Database; a path
/// that is a directory selects the database's files below it; a path that is
/// a file selects itself. The result is absolute, sorted and unique, then cut
/// to \p Part. Errors: a path that does not exist, a directory with no file
/// in the database, nothing to analyse.
llvm::Expected<std::vector<std::string>>
selectSources(const clang::tooling::CompilationDatabase &Database,
              const std::vector<std::string> &Paths, Shard Part);

} // namespace stacklift

#endif // STACKLIFT_FRONTEND_SOURCES_H
