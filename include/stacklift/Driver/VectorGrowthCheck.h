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

#include "stacklift/Driver/CoreCheck.h"
#include <memory>
#include <optional>

namespace stacklift {

class VectorGrowthCheck : public CoreCheck {
public:
  explicit VectorGrowthCheck(VectorGrowthOptions Options);
  ~VectorGrowthCheck() override;

  llvm::StringRef name() const override { return VectorGrowthCheckName; }
  void registerMatchers(clang::ast_matchers::MatchFinder &Finder,
                        clang::ast_matchers::MatchFinder::MatchCallback
                            *Callback) const override;
  std::optional<Finding> analyze(
      const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  void endTranslationUnit() override;
  std::vector<std::pair<std::string, std::string>>
  optionStrings() const override {
    return Options.toStrings();
  }

  const VectorGrowthOptions &options() const { return Options; }

private:
  struct UnitState;
  UnitState &unit(clang::ASTContext &Ctx);

  VectorGrowthOptions Options;
  std::unique_ptr<UnitState> Unit;
};

} // namespace stacklift

#endif // STACKLIFT_DRIVER_VECTORGROWTHCHECK_H
