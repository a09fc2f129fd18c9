//===- ProfileSites.h - A heap profile, seen from one unit ------*- C++ -*-===//
//
// The check's side of --profile: heap profiles loaded once per process, and
// their measurements at the growth calls of one translation unit, trusted
// only in the files the profile still matches (docs/profile.md).
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_DRIVER_PROFILESITES_H
#define STACKLIFT_DRIVER_PROFILESITES_H

#include "stacklift/Diag/Finding.h"
#include "stacklift/Profile/HeapProfile.h"
#include "clang/AST/ASTContext.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace stacklift {

/// The heap profiles at \p Paths, read and merged once per process for
/// each list of paths (every unit of a run creates its checks anew). The
/// error names the file that cannot be read and why.
llvm::Expected<std::shared_ptr<const HeapProfile>>
loadProfiles(llvm::ArrayRef<std::string> Paths);

/// What a heap profile measured at the growth calls of one translation
/// unit. A file of the unit matches the profile when every line at which
/// the profile saw a vector allocate holds a call or a construction (the
/// first frame in the user's code always calls something); a file that
/// does not is out of date, and nothing the profile saw in it is used.
class UnitMeasurements {
public:
  UnitMeasurements(const HeapProfile &Profile, clang::ASTContext &Ctx);

  /// The measures at the lines of \p Calls (each line once) added up, or
  /// std::nullopt when their file is out of date or the profile saw no
  /// vector allocate anywhere in it (it did not profile that file). No
  /// allocation at all in a file it did profile means the profile never saw
  /// them grow: a cold site.
  std::optional<SiteMeasure> at(llvm::ArrayRef<const clang::Stmt *> Calls);

  /// One warning per file at() found out of date, at its first such line.
  std::vector<Finding> outOfDate() const;

private:
  struct FileState {
    bool Matches = true;
    /// Whether the profile saw a vector allocate anywhere in the file.
    bool Profiled = false;
    /// The profile's lines in this file that hold no call now.
    std::vector<unsigned> StaleLines;
  };
  const FileState &file(clang::FileID File);

  const HeapProfile &Profile;
  clang::ASTContext &Ctx;
  /// The lines of each file that hold a call or a construction, gathered
  /// from the user's declarations on first use.
  std::optional<llvm::DenseSet<std::pair<clang::FileID, unsigned>>> CallLines;
  llvm::DenseMap<clang::FileID, FileState> Files;
};

} // namespace stacklift

#endif // STACKLIFT_DRIVER_PROFILESITES_H
