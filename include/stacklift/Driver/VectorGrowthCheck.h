//===- VectorGrowthCheck.h - One check, wired from the pieces ---*- C++ -*-===//
//
// The driver of stacklift-vector-growth. A front end registers its matcher,
// hands it every match, and reports the findings it returns; the analyzer
// runs the trip-count and escape analyses, asks the remedy policy, and builds
// the finding. It knows nothing of how findings are printed.
//
// It reports one finding per (vector, loop) pair, at the first growth call of
// the vector in that loop, and keeps the per-translation-unit caches of the
// analyses until endTranslationUnit(). Template code whose growth depends on
// a template parameter is analysed in each instantiation and reported once
// per place in the template, at the end of the unit (TemplateInstantiations.h).
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_DRIVER_VECTORGROWTHCHECK_H
#define STACKLIFT_DRIVER_VECTORGROWTHCHECK_H

#include "stacklift/Diag/FindingBuilder.h"
#include "stacklift/Driver/CoreCheck.h"
#include "stacklift/Profile/HeapProfile.h"
#include <memory>
#include <optional>
#include <string>
#include <utility>

namespace stacklift {

class VectorGrowthCheck : public CoreCheck {
public:
  /// With \p Profile, heap-profile measurements choose inline capacities
  /// (rule P7) and findings carry what was measured at their growth calls.
  explicit VectorGrowthCheck(
      VectorGrowthOptions Options,
      std::shared_ptr<const HeapProfile> Profile = nullptr);
  ~VectorGrowthCheck() override;

  llvm::StringRef name() const override { return VectorGrowthCheckName; }
  void registerMatchers(
      clang::ast_matchers::MatchFinder &Finder,
      clang::ast_matchers::MatchFinder::MatchCallback *Callback) const override;
  std::optional<Finding>
  analyze(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  std::vector<Finding> endTranslationUnit() override;
  std::vector<std::pair<std::string, std::string>>
  optionStrings() const override {
    return Options.toStrings();
  }

  const VectorGrowthOptions &options() const { return Options; }

private:
  struct UnitState;
  struct RemedyFacts;
  /// What came of a growth site: SiteOutcome's reason and detail.
  using SiteWhy = std::pair<llvm::StringRef, std::string>;
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
  /// Rule P8's facts, into \p Facts, for a vector that is returned: the
  /// `return v;` statements, when they are its only way out, a fix can
  /// rewrite them and every other use allows an inline buffer.
  void gatherReturnFacts(const GrowthSite &Site, const EscapeResult &Escape,
                         const FunctionIndex &Fn, UnitState &State,
                         RemedyFacts &Facts) const;
  /// How to write the type-changing remedy \p Decision chose, if any.
  std::optional<TypeChangePlan> planTypeChange(const RemedyDecision &Decision,
                                               const RemedyFacts &Facts,
                                               UnitState &State) const;
  /// The loop in which \p Call grows \p Var, unless it was seen already
  /// or the vector is reserved.
  /// Else \p Why says why not (--funnel), or is empty for a call outside
  /// any loop.
  static std::optional<GrowthSite>
  startSite(const clang::CXXMemberCallExpr *Call, const clang::VarDecl *Var,
            const FunctionIndex &Fn, UnitState &State, SiteWhy &Why);
  /// The finding for \p Site, if any; \p InTemplate when \p Fn is a
  /// template instantiation (no stack remedy). \p Why says what came of it:
  /// "reported" and the remedy, or why there is no finding (--funnel).
  std::optional<Finding> analyzeSite(GrowthSite &Site, const FunctionIndex &Fn,
                                     UnitState &State, bool InTemplate,
                                     SiteWhy &Why) const;
  /// A growth call in a template instantiation: analysed, and held to be
  /// merged with the other instantiations' at the end of the unit.
  void analyzeInstantiation(const clang::CXXMemberCallExpr *Call,
                            const clang::VarDecl *Var, UnitState &State) const;
  /// The local of the template's text that \p Var, a local of the
  /// instantiation \p Function, comes from, when it is analysed in the
  /// instantiations; else null.
  const clang::VarDecl *templateLocalOf(const clang::VarDecl *Var,
                                        const clang::FunctionDecl &Function,
                                        UnitState &State) const;
  static std::optional<IncludeKey> claimInclude(std::string &Header,
                                                const clang::VarDecl *Var,
                                                UnitState &State);

  /// What a heap profile measured at \p Site's growth calls, into
  /// \p Facts (the capacities for rule P7); std::nullopt without a profile
  /// or when the profile is out of date for the site's file.
  std::optional<SiteMeasure> measure(const GrowthSite &Site,
                                     const FunctionIndex &Fn,
                                     UnitState &State) const;

  VectorGrowthOptions Options;
  std::shared_ptr<const HeapProfile> Profile;
  std::unique_ptr<UnitState> Unit;
};

} // namespace stacklift

#endif // STACKLIFT_DRIVER_VECTORGROWTHCHECK_H
