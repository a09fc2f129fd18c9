//===- EscapeSummaries.h - What callees do with parameters ------*- C++ -*-===//
//
// Per-parameter summaries of the functions whose bodies are visible, after
// Go's leaks.go: for each parameter (and `this`), the least dereference count
// at which it reaches the heap (any sink but the return slot and *this), the
// result, and *this. `void keep(std::vector<int> &v) { G = &v; }` summarizes
// as "v reaches the heap at 0 derefs": the caller's object escapes;
// `int sum(const std::vector<int> &v)` reaches nothing.
//
// Summaries are computed on demand, once per function per translation unit,
// bottom-up over the call graph reachable from the first function asked
// about (clang::CallGraph and llvm::scc_iterator, as clang-tidy's
// bugprone-infinite-loop does). The functions of a recursive component start
// from "keeps nothing" and are recomputed together until no summary changes;
// dereference counts are capped, so this terminates.
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
