//===- CountKind.h - How much a trip count says ----------------*- C++ -*-===//
//
// The kind of a trip-count answer, apart from the answer itself, so that the
// remedy policy can decide on it without seeing the AST.
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_ANALYSIS_TRIPCOUNT_COUNTKIND_H
#define STACKLIFT_ANALYSIS_TRIPCOUNT_COUNTKIND_H

#include "llvm/ADT/StringRef.h"

namespace stacklift {

enum class CountKind {
  Exact,      ///< The loop adds exactly this many elements.
  UpperBound, ///< The loop adds at most this many elements.
  Unknown,    ///< Nothing useful is known.
};

/// The name of a CountKind, as the dumps print it.
llvm::StringRef kindName(CountKind Kind);

} // namespace stacklift

#endif // STACKLIFT_ANALYSIS_TRIPCOUNT_COUNTKIND_H
