//===- Baseline.h - Findings accepted before, by fingerprint ----*- C++ -*-===//
//
// A baseline lets a codebase adopt stacklift without fixing everything first:
// --write-baseline records the fingerprints of today's findings, and
// --baseline reports only findings whose fingerprint is not recorded. Given
// both, --write-baseline records every finding of the run, those --baseline
// accepted too: the pair refreshes a baseline (docs/ci.md).
//
// A fingerprint is stable across unrelated edits: it hashes the check, the
// file's path relative to the baseline's directory, the variable, the
// message, and the text of the finding's source line with its whitespace
// folded, and no line or column number. Identical findings share a
// fingerprint; the baseline counts them, and suppresses at most that many.
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_FRONTEND_BASELINE_H
#define STACKLIFT_FRONTEND_BASELINE_H

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace stacklift {

struct FindingRecord;

/// The fingerprint of \p R, with paths relative to \p BaseDir when the file
/// lies under it.
std::string fingerprint(const FindingRecord &R, llvm::StringRef BaseDir);

/// One finding as a baseline records it.
struct BaselineEntry {
  std::string Fingerprint;
  std::string Check;
  /// Relative to the baseline's directory when the file lies under it.
  std::string File;
  std::string Variable;
  std::string Message;
};

/// The entry for \p R, whose fingerprint was computed for \p BaseDir.
BaselineEntry baselineEntry(const FindingRecord &R, llvm::StringRef BaseDir);

class Baseline {
public:
  /// Reads a baseline file written by write().
  static llvm::Expected<Baseline> read(llvm::StringRef Path);

  /// Writes \p Entries to \p Path, atomically, sorted by fingerprint.
  static llvm::Error write(llvm::StringRef Path,
                           std::vector<BaselineEntry> Entries);

  /// The directory that relative paths in fingerprints start from.
  const std::string &baseDir() const { return BaseDir; }

  /// True, and one use fewer left, when \p Fingerprint is recorded.
  bool consume(llvm::StringRef Fingerprint);

private:
  std::string BaseDir;
  llvm::StringMap<unsigned> Remaining;
};

/// The directory a baseline at \p Path resolves relative paths against.
std::string baselineDir(llvm::StringRef Path);

} // namespace stacklift

#endif // STACKLIFT_FRONTEND_BASELINE_H
