//===- VectorGrowthAnalyzer.h - One check, wired from the pieces -*- C++ -*-===//
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

#ifndef STACKLIFT_DRIVER_VECTORGROWTHANALYZER_H
#define STACKLIFT_DRIVER_VECTORGROWTHANALYZER_H

#include "stacklift/Diag/Finding.h"
#include "stacklift/Driver/CheckOptions.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include <memory>
#include <optional>

namespace stacklift {

class VectorGrowthAnalyzer {
public:
  explicit VectorGrowthAnalyzer(CheckOptions Options);
  ~VectorGrowthAnalyzer();

  /// Adds the check's matchers to \p Finder, reporting matches to \p Callback.
  void registerMatchers(clang::ast_matchers::MatchFinder &Finder,
                        clang::ast_matchers::MatchFinder::MatchCallback
                            *Callback) const;

  /// Analyses one match; returns the finding to report, if any.
  std::optional<Finding>
  analyze(const clang::ast_matchers::MatchFinder::MatchResult &Result);

  /// Drops everything cached for the current translation unit.
  void endTranslationUnit();

  const CheckOptions &options() const { return Options; }

private:
  struct UnitState;
  UnitState &unit(clang::ASTContext &Ctx);

  CheckOptions Options;
  std::unique_ptr<UnitState> Unit;
};

} // namespace stacklift

#endif // STACKLIFT_DRIVER_VECTORGROWTHANALYZER_H
