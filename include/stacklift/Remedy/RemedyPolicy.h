//===- RemedyPolicy.h - What a senior engineer would write ------*- C++ -*-===//
//
// Remedy selection is pure policy: it sees only the results of the analyses
// and the options, never the AST, so every rule can be unit-tested alone.
// The rules P1-P8 (P7 and P8, which need a heap profile, are tried before
// P6, which says nothing): docs/checks/stacklift-vector-growth.md, "The
// remedies".
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_REMEDY_REMEDYPOLICY_H
#define STACKLIFT_REMEDY_REMEDYPOLICY_H

#include "stacklift/Analysis/TripCount/CountKind.h"
#include "stacklift/Remedy/RemedyOptions.h"
#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <map>
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
  /// How many elements the loop adds.
  CountKind Count = CountKind::Unknown;
  /// That count, when it is exact and a compile-time constant.
  std::optional<uint64_t> ConstantCount;
  /// A compile-time bound on the elements the vector can ever hold, over
  /// all its growth sites; std::nullopt when there is none.
  std::optional<uint64_t> CapacityBound;
  bool Escapes = true;
  /// Whether every use of the variable stays valid under another type.
  bool TypeCompatible = false;
  /// sizeof the element type, in bytes.
  uint64_t ElementSize = 0;
  /// Whether a fixed-capacity / inline-buffer template can be named.
  bool FixedCapacityAvailable = false;
  bool InlineVectorAvailable = false;
  /// The inline capacity of the container the loop walks, when that is
  /// itself an inline-buffer vector (rule P5).
  std::optional<uint64_t> SourceInlineCapacity;
  /// Whether a std::array<T, N> filled by index can replace the vector.
  bool ArrayShape = false;
  /// The capacities, in elements, of the allocations a heap profile saw the
  /// vector's growth make, and how many allocations had each (rule P7);
  /// empty without a profile.
  std::map<uint64_t, uint64_t> MeasuredCapacities;
  /// For a vector that escapes: it escapes only as its function's result,
  /// through `return v;` statements a fix can rewrite, and every other use
  /// allows another type (rule P8).
  bool EscapesOnlyAsReturn = false;
};

struct RemedyDecision {
  RemedyKind Kind = RemedyKind::None;
  /// The capacity of a fixed-capacity or inline-buffer remedy.
  uint64_t Capacity = 0;
  /// A fixed-capacity remedy that is a std::array filled by index.
  bool UseArray = false;
  /// The rule that decided, e.g. "P4".
  llvm::StringRef Rule;
  /// Why no remedy was chosen, in words; empty when one was.
  llvm::StringRef WhyNone;
};

/// Chooses the remedy for one (vector, loop) pair.
RemedyDecision chooseRemedy(const RemedyInput &Input,
                            const RemedyOptions &Options);

/// The capacities, in elements of \p ElementSize bytes, of allocations of
/// \p Sizes bytes (size -> how many), as the profile measured them; a size
/// that is not a whole number of elements was not the vector's buffer and
/// is left out.
std::map<uint64_t, uint64_t>
capacitiesOf(const std::map<uint64_t, uint64_t> &Sizes, uint64_t ElementSize);

/// How many of the measured allocations (\p Capacities, as capacitiesOf
/// gives them) \p Decision removes: all of them for a fixed-capacity
/// container; those of capacity at most N for an inline buffer of N
/// elements; for reserve, and for rule P8's inline buffer and exact-size
/// copy at the return, all but one per vector, the vectors being counted
/// by the allocations of the smallest capacity (each vector's first).
uint64_t allocationsSaved(const RemedyDecision &Decision,
                          const std::map<uint64_t, uint64_t> &Capacities);

/// The name of a remedy as the JSON output spells it: "reserve",
/// "fixed-capacity", "inline-buffer" or "none".
llvm::StringRef remedyName(RemedyKind Kind);

} // namespace stacklift

#endif // STACKLIFT_REMEDY_REMEDYPOLICY_H
