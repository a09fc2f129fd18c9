//===- RemedyPolicy.cpp - What a senior engineer would write --------------===//

#include "stacklift/Remedy/RemedyPolicy.h"
#include "llvm/Support/ErrorHandling.h"

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

RemedyDecision chooseRemedy(const RemedyInput &Input,
                            const CheckOptions &Options) {
  // Rule 1.
  if (Input.ConstantCount && *Input.ConstantCount == 0)
    return {RemedyKind::None, "the loop never runs"};
  // Rule 3.
  if (Input.Count != CountKind::Exact)
    return {RemedyKind::None, "the number of elements is not known exactly"};
  // Rule 2.
  if (!Options.EnableReserve)
    return {RemedyKind::None, "the reserve remedy is disabled"};
  return {RemedyKind::Reserve, {}};
}

} // namespace stacklift
