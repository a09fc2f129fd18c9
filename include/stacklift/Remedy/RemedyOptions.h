//===- RemedyOptions.h - What the remedy policy is allowed -----*- C++ -*-===//
//
// The options that the remedy policy and the search for remedy templates
// read: which remedies are enabled, their byte limits, and the templates a
// user configured. Plain data, so the policy is testable without the check's
// option parser; VectorGrowthOptions (Driver) extends it.
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_REMEDY_REMEDYOPTIONS_H
#define STACKLIFT_REMEDY_REMEDYOPTIONS_H

#include <cstdint>
#include <string>

namespace stacklift {

/// Defaults are the member initialisers; docs/checks/stacklift-vector-
/// growth.md documents each.
struct RemedyOptions {
  /// Whether to suggest reserve() before the loop.
  bool EnableReserve = true;
  /// Whether to suggest a fixed-capacity container on the stack.
  bool EnableFixedCapacity = true;
  /// Whether to suggest a vector with an inline buffer.
  bool EnableInlineBuffer = true;
  /// The most bytes of elements a fixed-capacity container may hold.
  uint64_t MaxStackBytes = 1024;
  /// The most bytes of elements an inline buffer may hold.
  uint64_t InlineBufferBytes = 256;
  /// The fewest allocations a heap profile must have seen at a vector's
  /// calls for its capacities to choose an inline buffer (rule P7).
  uint64_t ProfileMinAllocations = 100;
  /// The fixed-capacity template, taking <T, N>; empty: std::inplace_vector
  /// where the standard library has it.
  std::string FixedCapacityType;
  /// The header of FixedCapacityType, e.g. <boost/container/static_vector.hpp>.
  std::string FixedCapacityHeader;
  /// The inline-buffer template, taking <T, N>; empty: the small-vector type
  /// the translation unit already uses.
  std::string InlineVectorType;
  /// The header of InlineVectorType.
  std::string InlineVectorHeader;
};

} // namespace stacklift

#endif // STACKLIFT_REMEDY_REMEDYOPTIONS_H
