//===- VectorGrowthCheck.h - One check, wired from the pieces ---*- C++ -*-===//
//
// The driver of stacklift-vector-growth. A front end registers its matcher,
// hands it every match, and reports the findings it returns; the analyzer
// runs the trip-count and escape analyses, asks the remedy policy, and builds
// the finding. It knows nothing of how findings are printed.
//
// It reports one finding per (vector, loop) pair, at the first growth call of
// the vector in that loop, and keeps the per-translation-unit caches of the
// analyses until endTranslationUnit().
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_DRIVER_VECTORGROWTHCHECK_H
#define STACKLIFT_DRIVER_VECTORGROWTHCHECK_H

#include "stacklift/Diag/FindingBuilder.h"
#include "stacklift/Driver/CoreCheck.h"
#include <memory>
#include <optional>
#include <string>
#include <utility>

namespace stacklift {

class VectorGrowthCheck : public CoreCheck {
public:
  explicit VectorGrowthCheck(VectorGrowthOptions Options);
  ~VectorGrowthCheck() override;

  llvm::StringRef name() const override { return VectorGrowthCheckName; }
  void registerMatchers(
      clang::ast_matchers::MatchFinder &Finder,
      clang::ast_matchers::MatchFinder::MatchCallback *Callback) const override;
  std::optional<Finding>
  analyze(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  void endTranslationUnit() override;
  std::vector<std::pair<std::string, std::string>>
  optionStrings() const override {
    return Options.toStrings();
  }

  const VectorGrowthOptions &options() const { return Options; }

private:
  struct UnitState;
  struct RemedyFacts;
  /// An #include line a fix-it adds: the file and the header.
  using IncludeKey = std::pair<clang::FileID, std::string>;

  UnitState &unit(clang::ASTContext &Ctx);
  /// Records the outcome of a growth call on something other than a local
  /// vector (--funnel).
  void
  recordNonLocal(const clang::ast_matchers::MatchFinder::MatchResult &Result);
  /// The remedy policy's input for \p Site, and what the type-changing
  /// remedies need besides (only for a vector that does not escape).
  RemedyFacts gatherRemedyFacts(const GrowthSite &Site, const TripCount &Count,
                                bool Escapes, const FunctionIndex &Fn,
                                UnitState &State) const;
  /// How to write the type-changing remedy \p Decision chose, if any.
  std::optional<TypeChangePlan> planTypeChange(const RemedyDecision &Decision,
                                               const RemedyFacts &Facts,
                                               UnitState &State) const;
  static std::optional<IncludeKey> claimInclude(TypeChangePlan &Plan,
                                                const clang::VarDecl *Var,
                                                UnitState &State);

  VectorGrowthOptions Options;
  std::unique_ptr<UnitState> Unit;
};

} // namespace stacklift

#endif // STACKLIFT_DRIVER_VECTORGROWTHCHECK_H
