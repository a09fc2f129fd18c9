//===- Finding.h - One diagnostic, ready for any front end ------*- C++ -*-===//

#ifndef STACKLIFT_DIAG_FINDING_H
#define STACKLIFT_DIAG_FINDING_H

#include "stacklift/Remedy/RemedyPolicy.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/SourceLocation.h"
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
};

} // namespace stacklift

#endif // STACKLIFT_DIAG_FINDING_H
