//===- HeapProfile.cpp - Growth sites of heap profiles --------------------===//
//
// Adding measures, merging profiles, and matching a profile's paths (the
// debug information's, recorded wherever the program was built) with the
// paths the compiler opened.
//
//===----------------------------------------------------------------------===//

#include "stacklift/Profile/HeapProfile.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/Path.h"
#include <algorithm>
#include <utility>

namespace stacklift {

void SiteMeasure::add(const SiteMeasure &Other) {
  Allocations += Other.Allocations;
  Bytes += Other.Bytes;
  Temporary += Other.Temporary;
  Peak = std::max(Peak, Other.Peak);
  for (const auto &[Size, Count] : Other.Sizes)
    Sizes[Size] += Count;
}

void HeapProfile::merge(const HeapProfile &Other) {
  std::map<std::pair<llvm::StringRef, unsigned>, size_t> Index;
  for (size_t I = 0; I != Sites.size(); ++I)
    Index.emplace(std::make_pair(llvm::StringRef(Sites[I].File), Sites[I].Line),
                  I);
  // Other's sites are appended after the index is built: they never match
  // each other (a profile holds one site per file and line).
  size_t Before = Sites.size();
  Sites.reserve(Before + Other.Sites.size());
  for (const ProfileSite &Site : Other.Sites) {
    auto It = Index.find({Site.File, Site.Line});
    if (It == Index.end())
      Sites.push_back(Site);
    else
      Sites[It->second].Measure.add(Site.Measure);
  }
  Sources.insert(Sources.end(), Other.Sources.begin(), Other.Sources.end());
}

/// \p Path without `.` and `..` components, in POSIX form.
static llvm::SmallString<128> normalized(llvm::StringRef Path) {
  llvm::SmallString<128> Result(Path);
  llvm::sys::path::remove_dots(Result, /*remove_dot_dot=*/true,
                               llvm::sys::path::Style::posix);
  return Result;
}

/// How many trailing components \p A and \p B (both normalized) have in
/// common.
static unsigned commonTail(llvm::StringRef A, llvm::StringRef B) {
  namespace path = llvm::sys::path;
  auto AIt = path::rbegin(A, path::Style::posix), AEnd = path::rend(A);
  auto BIt = path::rbegin(B, path::Style::posix), BEnd = path::rend(B);
  unsigned Common = 0;
  for (; AIt != AEnd && BIt != BEnd && *AIt == *BIt; ++AIt, ++BIt)
    ++Common;
  return Common;
}

std::vector<const ProfileSite *>
HeapProfile::sitesInFile(llvm::StringRef SourceFile) const {
  llvm::SmallString<128> Wanted = normalized(SourceFile);
  // The profile's paths (normalized) with the longest tail in common.
  unsigned Best = 0;
  std::vector<std::pair<const ProfileSite *, std::string>> Candidates;
  for (const ProfileSite &Site : Sites) {
    llvm::SmallString<128> Path = normalized(Site.File);
    unsigned Common = commonTail(Wanted, Path);
    // At least the file name.
    if (Common == 0 || Common < Best)
      continue;
    if (Common > Best) {
      Best = Common;
      Candidates.clear();
    }
    Candidates.emplace_back(&Site, std::string(Path));
  }
  std::vector<const ProfileSite *> Result;
  for (const auto &[Site, Path] : Candidates) {
    // Two different paths end like SourceFile equally well: neither.
    if (Path != Candidates.front().second)
      return {};
    Result.push_back(Site);
  }
  return Result;
}

const SiteMeasure *HeapProfile::at(llvm::StringRef SourceFile,
                                   unsigned Line) const {
  for (const ProfileSite *Site : sitesInFile(SourceFile))
    if (Site->Line == Line)
      return &Site->Measure;
  return nullptr;
}

} // namespace stacklift
