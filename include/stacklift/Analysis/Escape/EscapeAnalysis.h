//===- EscapeAnalysis.h - Does a vector outlive its frame? ------*- C++ -*-===//
//
// The escape analysis answers, for an automatic-storage vector, whether its
// storage may be reached after the function returns or from state the
// function does not own, and which chain of statements shows it. It is Go's
// escape analysis (src/cmd/compile/internal/escape) for C++:
//
//   * locations, sinks and weighted edges, and the solver (EscapeGraph.h);
//   * statements and expressions into edges (EscapeBuilder.h), calls by
//     their callee's summary (EscapeSummaries.h), the standard library by
//     name (StdModel.h), other callees as opaque;
//   * the verdict and its explanation chain (this file).
//
// A vector escapes when its storage does. The model in full, worked
// examples, the assumptions and what is deliberately not modelled are in
// docs/design/EscapeAnalysis.md.
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_ANALYSIS_ESCAPE_ESCAPEANALYSIS_H
#define STACKLIFT_ANALYSIS_ESCAPE_ESCAPEANALYSIS_H

#include "stacklift/Analysis/Escape/EscapeBuilder.h"
#include "stacklift/Analysis/Escape/EscapeGraph.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/DenseMap.h"
#include <memory>
#include <string>
#include <vector>

namespace stacklift {

class EscapeSummaries;

/// Why a vector escapes: the sink its storage reaches.
enum class EscapeReason {
  None,                   ///< It does not escape.
  Returned,               ///< Returned from the function.
  Thrown,                 ///< Thrown as an exception.
  PassedByReference,      ///< Given to a callee that may keep it.
  MovedOut,               ///< Moved into a callee that may keep it.
  CapturedByReference,    ///< In a lambda given to a callee that keeps it.
  StoredInMember,         ///< Stored in a member of *this.
  StoredInGlobal,         ///< Stored in a global or static variable.
  StoredThroughParameter, ///< Stored in an object a parameter refers to.
  StoredOnHeap,           ///< Stored in a heap object (new, make_shared...).
  CoReturned,             ///< co_returned from a coroutine.
  CoYielded,              ///< co_yielded from a coroutine.
};
/// How many reasons there are, for the tables indexed by EscapeReason.
inline constexpr unsigned NumEscapeReasons =
    static_cast<unsigned>(EscapeReason::CoYielded) + 1;

/// What of the vector reaches the sink.
enum class EscapeVia {
  Value,    ///< The vector itself (moved, or bound to a reference).
  Address,  ///< Its address (`&v`).
  Elements, ///< A pointer into its storage (data(), an iterator, a span).
  Lambda,   ///< A lambda that captures it by reference.
};

/// One step of an explanation chain.
struct EscapeStep {
  /// The statement or expression that makes the flow.
  const clang::Stmt *Where = nullptr;
  FlowKind Kind = FlowKind::Assign;
  /// Where the value comes from and goes to, for messages: "'v'",
  /// "member 'Items'", "a lambda", "the return value".
  std::string From, To;
  /// "<kind>: <from> -> <to>", for dumps and tests.
  std::string Text;
};

/// The verdict of the escape analysis for one variable.
struct EscapeResult {
  EscapeReason Reason = EscapeReason::None;
  /// The statement where the vector reaches the sink; null when it does
  /// not escape.
  const clang::Stmt *Witness = nullptr;
  /// The callee's name for the reasons about callees; empty otherwise.
  std::string Callee;
  /// The member, global or parameter stored into; empty otherwise.
  std::string Target;
  EscapeVia Via = EscapeVia::Value;
  /// The chain from the vector to the sink, in flow order; the last step's
  /// Where is the Witness.
  std::vector<EscapeStep> Chain;
  /// Copies of the vector into other objects: not escapes.
  std::vector<EscapeCopy> Copies;

  bool escapes() const { return Reason != EscapeReason::None; }
};

/// Answers escape queries for the local vectors of one translation unit.
/// Each function's graph is built and solved once; each variable's verdict
/// and each callee's summary are computed once.
class EscapeAnalyzer {
public:
  explicit EscapeAnalyzer(clang::ASTContext &Ctx);
  ~EscapeAnalyzer();

  /// The verdict for \p Var, a local variable whose uses all lie in \p Scope
  /// (the body of its function, whose parameters are then modelled, or any
  /// statement). Computed once per variable; a null \p Scope answers "does
  /// not escape" and is not cached.
  EscapeResult analyze(const clang::VarDecl *Var, const clang::Stmt *Scope);

  /// The verdict for \p Var as if \p Returns, return statements of its
  /// function, were not there, and its elements outlived it (they are
  /// copied into the result): "does not escape" means that those returns
  /// are the only way out, and no element holds an address into the
  /// vector. Built on a graph of its own each time (not cached): for the
  /// few vectors that are returned.
  EscapeResult analyzeBeyond(const clang::VarDecl *Var,
                             const clang::Stmt *Scope,
                             llvm::ArrayRef<const clang::ReturnStmt *> Returns);

  /// A stable one-line description, for dumps and tests:
  /// "escapes: <reason>[ to '<callee>'][ '<target>'] @<line>".
  static std::string describe(const EscapeResult &Result,
                              const clang::SourceManager &SM);

  /// A stable multi-line dump of the graph of the function whose body is
  /// \p Scope (--debug-escape): its locations, its edges with their
  /// dereference counts, and the verdict and chain of each of \p Vars.
  std::string dump(llvm::ArrayRef<const clang::VarDecl *> Vars,
                   const clang::Stmt *Scope);

  /// How many callee bodies were summarized, for tests of the caching.
  unsigned summaryComputations() const;

private:
  struct ScopeGraph;
  ScopeGraph &graphFor(const clang::VarDecl *Var, const clang::Stmt *Scope);
  /// Builds the graph of \p Scope into \p SG (not solved).
  void build(ScopeGraph &SG, const clang::VarDecl *Var,
             const clang::Stmt *Scope) const;
  EscapeResult verdict(const ScopeGraph &SG, const clang::VarDecl *Var) const;

  clang::ASTContext &Ctx;
  std::unique_ptr<EscapeSummaries> Summaries;
  llvm::DenseMap<const clang::Stmt *, std::unique_ptr<ScopeGraph>> Graphs;
  llvm::DenseMap<const clang::VarDecl *, EscapeResult> Cache;
};

/// The words the dumps use for a reason, e.g. "returned".
llvm::StringRef reasonName(EscapeReason Reason);

} // namespace stacklift

#endif // STACKLIFT_ANALYSIS_ESCAPE_ESCAPEANALYSIS_H
