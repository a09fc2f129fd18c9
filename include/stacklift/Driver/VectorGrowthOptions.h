//===- VectorGrowthOptions.h - Options of vector-growth ---------*- C++ -*-===//
//
// The options of the check, their names and defaults, and the one parser that
// both front ends use: the clang-tidy plugin hands it the strings clang-tidy
// read from its configuration, the standalone tool the strings it read from
// --config or from .clang-tidy files. One parser means one set of defaults and
// one set of error messages.
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_DRIVER_VECTORGROWTHOPTIONS_H
#define STACKLIFT_DRIVER_VECTORGROWTHOPTIONS_H

#include "stacklift/Remedy/RemedyOptions.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace stacklift {

/// The name every front end reports findings under.
inline constexpr llvm::StringLiteral VectorGrowthCheckName =
    "stacklift-vector-growth";

/// Local names of the options (clang-tidy prefixes them with
/// VectorGrowthCheckName + ".").
namespace option {
inline constexpr llvm::StringLiteral VectorLikeClasses = "VectorLikeClasses";
inline constexpr llvm::StringLiteral EnableReserve = "EnableReserve";
inline constexpr llvm::StringLiteral EnableFixedCapacity =
    "EnableFixedCapacity";
inline constexpr llvm::StringLiteral EnableInlineBuffer = "EnableInlineBuffer";
inline constexpr llvm::StringLiteral MaxStackBytes = "MaxStackBytes";
inline constexpr llvm::StringLiteral InlineBufferBytes = "InlineBufferBytes";
inline constexpr llvm::StringLiteral FixedCapacityType = "FixedCapacityType";
inline constexpr llvm::StringLiteral FixedCapacityHeader =
    "FixedCapacityHeader";
inline constexpr llvm::StringLiteral InlineVectorType = "InlineVectorType";
inline constexpr llvm::StringLiteral InlineVectorHeader = "InlineVectorHeader";
inline constexpr llvm::StringLiteral IncludeStyle = "IncludeStyle";
inline constexpr llvm::StringLiteral Profile = "Profile";
inline constexpr llvm::StringLiteral ProfileMinAllocations =
    "ProfileMinAllocations";
} // namespace option

/// The check's configuration: the remedy options and what the matcher and
/// the fix-its read. Defaults are the member initialisers;
/// docs/checks/stacklift-vector-growth.md documents each.
struct VectorGrowthOptions : RemedyOptions {
  /// Fully qualified names of the classes treated as std::vector, separated
  /// by ';' in the configuration.
  std::vector<std::string> VectorLikeClasses = {"::std::vector"};
  /// Where new #include lines go: "llvm" or "google".
  std::string IncludeStyle = "llvm";
  /// Heap profiles (heaptrack recordings) whose measurements choose inline
  /// capacities and rank findings, separated by ';' in the configuration.
  std::vector<std::string> Profiles;

  /// The options as the configuration strings clang-tidy would store.
  std::vector<std::pair<std::string, std::string>> toStrings() const;
};

/// Looks up a local option name; returns std::nullopt when unset.
using OptionLookup =
    std::function<std::optional<std::string>(llvm::StringRef LocalName)>;

/// Builds the options from \p Lookup. An unset option keeps its default; a
/// value that does not parse is an error that names the option and the value.
llvm::Expected<VectorGrowthOptions>
parseVectorGrowthOptions(const OptionLookup &Lookup);

/// Parses a configuration boolean the way clang-tidy does: true/false, 1/0.
std::optional<bool> parseBool(llvm::StringRef Value);

} // namespace stacklift

#endif // STACKLIFT_DRIVER_VECTORGROWTHOPTIONS_H
