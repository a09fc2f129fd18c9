//===- Finding.h - One diagnostic, ready for any front end ------*- C++ -*-===//

#ifndef STACKLIFT_DIAG_FINDING_H
#define STACKLIFT_DIAG_FINDING_H

#include "stacklift/Remedy/RemedyPolicy.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/SourceLocation.h"
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace stacklift {

/// A note attached to a finding: a place and what it shows, and the fix-its
/// that are reasonable but not certain enough to ride on the warning
/// (clang-tidy applies them with --fix-notes).
struct FindingNote {
  clang::SourceLocation Loc;
  std::string Message;
  std::vector<clang::FixItHint> Fixes;
};

/// What a heap profile measured at a finding's growth calls (--profile).
struct Measurement {
  uint64_t Allocations = 0;
  uint64_t Bytes = 0;
  uint64_t Temporary = 0;
  /// The most bytes allocated there alive at once.
  uint64_t Peak = 0;
  /// How many of the allocations the finding's remedy removes
  /// (allocationsSaved), for --sort=impact.
  uint64_t Saved = 0;
  /// The profile saw no allocation at these growth calls.
  bool Cold = false;
};

/// One finding: a warning with its notes and fix-its. Front ends print it;
/// they add nothing to its texts but the check name.
struct Finding {
  /// The check that made it, e.g. "stacklift-vector-growth".
  std::string Check;
  clang::SourceLocation Loc;
  std::string Message;
  /// The vector the finding is about.
  std::string Variable;
  RemedyKind Remedy = RemedyKind::None;
  std::vector<FindingNote> Notes;
  /// Fix-its that ride on the warning: always safe to apply.
  std::vector<clang::FixItHint> Fixes;
  /// Set when a heap profile was given.
  std::optional<Measurement> Measured;
};

} // namespace stacklift

#endif // STACKLIFT_DIAG_FINDING_H
