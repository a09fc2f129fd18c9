//===- CoreCheck.h - A check of the core, for any front end -----*- C++ -*-===//
//
// What a front end needs from a check: a name, matchers, an analysis of each
// match that returns a finding, and the end of a translation unit. The
// clang-tidy plugin wraps each CoreCheck in a ClangTidyCheck; the standalone
// tool runs them directly. allChecks() lists every check with a factory that
// reads its options through an OptionLookup, so both front ends build the
// same checks from the same configuration.
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_DRIVER_CORECHECK_H
#define STACKLIFT_DRIVER_CORECHECK_H

#include "stacklift/Diag/Finding.h"
#include "stacklift/Driver/VectorGrowthOptions.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/ArrayRef.h"
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace stacklift {

/// Receives the analyses' debug traces (the tool's --debug-* dumps): a
/// place, the kind of trace ("tripcount", "escape-graph", ...) and its text.
using TraceSink = std::function<void(
    clang::SourceLocation Loc, llvm::StringRef Kind, llvm::StringRef Text)>;

/// What became of one growth site (a push_back/emplace_back of a
/// vector-like object inside a loop), for the tool's --funnel: a finding,
/// or the one reason there is none.
struct SiteOutcome {
  /// The growth call.
  const clang::Stmt *Call = nullptr;
  /// The grown object as written (`v`, `keys_`, `out`).
  std::string Object;
  /// A stable identifier of the outcome: "reported", or why not
  /// ("member", "count-unknown", ...; see docs/tool.md).
  llvm::StringRef Reason;
  /// Words on the reason: the trip-count reason, the remedy, ...
  std::string Detail;
};
using SiteSink = std::function<void(const SiteOutcome &)>;

class CoreCheck {
public:
  virtual ~CoreCheck();

  /// The check's name, e.g. "stacklift-vector-growth".
  virtual llvm::StringRef name() const = 0;

  /// Adds the check's matchers to \p Finder, reporting to \p Callback.
  virtual void registerMatchers(
      clang::ast_matchers::MatchFinder &Finder,
      clang::ast_matchers::MatchFinder::MatchCallback *Callback) const = 0;

  /// Analyses one match; returns the finding to report, if any.
  virtual std::optional<Finding>
  analyze(const clang::ast_matchers::MatchFinder::MatchResult &Result) = 0;

  /// Returns the findings held until the whole translation unit was seen
  /// (merged over a template's instantiations), in source order, and drops
  /// everything cached for the unit.
  virtual std::vector<Finding> endTranslationUnit() = 0;

  /// The check's options as configuration strings (local name, value).
  virtual std::vector<std::pair<std::string, std::string>>
  optionStrings() const = 0;

  /// Sends debug traces to \p Sink; none are made without one.
  void setTraceSink(TraceSink Sink) { Trace = std::move(Sink); }

  /// Sends the outcome of every growth site to \p Sink (--funnel). Set it
  /// before registerMatchers(): a check may register more matchers to see
  /// the sites it never reports on.
  void setSiteSink(SiteSink Sink) { Sites = std::move(Sink); }

protected:
  bool recordingSites() const { return static_cast<bool>(Sites); }
  void recordSite(const SiteOutcome &Outcome) const {
    if (Sites)
      Sites(Outcome);
  }
  bool tracing() const { return static_cast<bool>(Trace); }
  void trace(clang::SourceLocation Loc, llvm::StringRef Kind,
             llvm::StringRef Text) const {
    if (Trace)
      Trace(Loc, Kind, Text);
  }

private:
  TraceSink Trace;
  SiteSink Sites;
};

/// One check of the core and how to build it from its options.
struct CheckInfo {
  llvm::StringRef Name;
  llvm::StringRef Summary;
  /// Builds the check, reading its local option names through the lookup;
  /// an error names the option and the value that do not parse.
  std::function<llvm::Expected<std::unique_ptr<CoreCheck>>(
      const OptionLookup &)>
      Create;
};

/// The top-level declarations of \p Ctx's unit outside system headers: the
/// traversal scope every front end gives the checks' matchers. Nothing is
/// reported in system headers, and most of a unit's AST is usually the
/// standard library, so the walks (the matchers' and the parent map's)
/// cover the user's code only.
std::vector<clang::Decl *> userDeclarations(clang::ASTContext &Ctx);

/// Every check of the core, in a fixed order.
llvm::ArrayRef<CheckInfo> allChecks();

} // namespace stacklift

#endif // STACKLIFT_DRIVER_CORECHECK_H
