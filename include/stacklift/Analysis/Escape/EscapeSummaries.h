//===- EscapeSummaries.h - What callees do with parameters ------*- C++ -*-===//
//
// Per-parameter summaries of the functions whose bodies are visible, after
// Go's leaks.go: for each parameter and `this`, what reaches it from the
// heap, the result and *this (ParamReach). What a summary means and how the
// summaries are computed (on demand, bottom-up over the call graph,
// recursive components to a fixed point) is in docs/design/EscapeAnalysis.md,
// "Summaries".
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_ANALYSIS_ESCAPE_ESCAPESUMMARIES_H
#define STACKLIFT_ANALYSIS_ESCAPE_ESCAPESUMMARIES_H

#include "stacklift/Analysis/Escape/EscapeBuilder.h"
#include <memory>

namespace clang {
class CallGraph;
} // namespace clang

namespace stacklift {

class EscapeSummaries : public EscapeSummarySource {
public:
  explicit EscapeSummaries(clang::ASTContext &Ctx) : Ctx(Ctx) {}

  /// The summary of \p F's definition, or null when it has no body.
  const EscapeSummary *summaryFor(const clang::FunctionDecl *F) override;

  /// How many function bodies have been summarized (each once, or a few
  /// times for a recursive component).
  unsigned computations() const { return Computations; }

private:
  /// Summarizes the functions reachable from \p F that have no summary yet,
  /// one strongly connected component at a time.
  void computeFrom(const clang::FunctionDecl *F);
  /// Adds to \p CG the functions reachable from \p F (outside `std`) that
  /// have no summary yet.
  void addReachable(clang::CallGraph &CG, const clang::FunctionDecl *F) const;
  /// Summarizes \p Members, a component of the call graph, to a fixed
  /// point when it is \p Recursive.
  void computeComponent(llvm::ArrayRef<const clang::FunctionDecl *> Members,
                        bool Recursive);
  EscapeSummary compute(const clang::FunctionDecl *F);

  clang::ASTContext &Ctx;
  /// By definition; a summary's address is stable, for the callers that
  /// hold it while a recursive component is computed.
  llvm::DenseMap<const clang::FunctionDecl *, std::unique_ptr<EscapeSummary>>
      Cache;
  unsigned Computations = 0;
};

} // namespace stacklift

#endif // STACKLIFT_ANALYSIS_ESCAPE_ESCAPESUMMARIES_H
