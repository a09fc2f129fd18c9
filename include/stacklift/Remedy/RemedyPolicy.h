//===- RemedyPolicy.h - What a senior engineer would write -----*- C++ -*-===//
//
// Remedy selection is pure policy: it sees only the results of the analyses
// and the options, never the AST, so every rule can be unit-tested alone.
//
// Rules (first slice; the type-changing remedies come with their analyses):
//   1. The loop never runs (constant count 0): nothing.
//   2. The count is exact and reserve is enabled: reserve(n) before the loop,
//      whether or not the vector escapes (reserve keeps the type).
//   3. The count is only an upper bound or unknown: nothing. Reserving an
//      upper bound can waste far more memory than the growth it saves.
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_REMEDY_REMEDYPOLICY_H
#define STACKLIFT_REMEDY_REMEDYPOLICY_H

#include "stacklift/Analysis/TripCount.h"
#include "stacklift/Driver/CheckOptions.h"
#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <optional>

namespace stacklift {

enum class RemedyKind {
  None,          ///< Say nothing.
  Reserve,       ///< v.reserve(n) before the loop.
  FixedCapacity, ///< A fixed-capacity container on the stack.
  InlineBuffer,  ///< A vector with an inline buffer.
};

/// The analysis results the policy decides on.
struct RemedyInput {
  CountKind Count = CountKind::Unknown;
  /// The count, when it is a compile-time constant.
  std::optional<uint64_t> ConstantCount;
  bool Escapes = true;
};

struct RemedyDecision {
  RemedyKind Kind = RemedyKind::None;
  /// Why no remedy was chosen, in words; empty when one was.
  llvm::StringRef WhyNone;
};

/// Chooses the remedy for one (vector, loop) pair.
RemedyDecision chooseRemedy(const RemedyInput &Input,
                            const CheckOptions &Options);

/// The name of a remedy as the JSON output spells it: "reserve",
/// "fixed-capacity", "inline-buffer" or "none".
llvm::StringRef remedyName(RemedyKind Kind);

} // namespace stacklift

#endif // STACKLIFT_REMEDY_REMEDYPOLICY_H
