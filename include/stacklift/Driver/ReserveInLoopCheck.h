//===- ReserveInLoopCheck.h - reserve(size() + k) in a loop -----*- C++ -*-===//
//
// The driver of stacklift-reserve-in-loop. It flags an existing
// `v.reserve(v.size() + k)` (or `v.capacity() + k`) that runs on every
// iteration of a loop: reserve allocates exactly what it is asked for, so
// each call reallocates and copies every element, and the loop that was
// meant to be linear becomes quadratic (llvm issue 80853). The fix is to
// reserve the total once, before the loop; the check offers no fix-it,
// since the total is not known in general. Remedy: none.
//
// \code
//   std::vector<int> v;
//   for (const auto &chunk : chunks) {
//     v.reserve(v.size() + chunk.size());   // warning
//     v.insert(v.end(), chunk.begin(), chunk.end());
//   }
// \endcode
//
// Not reported: a vector declared inside the loop (a new vector each
// iteration), a reserve inside a lambda defined in the loop.
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_DRIVER_RESERVEINLOOPCHECK_H
#define STACKLIFT_DRIVER_RESERVEINLOOPCHECK_H

#include "stacklift/Analysis/Index/ParentIndex.h"
#include "stacklift/Driver/CoreCheck.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include <memory>
#include <string>
#include <vector>

namespace stacklift {

/// The name the check reports under.
inline constexpr llvm::StringLiteral ReserveInLoopCheckName =
    "stacklift-reserve-in-loop";

class ReserveInLoopCheck : public CoreCheck {
public:
  /// \p VectorLikeClasses: fully qualified names of the classes whose
  /// reserve is checked.
  explicit ReserveInLoopCheck(std::vector<std::string> VectorLikeClasses);

  llvm::StringRef name() const override { return ReserveInLoopCheckName; }
  void registerMatchers(
      clang::ast_matchers::MatchFinder &Finder,
      clang::ast_matchers::MatchFinder::MatchCallback *Callback) const override;
  std::optional<Finding>
  analyze(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  std::vector<Finding> endTranslationUnit() override {
    Parents.clear();
    Reported.clear();
    return {};
  }
  std::vector<std::pair<std::string, std::string>>
  optionStrings() const override;

  /// Builds the check from its options (only VectorLikeClasses).
  static llvm::Expected<std::unique_ptr<CoreCheck>>
  create(const OptionLookup &Lookup);

private:
  std::vector<std::string> VectorLikeClasses;
  /// The parents of each function with a candidate, built once per unit.
  llvm::DenseMap<const clang::FunctionDecl *, std::unique_ptr<ParentIndex>>
      Parents;
  /// The reserve calls already analysed in this unit.
  llvm::DenseSet<const clang::Stmt *> Reported;
};

} // namespace stacklift

#endif // STACKLIFT_DRIVER_RESERVEINLOOPCHECK_H
