//===- HeapProfile.h - What a heap profile saw at growth sites --*- C++ -*-===//
//
// A heap profile, read from a heaptrack recording, reduced to what the
// remedies need: per place in the user's code (file and line) where a
// vector-like container reallocated, how many allocations it made there,
// their sizes, how many were temporary, and the peak. No clang types: the
// check maps its growth calls to these places by file and line.
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_PROFILE_HEAPPROFILE_H
#define STACKLIFT_PROFILE_HEAPPROFILE_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace stacklift {

/// What the profile measured at one place.
struct SiteMeasure {
  /// How many allocations were made there.
  uint64_t Allocations = 0;
  /// Their sizes added up, in bytes.
  uint64_t Bytes = 0;
  /// How many of them were temporary, as heaptrack counts them: freed
  /// before any other allocation or deallocation of the program.
  uint64_t Temporary = 0;
  /// The most bytes allocated there that were alive at once.
  uint64_t Peak = 0;
  /// How many allocations had each size in bytes.
  std::map<uint64_t, uint64_t> Sizes;

  /// Adds \p Other's counts (two profiles of the same program). The peak is
  /// the larger of the two.
  void add(const SiteMeasure &Other);
};

/// One place in the user's code: the first frame of an allocation's
/// backtrace, inlined frames included, above the frames of a vector-like
/// container's growth (its push_back, its reallocation, its allocator).
struct ProfileSite {
  /// The path as the profile records it (the debug information's).
  std::string File;
  unsigned Line = 0;
  SiteMeasure Measure;
};

/// The growth sites of one or more heap profiles.
class HeapProfile {
public:
  HeapProfile() = default;

  /// Reads a heaptrack recording as heaptrack writes it:
  /// heaptrack.<app>.<pid>.zst (zstd), .gz (gzip), or uncompressed. The
  /// error names the file and what is wrong with it.
  static llvm::Expected<HeapProfile> readFile(llvm::StringRef Path);

  /// Parses the text of a heaptrack recording (after decompression);
  /// \p Name is the file it came from, for the errors.
  static llvm::Expected<HeapProfile> parseHeaptrack(llvm::StringRef Text,
                                                    llvm::StringRef Name);

  /// Adds the sites of \p Other (another run, another test binary).
  void merge(const HeapProfile &Other);

  /// Every site, in no particular order.
  llvm::ArrayRef<ProfileSite> sites() const { return Sites; }

  /// The sites whose file is \p SourceFile, the path of a file as the
  /// compiler opened it (absolute or relative to the working directory).
  /// A profile's path and a source path name the same file when, after
  /// removing `.` and `..`, they are equal or one ends with the other's
  /// trailing components; when several of the profile's paths end like
  /// \p SourceFile, only those with the most trailing components in common
  /// match, and none when two different paths tie.
  std::vector<const ProfileSite *>
  sitesInFile(llvm::StringRef SourceFile) const;

  /// The measure at \p Line of \p SourceFile (matched as sitesInFile does),
  /// or null when the profile saw no growth there.
  const SiteMeasure *at(llvm::StringRef SourceFile, unsigned Line) const;

  /// The files the profile was read from, for messages.
  llvm::ArrayRef<std::string> sources() const { return Sources; }

  bool empty() const { return Sites.empty(); }

private:
  std::vector<ProfileSite> Sites;
  std::vector<std::string> Sources;
};

} // namespace stacklift

#endif // STACKLIFT_PROFILE_HEAPPROFILE_H
