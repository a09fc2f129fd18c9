//===- RemedyPolicy.cpp - What a senior engineer would write --------------===//
//
// The rule names (P1, ...) follow docs/checks/stacklift-vector-growth.md.
//
//===----------------------------------------------------------------------===//

#include "stacklift/Remedy/RemedyPolicy.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/ErrorHandling.h"
#include <algorithm>

namespace stacklift {

llvm::StringRef remedyName(RemedyKind Kind) {
  switch (Kind) {
  case RemedyKind::None:
    return "none";
  case RemedyKind::Reserve:
    return "reserve";
  case RemedyKind::FixedCapacity:
    return "fixed-capacity";
  case RemedyKind::InlineBuffer:
    return "inline-buffer";
  }
  llvm_unreachable("unknown RemedyKind");
}

/// Whether \p N elements of \p ElementSize bytes fit in \p Limit bytes.
static bool fits(uint64_t N, uint64_t ElementSize, uint64_t Limit) {
  return N > 0 && ElementSize > 0 && N <= Limit / ElementSize;
}

RemedyDecision chooseRemedy(const RemedyInput &Input,
                            const RemedyOptions &Options) {
  // P1.
  if (Input.ConstantCount && *Input.ConstantCount == 0)
    return {RemedyKind::None, 0, false, "P1", "the loop never runs"};
  bool MayChangeType = !Input.Escapes && Input.TypeCompatible;
  // P2 and P3: a proven bound that fits on the stack.
  if (MayChangeType && Input.CapacityBound) {
    uint64_t N = *Input.CapacityBound;
    bool Fits = fits(N, Input.ElementSize, Options.MaxStackBytes);
    if (Options.EnableFixedCapacity && Fits && Input.ArrayShape)
      return {RemedyKind::FixedCapacity, N, true, "P2", {}};
    if (Options.EnableFixedCapacity && Input.FixedCapacityAvailable && Fits)
      return {RemedyKind::FixedCapacity, N, false, "P2", {}};
    if (Options.EnableInlineBuffer && Input.InlineVectorAvailable &&
        !Input.FixedCapacityAvailable &&
        fits(N, Input.ElementSize, Options.InlineBufferBytes))
      return {RemedyKind::InlineBuffer, N, false, "P3", {}};
  }
  // P4.
  if (Input.Count == CountKind::Exact && Options.EnableReserve)
    return {RemedyKind::Reserve, 0, false, "P4", {}};
  // P5.
  if (MayChangeType && Options.EnableInlineBuffer &&
      Input.InlineVectorAvailable && Input.SourceInlineCapacity &&
      Input.ElementSize > 0) {
    uint64_t N = std::min(*Input.SourceInlineCapacity,
                          Options.InlineBufferBytes / Input.ElementSize);
    if (N > 0)
      return {RemedyKind::InlineBuffer, N, false, "P5", {}};
  }
  // P7: what a heap profile saw. The vector's count is not known, but the
  // inline buffer that holds the most of the capacities it reached, within
  // the inline-buffer limit, removes those allocations.
  // A few allocations are no evidence: the profiled run barely ran it.
  uint64_t Measured = 0;
  for (const auto &Entry : Input.MeasuredCapacities)
    Measured += Entry.second;
  if (MayChangeType && Options.EnableInlineBuffer &&
      Input.InlineVectorAvailable && Input.ElementSize > 0 && Measured > 0 &&
      Measured >= Options.ProfileMinAllocations) {
    uint64_t Largest = 0;
    for (const auto &[Capacity, Count] : Input.MeasuredCapacities)
      if (fits(Capacity, Input.ElementSize, Options.InlineBufferBytes))
        Largest = std::max(Largest, Capacity);
    if (Largest > 0)
      return {RemedyKind::InlineBuffer, Largest, false, "P7", {}};
  }
  // P8: a vector that is returned, and that the profile saw stay small:
  // grown in an inline buffer, it is copied once, at its exact size, into
  // the std::vector the function returns (Go 1.26's stack-allocated
  // slices). Only when every capacity measured fits the buffer, and the
  // copy saves allocations: a vector that outgrew the buffer would pay for
  // its growth and the copy.
  if (Input.Escapes && Input.EscapesOnlyAsReturn &&
      Options.EnableInlineBuffer && Input.InlineVectorAvailable &&
      Input.ElementSize > 0 && Measured > 0 &&
      Measured >= Options.ProfileMinAllocations) {
    bool AllFit = llvm::all_of(Input.MeasuredCapacities, [&](const auto &E) {
      return fits(E.first, Input.ElementSize, Options.InlineBufferBytes);
    });
    RemedyDecision Would = {RemedyKind::InlineBuffer,
                            Input.MeasuredCapacities.rbegin()->first,
                            false,
                            "P8",
                            {}};
    if (AllFit && allocationsSaved(Would, Input.MeasuredCapacities) > 0)
      return Would;
  }
  // P6.
  if (Input.Count == CountKind::Exact)
    return {RemedyKind::None, 0, false, "P6",
            "every remedy that applies is disabled"};
  return {RemedyKind::None, 0, false, "P6",
          "the number of elements is not known exactly"};
}

std::map<uint64_t, uint64_t>
capacitiesOf(const std::map<uint64_t, uint64_t> &Sizes, uint64_t ElementSize) {
  std::map<uint64_t, uint64_t> Capacities;
  if (ElementSize == 0)
    return Capacities;
  for (const auto &[Bytes, Count] : Sizes)
    if (Bytes > 0 && Bytes % ElementSize == 0)
      Capacities[Bytes / ElementSize] += Count;
  return Capacities;
}

uint64_t allocationsSaved(const RemedyDecision &Decision,
                          const std::map<uint64_t, uint64_t> &Capacities) {
  uint64_t Saved = 0;
  switch (Decision.Kind) {
  case RemedyKind::None:
    return 0;
  case RemedyKind::FixedCapacity:
    for (const auto &Entry : Capacities)
      Saved += Entry.second;
    return Saved;
  case RemedyKind::InlineBuffer:
    if (Decision.Rule == "P8")
      return allocationsSaved({RemedyKind::Reserve, 0, false, "P8", {}},
                              Capacities);
    for (const auto &[Capacity, Count] : Capacities)
      if (Capacity <= Decision.Capacity)
        Saved += Count;
    return Saved;
  case RemedyKind::Reserve:
    // The first entry is the smallest capacity: one allocation per vector.
    for (auto It = Capacities.begin(); It != Capacities.end(); ++It)
      if (It != Capacities.begin())
        Saved += It->second;
    return Saved;
  }
  llvm_unreachable("unknown RemedyKind");
}

} // namespace stacklift
