//===- Config.h - clang-tidy configuration for the tool ---------*- C++ -*-===//
//
// The standalone tool reads the same configuration as clang-tidy: the YAML of
// --config (or the file of --config-file), else the nearest .clang-tidy file
// above each source file, merged with its parents' while it says
// `InheritParentConfig: true`. Of that YAML it uses CheckOptions, in either of
// clang-tidy's spellings:
//
//   CheckOptions: {stacklift-vector-growth.EnableReserve: false}
//   CheckOptions: [{key: stacklift-vector-growth.EnableReserve, value: false}]
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_FRONTEND_CONFIG_H
#define STACKLIFT_FRONTEND_CONFIG_H

#include "stacklift/Driver/VectorGrowthOptions.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Error.h"
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace stacklift {

/// One configuration file or string, as far as stacklift reads it.
struct ConfigLayer {
  /// Every CheckOptions entry, by full key.
  llvm::StringMap<std::string> CheckOptions;
  bool InheritParentConfig = false;
  /// What looks misspelt: keys clang-tidy does not know, options that no
  /// stacklift check reads. Warnings, not errors, as clang-tidy's
  /// --verify-config reports them.
  std::vector<std::string> Warnings;
};

/// Parses clang-tidy YAML; \p Source names it in error messages.
llvm::Expected<ConfigLayer> parseConfigLayer(llvm::StringRef Text,
                                             llvm::StringRef Source);

/// The closest of \p Candidates to \p Name, when one is close enough to be
/// what was meant; empty otherwise.
std::string closestName(llvm::StringRef Name,
                        llvm::ArrayRef<std::string> Candidates);

/// Finds the options that apply to each source file.
class ConfigResolver {
public:
  /// With \p Explicit set, every file uses it and no .clang-tidy is read.
  explicit ConfigResolver(std::optional<ConfigLayer> Explicit)
      : Explicit(std::move(Explicit)) {}

  /// The configuration for \p File; an error for a configuration file that
  /// does not parse.
  llvm::Expected<ConfigLayer> layerForFile(llvm::StringRef File);

private:
  /// The merged layers that apply in \p Dir (cached).
  llvm::Expected<ConfigLayer> layerFor(llvm::StringRef Dir);

  std::optional<ConfigLayer> Explicit;
  std::mutex Lock; // Guards DirCache: units run on several threads.
  llvm::StringMap<ConfigLayer> DirCache;
};

/// Looks up the options of the check \p Check in \p Layer by local name.
/// The lookup refers to \p Layer, which must outlive it.
OptionLookup lookupFor(const ConfigLayer &Layer, llvm::StringRef Check);

} // namespace stacklift

#endif // STACKLIFT_FRONTEND_CONFIG_H
